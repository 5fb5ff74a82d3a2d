import CrossroadsCore

/// One screen of the app, with its own state.
public enum Screen: Sendable, Equatable {
  case home(HomeScreen)
  case lessonList(LessonListScreen)
  case lesson(LessonScreen)
  case check(CheckScreen)
  case compare(CompareScreen)
  case pair(PairScreen)
  case advisor(AdvisorScreen)
  case generate(GenerateScreen)
  case generatedFile(GeneratedFileScreen)
  case run(RunScreen)
  case measure(MeasureScreen)
  case practiceList(PracticeListScreen)
  case exercise(ExerciseScreen)

  /// The title shown in the title bar.
  func title(_ context: ScreenContext) -> String {
    switch self {
    case .home: "Flask or Django? Learn, decide, and run a sample"
    case .lessonList: "Learn"
    case .lesson(let screen): screen.title(context)
    case .check(let screen): screen.title(context)
    case .compare: "Compare: every code pair of the course, by topic"
    case .pair(let screen): screen.title(context)
    case .advisor: "Which fits my project?"
    case .generate: "Generate a sample app"
    case .generatedFile(let screen): "Preview of \(screen.path)"
    case .run(let screen): screen.title(context)
    case .measure(let screen): screen.title(context)
    case .practiceList: "Practice: exercises in your own sample, checked as you save"
    case .exercise(let screen): screen.title(context)
    }
  }

  /// The keys that work here, most useful first: each screen's own key table.
  func hints(_ context: ScreenContext) -> [KeyHint] {
    switch self {
    case .home(let screen): screen.hints(context)
    case .lessonList(let screen): screen.hints(context)
    case .lesson(let screen): screen.hints(context)
    case .check(let screen): screen.hints(context)
    case .compare(let screen): screen.hints(context)
    case .pair(let screen): screen.hints(context)
    case .advisor(let screen): screen.hints(context)
    case .generate(let screen): screen.hints(context)
    case .generatedFile(let screen): screen.hints(context)
    case .run(let screen): screen.hints(context)
    case .measure(let screen): screen.hints(context)
    case .practiceList(let screen): screen.hints(context)
    case .exercise(let screen): screen.hints(context)
    }
  }

  /// Whether letters typed here are text rather than commands.
  var takesText: Bool {
    if case .generate(let screen) = self { return screen.focusIsText }
    return false
  }

  /// The sessions the screen has running, stopped when it is left.
  var sessions: [SessionID] {
    switch self {
    case .run(let screen): screen.sessions
    case .measure(let screen): screen.sessions
    case .exercise(let screen): screen.sessions
    default: []
    }
  }

  mutating func handle(_ key: Key, _ context: ScreenContext) -> Navigation {
    switch self {
    case .home(var screen):
      defer { self = .home(screen) }
      return screen.handle(key, context)
    case .lessonList(var screen):
      defer { self = .lessonList(screen) }
      return screen.handle(key, context)
    case .lesson(var screen):
      defer { self = .lesson(screen) }
      return screen.handle(key, context)
    case .check(var screen):
      defer { self = .check(screen) }
      return screen.handle(key, context)
    case .compare(var screen):
      defer { self = .compare(screen) }
      return screen.handle(key, context)
    case .pair(var screen):
      defer { self = .pair(screen) }
      return screen.handle(key, context)
    case .advisor(var screen):
      defer { self = .advisor(screen) }
      return screen.handle(key, context)
    case .generate(var screen):
      defer { self = .generate(screen) }
      return screen.handle(key, context)
    case .generatedFile(var screen):
      defer { self = .generatedFile(screen) }
      return screen.handle(key, context)
    case .run(var screen):
      defer { self = .run(screen) }
      return screen.handle(key, context)
    case .measure(var screen):
      defer { self = .measure(screen) }
      return screen.handle(key, context)
    case .practiceList(var screen):
      defer { self = .practiceList(screen) }
      return screen.handle(key, context)
    case .exercise(var screen):
      defer { self = .exercise(screen) }
      return screen.handle(key, context)
    }
  }

  /// Re-lays the screen out for a new body size.
  mutating func resize(_ context: ScreenContext) {
    switch self {
    case .lesson(var screen):
      screen.layOut(context)
      self = .lesson(screen)
    case .pair(var screen):
      screen.layOut(context)
      self = .pair(screen)
    case .advisor(var screen):
      screen.keepCursorVisible(context)
      self = .advisor(screen)
    default:
      break
    }
  }

  func draw(into canvas: inout Canvas, _ context: ScreenContext) {
    switch self {
    case .home(let screen): screen.draw(into: &canvas, context)
    case .lessonList(let screen): screen.draw(into: &canvas, context)
    case .lesson(let screen): screen.draw(into: &canvas, context)
    case .check(let screen): screen.draw(into: &canvas, context)
    case .compare(let screen): screen.draw(into: &canvas, context)
    case .pair(let screen): screen.draw(into: &canvas, context)
    case .advisor(let screen): screen.draw(into: &canvas, context)
    case .generate(let screen): screen.draw(into: &canvas, context)
    case .generatedFile(let screen): screen.draw(into: &canvas, context)
    case .run(let screen): screen.draw(into: &canvas, context)
    case .measure(let screen): screen.draw(into: &canvas, context)
    case .practiceList(let screen): screen.draw(into: &canvas, context)
    case .exercise(let screen): screen.draw(into: &canvas, context)
    }
  }
}

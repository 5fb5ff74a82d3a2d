import CrossroadsCore

/// Practice: every exercise with where the learner stands in each framework; Enter opens
/// one in the framework chosen with ←→.
public struct PracticeListScreen: Sendable, Equatable, KeyedScreen {
  public var list = ListCursor()
  public var framework: Framework

  /// Opens on `exercise` when given (a lesson's `p`), in `framework`.
  public init(catalog: ExerciseCatalog, framework: Framework = .flask, exercise: String? = nil) {
    self.framework = framework
    if let exercise, let index = catalog.exercises.firstIndex(where: { $0.id == exercise }) {
      list.selection = index
    }
  }

  enum Action: Sendable, Equatable {
    case previous, next, switchFramework, open, back
  }

  func keys(_ context: ScreenContext) -> KeyTable<Action> { Self.table }

  static let table = KeyTable<Action>([
    .init("↑↓", "move", [(Key.upKeys, .previous), (Key.downKeys, .next)]),
    .init("Enter", "open", [.enter], .open),
    .init(
      "←→ Tab", "Flask or Django", [.left, .right, .tab, .backTab, .character("h"), .character("l")],
      .switchFramework),
    .init("Esc", "back", [.escape, .backspace, .character("q")], .back),
  ])

  private func visible(_ context: ScreenContext) -> Int { max(1, context.body.height - 6) }

  mutating func perform(_ action: Action, _ context: ScreenContext) -> Navigation {
    let count = context.exercises.exercises.count
    switch action {
    case .previous: list.move(by: -1, count: count, visible: visible(context))
    case .next: list.move(by: 1, count: count, visible: visible(context))
    case .switchFramework: framework = framework.other
    case .open: return open(context)
    case .back: return .back
    }
    return .stay
  }

  mutating func click(at point: Point, _ context: ScreenContext) -> Navigation {
    let count = context.exercises.exercises.count
    guard
      let row = list.row(atLine: point.y, top: context.body.y + 3, count: count, visible: visible(context))
    else { return .stay }
    let again = row == list.selection
    list.select(row, count: count, visible: visible(context))
    return again ? open(context) : .stay
  }

  private func open(_ context: ScreenContext) -> Navigation {
    let exercises = context.exercises.exercises
    guard exercises.indices.contains(list.selection) else { return .stay }
    let exercise = exercises[list.selection]
    guard exercise.versions[framework] != nil else { return .stay }
    let screen = ExerciseScreen(
      exerciseID: exercise.id, framework: framework,
      directory: context.workingDirectory + "/" + ExerciseCatalog.projectName(for: framework),
      session: context.freshSession)
    return .push(.exercise(screen))
  }

  func draw(into canvas: inout Canvas, _ context: ScreenContext) {
    let area = context.body
    let exercises = context.exercises.exercises
    guard !exercises.isEmpty else {
      let why = context.exercises.errors.first?.description ?? "There are no exercises in this course."
      canvas.put(why, x: 2, y: area.y + 1, style: .error, limit: area.width - 4)
      return
    }
    canvas.put(
      "Exercises in your own practice project, checked each time you save.", x: 2, y: area.y, style: .muted)
    let columns = (id: 2, title: 20, flask: area.width - 26, django: area.width - 13)
    canvas.put("Exercise", x: columns.id + 2, y: area.y + 2, style: .strong)
    for framework in Framework.allCases {
      let x = framework == .flask ? columns.flask : columns.django
      let chosen = framework == self.framework
      canvas.put(
        (chosen ? "[\(framework.name)]" : " \(framework.name) "), x: x, y: area.y + 2,
        style: chosen ? (framework == .flask ? .flask : .django) : .muted)
    }
    let visible = visible(context)
    for (row, exercise) in exercises.dropFirst(list.scroll).prefix(visible).enumerated() {
      let index = list.scroll + row
      let y = area.y + 3 + row
      let selected = index == list.selection
      let marker = selected ? context.glyphs.pointer : " "
      canvas.put(
        "\(marker) \(exercise.id)".padded(toCells: columns.title - columns.id), x: columns.id, y: y,
        style: selected ? .selected : .plain)
      canvas.put(
        exercise.title, x: columns.title, y: y, style: .plain, limit: columns.flask - columns.title - 2)
      for framework in Framework.allCases {
        let x = framework == .flask ? columns.flask : columns.django
        let state = context.progress.state(ofExercise: exercise.id, framework: framework)
        let (text, style): (String, Style) =
          switch state {
          case .done: ("\(context.glyphs.done) done", .django)
          case .failing: ("x failing", .error)
          case .notStarted: ("-", .muted)
          }
        canvas.put(exercise.versions[framework] == nil ? "" : text, x: x + 1, y: y, style: style)
      }
    }
    if exercises.indices.contains(list.selection) {
      let exercise = exercises[list.selection]
      let lesson = context.course.lesson(id: exercise.lesson).map { "Lesson \($0.number): \($0.title)" }
      canvas.put(
        "Taught in " + (lesson ?? exercise.lesson) + ".", x: 2, y: area.maxY - 2, style: .muted,
        limit: area.width - 4)
    }
  }
}

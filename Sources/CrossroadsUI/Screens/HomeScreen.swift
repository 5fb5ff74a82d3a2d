import CrossroadsCore

/// The first screen: what Crossroads is for and where to go from here.
public struct HomeScreen: Sendable, Equatable, KeyedScreen {
  /// A place the home screen leads to. Only destinations that work are listed.
  public enum Destination: Sendable, Equatable, CaseIterable {
    case learn
    case compare
    case advise
    case generate
    case measure
    case practice

    var title: String {
      switch self {
      case .learn: "Learn"
      case .compare: "Compare"
      case .advise: "Which fits my project?"
      case .generate: "Generate"
      case .measure: "Both, side by side"
      case .practice: "Practice"
      }
    }

    func detail(_ context: ScreenContext) -> String {
      switch self {
      case .learn: "Short lessons, Flask and Django side by side."
      case .compare: "Every code pair of the course, by topic."
      // No count of the questions here: they are data, read after this first frame is drawn.
      case .advise: "Questions about your project, and a verdict."
      case .generate: "Write a sample app with the features you pick."
      case .measure: "The same app in both, run and measured here."
      case .practice: "Exercises in your own sample, checked on save."
      }
    }
  }

  public var selection = 0

  public init() {}

  enum Action: Sendable, Equatable {
    case previous, next, first, last, open, quit
  }

  func keys(_ context: ScreenContext) -> KeyTable<Action> { Self.table }

  static let table = KeyTable<Action>([
    .init("↑↓", "move", [(Key.upKeys, .previous), (Key.downKeys, .next)]),
    .init("Enter", "open", Key.openKeys, .open),
    .init("q", "quit", [.character("q"), .escape], .quit),
    .init("Home/End", "first, last", inStatusLine: false, [([.home], .first), ([.end], .last)]),
  ])

  mutating func perform(_ action: Action, _ context: ScreenContext) -> Navigation {
    let destinations = Destination.allCases
    switch action {
    case .previous: selection = max(0, selection - 1)
    case .next: selection = min(destinations.count - 1, selection + 1)
    case .first: selection = 0
    case .last: selection = destinations.count - 1
    case .open: return open(destinations[selection], context)
    case .quit: return .quit
    }
    return .stay
  }

  mutating func click(at point: Point, _ context: ScreenContext) -> Navigation {
    guard
      let index = layout(context).firstIndex(where: { (top, detail) in
        (top..<(top + detail.count)).contains(point.y)
      })
    else { return .stay }
    let wasSelected = index == selection
    selection = index
    return wasSelected ? open(Destination.allCases[index], context) : .stay
  }

  private func open(_ destination: Destination, _ context: ScreenContext) -> Navigation {
    switch destination {
    case .learn:
      .push(.lessonList(LessonListScreen(course: context.course, progress: context.progress)))
    case .compare:
      .push(.compare(CompareScreen()))
    case .advise:
      .push(.advisor(AdvisorScreen(questionnaire: context.questionnaire, lastAnswers: context.lastAnswers)))
    case .generate:
      .push(.generate(GenerateScreen(contentFiles: context.contentFiles, folder: context.workingDirectory)))
    case .practice:
      .push(.practiceList(PracticeListScreen(catalog: context.exercises)))
    case .measure:
      // The app the last answers describe, or the plain sample when there are none.
      .push(
        .measure(
          MeasureScreen(
            request: MeasureScreen.Request(
              features: context.lastAnswers.map {
                Recommender(questionnaire: context.questionnaire ?? Questionnaire(questions: []))
                  .features($0, for: .flask)
              } ?? [], answers: context.lastAnswers),
            session: context.freshSession)))
    }
  }

  private static let titleWidth = 24

  /// Each destination's detail, wrapped, and the first line it is drawn on: for drawing
  /// and for clicks alike.
  private func layout(_ context: ScreenContext) -> [(top: Int, detail: [StyledLine])] {
    let area = context.body
    let width = area.width - 8
    var y = area.y + 2 + TextWrap.wrap([StyledRun(Self.tagline)], width: width).count + 1
    return Destination.allCases.map { destination in
      let detail = TextWrap.wrap(
        [StyledRun(destination.detail(context), .muted)], width: width - Self.titleWidth - 2)
      defer { y += detail.count + 1 }
      return (y, detail)
    }
  }

  private static let tagline =
    "Choose between Flask, the micro-framework, and Django, the full-stack one: learn the "
    + "difference, get a recommendation, and run a sample."

  func draw(into canvas: inout Canvas, _ context: ScreenContext) {
    let area = context.body
    let left = area.x + 4
    let width = area.width - 8
    var y = area.y + 1
    canvas.put("Crossroads", x: left, y: y, style: .title)
    y += 1
    for line in TextWrap.wrap([StyledRun(Self.tagline)], width: width) {
      canvas.put(line, x: left, y: y)
      y += 1
    }
    for (index, (destination, place)) in zip(Destination.allCases, layout(context)).enumerated() {
      let selected = index == selection
      let marker = selected ? context.glyphs.pointer : " "
      canvas.put(
        "\(marker) \(destination.title)".padded(toCells: Self.titleWidth), x: left, y: place.top,
        style: selected ? .selected : .strong)
      for (row, line) in place.detail.enumerated() {
        canvas.put(line, x: left + Self.titleWidth + 2, y: place.top + row)
      }
    }
    let lessons = context.lessonCount
    canvas.put(
      "\(lessons) lesson\(lessons == 1 ? "" : "s") in the course.", x: left, y: area.maxY - 2, style: .muted)
  }
}

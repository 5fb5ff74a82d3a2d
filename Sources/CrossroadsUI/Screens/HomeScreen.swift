/// The first screen: what Crossroads is for and where to go from here.
public struct HomeScreen: Sendable, Equatable {
  /// A place the home screen leads to. Only destinations that work are listed.
  public enum Destination: Sendable, Equatable, CaseIterable {
    case learn
    case compare
    case advise
    case generate

    var title: String {
      switch self {
      case .learn: "Learn"
      case .compare: "Compare"
      case .advise: "Which fits my project?"
      case .generate: "Generate"
      }
    }

    var detail: String {
      switch self {
      case .learn: "Short lessons on micro vs full-stack, with the code of each side by side."
      case .compare: "Every Flask and Django code pair of the course, by topic."
      case .advise: "Six questions, and a recommendation that explains itself answer by answer."
      case .generate: "Write a sample Flask or Django app with the features you choose."
      }
    }
  }

  public var selection = 0

  public init() {}

  static let hints = [
    KeyHint("↑↓", "move"), KeyHint("Enter", "open"), KeyHint("q", "quit"),
  ]

  mutating func handle(_ key: Key, _ context: ScreenContext) -> Navigation {
    let destinations = Destination.allCases
    switch key {
    case .up: selection = max(0, selection - 1)
    case .down: selection = min(destinations.count - 1, selection + 1)
    case .home: selection = 0
    case .end: selection = destinations.count - 1
    case .enter, .right:
      switch destinations[selection] {
      case .learn:
        return .push(.lessonList(LessonListScreen(course: context.course, progress: context.progress)))
      case .compare:
        return .push(.compare(CompareScreen()))
      case .advise:
        return .push(
          .advisor(AdvisorScreen(questionnaire: context.questionnaire, lastAnswers: context.lastAnswers)))
      case .generate:
        return .push(
          .generate(GenerateScreen(contentFiles: context.contentFiles, folder: context.workingDirectory)))
      }
    case .character("q"), .escape: return .quit
    default: break
    }
    return .stay
  }

  func draw(into canvas: inout Canvas, _ context: ScreenContext) {
    let area = context.body
    let left = area.x + 4
    let width = area.width - 8
    var y = area.y + 1
    canvas.put("Crossroads", x: left, y: y, style: .title)
    y += 1
    let tagline =
      "Choose between Flask, the micro-framework, and Django, the full-stack framework: "
      + "learn how they differ, get a recommendation for your project, and run a sample of it."
    for line in TextWrap.wrap([StyledRun(tagline)], width: width) {
      canvas.put(line, x: left, y: y)
      y += 1
    }
    y += 1
    let titleWidth = 24
    for (index, destination) in Destination.allCases.enumerated() {
      let selected = index == selection
      let marker = selected ? context.glyphs.pointer : " "
      canvas.put(
        "\(marker) \(destination.title)".padded(toCells: titleWidth), x: left, y: y,
        style: selected ? .selected : .strong)
      for line in TextWrap.wrap([StyledRun(destination.detail, .muted)], width: width - titleWidth - 2) {
        canvas.put(line, x: left + titleWidth + 2, y: y)
        y += 1
      }
      y += 1
    }
    let lessons = context.lessonCount
    canvas.put(
      "\(lessons) lesson\(lessons == 1 ? "" : "s") in the course.", x: left, y: area.maxY - 2, style: .muted)
  }
}

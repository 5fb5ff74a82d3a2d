import CrossroadsCore

/// Reads one lesson: its prose and code laid out for the terminal's width, scrolled.
public struct LessonScreen: Sendable, Equatable, KeyedScreen {
  public let lessonID: String
  public var scroll = 0
  /// The lesson laid out for the current width; redone on resize.
  var lines: [StyledLine] = []
  /// The line where each Flask/Django pair starts, for `c`.
  var pairStarts: [Int] = []
  /// The line where each block of the lesson starts, to keep the reader's place on resize.
  var blockStarts: [Int] = []
  var pageHeight = 1

  public init(lessonID: String) {
    self.lessonID = lessonID
  }

  enum Action: Sendable, Equatable {
    case scroll(Int)
    case pageUp, pageDown, top, bottom, check, pair, practice, back
  }

  func keys(_ context: ScreenContext) -> KeyTable<Action> { Self.table }

  static let table = KeyTable<Action>([
    .init("↑↓", "scroll", [(Key.upKeys, .scroll(-1)), (Key.downKeys, .scroll(1))]),
    .init(
      "PgUp/PgDn", "page",
      [([.pageUp, .character("b")], .pageUp), ([.pageDown, .character(" ")], .pageDown)]),
    .init("t", "take the check", [.character("t")], .check),
    .init("c", "code side by side", [.character("c")], .pair),
    .init("p", "practise it", [.character("p")], .practice),
    .init("Esc", "back", Key.backKeys, .back),
    .init(
      "Home/End", "top, bottom", inStatusLine: false,
      [([.home, .character("g")], .top), ([.end, .character("G")], .bottom)]),
    .init(
      "wheel", "scroll", inStatusLine: false,
      [([.wheelUp], .scroll(-ScrollOffset.wheelLines)), ([.wheelDown], .scroll(ScrollOffset.wheelLines))]),
  ])

  func title(_ context: ScreenContext) -> String {
    guard let lesson = context.course.lesson(id: lessonID) else { return "Lesson" }
    return "Lesson \(lesson.number): \(lesson.title)"
  }

  /// The prose and code are set in the body less a two-cell margin on each side.
  static func textWidth(_ context: ScreenContext) -> Int { max(20, context.body.width - 4) }

  mutating func layOut(_ context: ScreenContext) {
    pageHeight = max(1, context.body.height)
    guard let lesson = context.course.lesson(id: lessonID) else {
      lines = []
      return
    }
    // The place as a block and a line within it: a line number alone points elsewhere
    // once the text is reflowed for another width.
    let anchor = blockStarts.lastIndex { $0 <= scroll }.map { (block: $0, offset: scroll - blockStarts[$0]) }
    (lines, pairStarts, blockStarts) = LessonLayout.layout(
      lesson, width: Self.textWidth(context), glyphs: context.glyphs)
    if let anchor, anchor.block < blockStarts.count {
      let start = blockStarts[anchor.block]
      let end = anchor.block + 1 < blockStarts.count ? blockStarts[anchor.block + 1] : lines.count
      scroll = start + min(anchor.offset, max(0, end - start - 1))
    }
    let done = context.progress.done.contains(lessonID)
    lines +=
      [.blank]
      + TextWrap.wrap(
        [
          StyledRun(done ? "\(context.glyphs.done) Done. " : "End of the lesson. ", .heading),
          StyledRun(
            "Press t to take its knowledge check (\(lesson.check.count) question\(lesson.check.count == 1 ? "" : "s"))"
              + (context.exercises.exercises.contains { $0.lesson == lessonID }
                ? ", or p to practise it in your own sample." : ".")
          ),
        ], width: Self.textWidth(context))
    scroll = min(scroll, maxScroll)
  }

  var maxScroll: Int { max(0, lines.count - pageHeight) }

  mutating func perform(_ action: Action, _ context: ScreenContext) -> Navigation {
    switch action {
    case .scroll(let lines): scroll += lines
    case .pageUp: scroll -= max(1, pageHeight - 1)
    case .pageDown: scroll += max(1, pageHeight - 1)
    case .top: scroll = 0
    case .bottom: scroll = maxScroll
    case .check: return .push(.check(CheckScreen(lessonID: lessonID)))
    case .pair:
      // The pair at or below the top of the view opens side by side.
      guard !pairStarts.isEmpty else { return .stay }
      let index = pairStarts.firstIndex { $0 >= scroll } ?? pairStarts.count - 1
      return .push(.pair(PairScreen(lessonID: lessonID, pairIndex: index)))
    case .practice:
      // The exercises this lesson teaches, the first one picked.
      let exercise = context.exercises.exercises.first { $0.lesson == lessonID }
      return .push(.practiceList(PracticeListScreen(catalog: context.exercises, exercise: exercise?.id)))
    case .back: return .back
    }
    scroll = ScrollOffset.clamped(scroll, count: lines.count, page: pageHeight)
    return .stay
  }

  func draw(into canvas: inout Canvas, _ context: ScreenContext) {
    let area = context.body
    for (row, line) in lines.dropFirst(scroll).prefix(area.height).enumerated() {
      canvas.put(line, x: area.x + 2, y: area.y + row, limit: Self.textWidth(context))
    }
    if scroll > 0 { canvas.put(context.glyphs.scrollUp, x: area.maxX - 1, y: area.y, style: .muted) }
    if scroll < maxScroll {
      canvas.put(context.glyphs.scrollDown, x: area.maxX - 1, y: area.maxY - 1, style: .muted)
    }
  }

  /// How far through the lesson the reader is, for the status line.
  var progress: String {
    guard maxScroll > 0 else { return "all" }
    return "\(scroll * 100 / maxScroll)%"
  }
}

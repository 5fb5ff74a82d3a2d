import CrossroadsCore

/// The course: every lesson file, in order, with its summary, or why it cannot be read.
public struct LessonListScreen: Sendable, Equatable, KeyedScreen {
  public var list = ListCursor()
  /// A reset waiting for the user's yes: one lesson's id, or nil for the whole course.
  public var pendingReset: String??

  public var selection: Int { list.selection }

  /// Opens on the lesson read last, so the course resumes where it was left.
  public init(course: Course, progress: CourseProgress) {
    if let last = progress.lastLesson,
      let index = course.entries.firstIndex(where: {
        if case .lesson(let l) = $0 { l.id == last } else { false }
      })
    {
      list.selection = index
    }
  }

  enum Action: Sendable, Equatable {
    case previous, next, pageUp, pageDown, first, last, open, back, reset, resetAll
    /// While a reset waits: y confirms it, any other key keeps the progress.
    case confirm
  }

  func keys(_ context: ScreenContext) -> KeyTable<Action> {
    pendingReset == nil ? Self.table : Self.confirming
  }

  static let table = KeyTable<Action>([
    .init("↑↓", "move", [(Key.upKeys, .previous), (Key.downKeys, .next)]),
    .init("Enter", "read", Key.openKeys, .open),
    .init("Esc", "back", Key.backKeys, .back),
    .init("x", "reset this lesson", [.character("x")], .reset),
    .init("X", "reset all", inStatusLine: false, [.character("X")], .resetAll),
    .init(
      "PgUp/PgDn Home/End", "jump", inStatusLine: false,
      [([.pageUp], .pageUp), ([.pageDown], .pageDown), ([.home], .first), ([.end], .last)]),
  ])

  static let confirming = KeyTable<Action>([
    .init("y", "reset", [.character("y")], .confirm)
  ])

  mutating func unbound(_ key: Key, _ context: ScreenContext) -> Navigation {
    // Any other key answers no to a waiting reset.
    if pendingReset != nil { pendingReset = nil }
    return .stay
  }

  mutating func perform(_ action: Action, _ context: ScreenContext) -> Navigation {
    let entries = context.course.entries
    let visible = rowsVisible(context)
    switch action {
    case .confirm:
      guard let pending = pendingReset else { return .stay }
      pendingReset = nil
      return .resetProgress(pending)
    case .reset:
      if entries.indices.contains(selection), case .lesson(let lesson) = entries[selection] {
        pendingReset = .some(lesson.id)
      }
    case .resetAll: pendingReset = .some(nil)
    case .previous: list.move(by: -1, count: entries.count, visible: visible)
    case .next: list.move(by: 1, count: entries.count, visible: visible)
    case .pageUp: list.move(by: -max(1, visible - 1), count: entries.count, visible: visible)
    case .pageDown: list.move(by: max(1, visible - 1), count: entries.count, visible: visible)
    case .first: list.select(0, count: entries.count, visible: visible)
    case .last: list.select(entries.count - 1, count: entries.count, visible: visible)
    case .open: return open(context)
    case .back: return .back
    }
    return .stay
  }

  mutating func click(at point: Point, _ context: ScreenContext) -> Navigation {
    let count = context.course.entries.count
    guard pendingReset == nil,
      let row = list.row(
        atLine: point.y, top: context.body.y + 1, count: count, visible: rowsVisible(context))
    else { return .stay }
    let wasSelected = row == selection
    list.select(row, count: count, visible: rowsVisible(context))
    return wasSelected ? open(context) : .stay
  }

  private func open(_ context: ScreenContext) -> Navigation {
    let entries = context.course.entries
    guard entries.indices.contains(selection), case .lesson(let lesson) = entries[selection] else {
      return .stay
    }
    var screen = LessonScreen(lessonID: lesson.id)
    screen.layOut(context)
    return .push(.lesson(screen))
  }

  /// Rows of the list that fit above the detail panel.
  private func rowsVisible(_ context: ScreenContext) -> Int { max(1, context.body.height - 7) }

  func draw(into canvas: inout Canvas, _ context: ScreenContext) {
    let area = context.body
    let entries = context.course.entries
    let width = area.width - 4
    guard !entries.isEmpty else {
      canvas.put("No lessons were found.", x: 2, y: area.y + 1, style: .error)
      return
    }
    let visible = rowsVisible(context)
    let scroll = list.scroll
    for row in 0..<min(visible, entries.count - scroll) {
      let index = scroll + row
      let selected = index == selection
      let text: String
      var style: Style = selected ? .selected : .plain
      switch entries[index] {
      case .lesson(let lesson):
        let mark = context.progress.done.contains(lesson.id) ? context.glyphs.done : " "
        text = String(format2(lesson.number)) + " " + mark + " " + lesson.title
      case .broken(let file, _):
        text = "-- ! unavailable: " + (file.split(separator: "/").last.map(String.init) ?? file)
        if !selected { style = .error }
      }
      let marker = selected ? context.glyphs.pointer : " "
      canvas.put(
        (marker + " " + text).truncated(toCells: width, ellipsis: context.glyphs.ellipsis).padded(
          toCells: width), x: 2, y: area.y + 1 + row, style: style)
    }
    if scroll > 0 { canvas.put(context.glyphs.scrollUp, x: area.maxX - 2, y: area.y + 1, style: .muted) }
    if scroll + visible < entries.count {
      canvas.put(context.glyphs.scrollDown, x: area.maxX - 2, y: area.y + visible, style: .muted)
    }
    // The detail panel: the summary, or the exact file:line error for an author to fix.
    let panel = Rect(x: 1, y: area.maxY - 5, width: area.width - 2, height: 5)
    canvas.box(panel)
    let detail: StyledLine
    switch (pendingReset, entries[min(selection, entries.count - 1)]) {
    case (.some(.some(let id)), _):
      detail = StyledLine(
        "Forget your progress in '\(id)'? Press y to reset it, any other key to keep it.", .heading)
    case (.some(.none), _):
      detail = StyledLine(
        "Forget your progress in every lesson? Press y to reset all, any other key to keep it.", .heading)
    case (.none, .lesson(let lesson)): detail = StyledLine(lesson.summary)
    case (.none, .broken(_, let error)): detail = StyledLine(error.description, .error)
    }
    let done = context.course.lessons.filter { context.progress.done.contains($0.id) }.count
    canvas.put("\(done) of \(context.course.lessons.count) done", x: 3, y: area.y, style: .muted)
    for (row, line) in TextWrap.wrap(detail.runs, width: panel.width - 4).prefix(3).enumerated() {
      canvas.put(line, x: panel.x + 2, y: panel.y + 1 + row, limit: panel.width - 4)
    }
  }

  private func format2(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}

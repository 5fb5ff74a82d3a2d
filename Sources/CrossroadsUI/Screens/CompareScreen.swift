import CrossroadsCore

/// Every Flask/Django code pair of the course, grouped by topic.
public struct CompareScreen: Sendable, Equatable {
  /// The selected pair, counted across all topics.
  public var selection = 0
  public var scroll = 0

  public init() {}

  static let hints = [
    KeyHint("↑↓", "move"), KeyHint("Enter", "open side by side"), KeyHint("Esc", "back"),
  ]

  /// One line of the list: a topic's heading, or one of its pairs.
  enum Row: Equatable {
    case topic(Lesson)
    case pair(lessonID: String, index: Int, flask: CodeBlock, django: CodeBlock)
  }

  static func rows(_ course: Course) -> [Row] {
    course.lessons.filter(\.hasPairs).flatMap { lesson -> [Row] in
      [.topic(lesson)]
        + lesson.pairs.enumerated().map {
          .pair(lessonID: lesson.id, index: $0.offset, flask: $0.element.0, django: $0.element.1)
        }
    }
  }

  mutating func handle(_ key: Key, _ context: ScreenContext) -> Navigation {
    let rows = Self.rows(context.course)
    let pairs = rows.indices.filter { if case .pair = rows[$0] { true } else { false } }
    guard !pairs.isEmpty else { return key.isBack ? .back : .stay }
    switch key {
    case .up: selection -= 1
    case .down: selection += 1
    case .pageUp: selection -= 10
    case .pageDown: selection += 10
    case .home: selection = 0
    case .end: selection = pairs.count - 1
    case .enter, .right:
      guard case .pair(let lessonID, let index, _, _) = rows[pairs[selection]] else { return .stay }
      return .push(.pair(PairScreen(lessonID: lessonID, pairIndex: index)))
    case let key where key.isBack: return .back
    default: return .stay
    }
    selection = min(max(0, selection), pairs.count - 1)
    // Keep the selected pair, and its topic's heading above it, in view.
    let row = pairs[selection]
    let visible = max(1, context.body.height - 2)
    if row - 1 < scroll { scroll = max(0, row - 1) }
    if row >= scroll + visible { scroll = row - visible + 1 }
    return .stay
  }

  func draw(into canvas: inout Canvas, _ context: ScreenContext) {
    let area = context.body
    let rows = Self.rows(context.course)
    let selectedRow = rows.indices.filter { if case .pair = rows[$0] { true } else { false } }.dropFirst(
      selection
    ).first
    for (offset, row) in rows.dropFirst(scroll).prefix(area.height - 1).enumerated() {
      let y = area.y + 1 + offset
      let index = scroll + offset
      switch row {
      case .topic(let lesson):
        canvas.put("\(lesson.id)  ", x: 2, y: y, style: .heading)
        canvas.put(
          lesson.title, x: 4 + lesson.id.count, y: y, style: .muted, limit: area.width - 6 - lesson.id.count)
      case .pair(_, _, let flask, let django):
        let selected = index == selectedRow
        let text =
          "\(selected ? context.glyphs.pointer : " ") Flask · \(flask.file ?? "")   Django · \(django.file ?? "")"
        canvas.put(
          text.truncated(toCells: area.width - 6, ellipsis: context.glyphs.ellipsis).padded(
            toCells: area.width - 6),
          x: 4, y: y, style: selected ? .selected : .plain)
      }
    }
  }
}

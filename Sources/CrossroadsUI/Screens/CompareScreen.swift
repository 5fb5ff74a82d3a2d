import CrossroadsCore

/// Every Flask/Django code pair of the course, grouped by topic.
public struct CompareScreen: Sendable, Equatable, KeyedScreen {
  /// The selected pair, counted across all topics; `scroll` counts rows, headings included.
  public var list = ListCursor()

  public init() {}

  enum Action: Sendable, Equatable {
    case previous, next, pageUp, pageDown, first, last, open, back
  }

  func keys(_ context: ScreenContext) -> KeyTable<Action> { Self.table }

  static let table = KeyTable<Action>([
    .init("↑↓", "move", [(Key.upKeys, .previous), (Key.downKeys, .next)]),
    .init("Enter", "open side by side", Key.openKeys, .open),
    .init("Esc", "back", Key.backKeys, .back),
    .init(
      "PgUp/PgDn Home/End", "jump", inStatusLine: false,
      [([.pageUp], .pageUp), ([.pageDown], .pageDown), ([.home], .first), ([.end], .last)]),
  ])

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

  /// The rows that are pairs, in order: the selection counts these.
  private static func pairRows(_ rows: [Row]) -> [Int] {
    rows.indices.filter { if case .pair = rows[$0] { true } else { false } }
  }

  private func visible(_ context: ScreenContext) -> Int { max(1, context.body.height - 2) }

  mutating func perform(_ action: Action, _ context: ScreenContext) -> Navigation {
    let rows = Self.rows(context.course)
    let pairs = Self.pairRows(rows)
    guard !pairs.isEmpty else { return action == .back ? .back : .stay }
    var selection = list.selection
    switch action {
    case .previous: selection -= 1
    case .next: selection += 1
    case .pageUp: selection -= 10
    case .pageDown: selection += 10
    case .first: selection = 0
    case .last: selection = pairs.count - 1
    case .open: return open(rows, pairs)
    case .back: return .back
    }
    select(min(max(0, selection), pairs.count - 1), pairs, context)
    return .stay
  }

  /// Selects pair `index`, keeping it, and its topic's heading above it, in view.
  private mutating func select(_ index: Int, _ pairs: [Int], _ context: ScreenContext) {
    list.selection = index
    let row = pairs[index]
    list.reveal(row, visible: visible(context))
    list.reveal(max(0, row - 1), visible: visible(context))
  }

  private func open(_ rows: [Row], _ pairs: [Int]) -> Navigation {
    guard pairs.indices.contains(list.selection),
      case .pair(let lessonID, let index, _, _) = rows[pairs[list.selection]]
    else { return .stay }
    return .push(.pair(PairScreen(lessonID: lessonID, pairIndex: index)))
  }

  mutating func click(at point: Point, _ context: ScreenContext) -> Navigation {
    let rows = Self.rows(context.course)
    let pairs = Self.pairRows(rows)
    guard
      let row = list.row(
        atLine: point.y, top: context.body.y + 1, count: rows.count, visible: context.body.height - 1),
      let index = pairs.firstIndex(of: row)
    else { return .stay }
    let wasSelected = index == list.selection
    select(index, pairs, context)
    return wasSelected ? open(rows, pairs) : .stay
  }

  func draw(into canvas: inout Canvas, _ context: ScreenContext) {
    let area = context.body
    let rows = Self.rows(context.course)
    let selectedRow = Self.pairRows(rows).dropFirst(list.selection).first
    let scroll = list.scroll
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

import CrossroadsCore

/// One Flask/Django pair side by side: both scroll together, or Tab focuses one side to
/// scroll it alone, and `z` zooms the focused side to the full width.
public struct PairScreen: Sendable, Equatable, KeyedScreen {
  public enum Focus: Sendable, Equatable {
    case both, flask, django
  }

  public let lessonID: String
  public var pairIndex: Int
  public var focus = Focus.both
  public var zoomed = false
  public var flaskScroll = 0
  public var djangoScroll = 0
  /// The boxes as last laid out: highlighting and wrapping both sides was most of a key's
  /// work, and the keys that scroll change neither.
  var laidOut: Boxes?

  /// Both sides' lines for one pair, width and zoom.
  struct Boxes: Sendable, Equatable {
    /// What the lines depend on besides the course.
    struct Key: Sendable, Equatable {
      let pairIndex: Int
      let width: Int
      let glyphs: Glyphs
      /// The side shown when zoomed; nil when both are.
      let zoomedSide: Focus?
    }

    let key: Key
    let flask: [StyledLine]
    let django: [StyledLine]
    let leftWidth: Int
  }

  public init(lessonID: String, pairIndex: Int) {
    self.lessonID = lessonID
    self.pairIndex = pairIndex
  }

  enum Action: Sendable, Equatable {
    case scroll(Int)
    case pageUp, pageDown, top, bottom, focusNext, focusPrevious, zoom, nextPair, previousPair
    case back
  }

  func keys(_ context: ScreenContext) -> KeyTable<Action> { Self.table }

  static let table = KeyTable<Action>([
    .init("↑↓", "scroll", [(Key.upKeys, .scroll(-1)), (Key.downKeys, .scroll(1))]),
    .init("Tab", "focus a side", [([.tab], .focusNext), ([.backTab], .focusPrevious)]),
    .init("z", "zoom", [.character("z")], .zoom),
    .init("n/p", "next, previous", [([.character("n")], .nextPair), ([.character("p")], .previousPair)]),
    .init("Esc", "back", Key.backKeys, .back),
    .init(
      "PgUp/PgDn Home/End", "scroll by page, to an end", inStatusLine: false,
      [([.pageUp], .pageUp), ([.pageDown], .pageDown), ([.home], .top), ([.end], .bottom)]),
    .init(
      "wheel", "scroll", inStatusLine: false,
      [([.wheelUp], .scroll(-ScrollOffset.wheelLines)), ([.wheelDown], .scroll(ScrollOffset.wheelLines))]),
  ])

  func title(_ context: ScreenContext) -> String {
    let count = context.course.lesson(id: lessonID)?.pairs.count ?? 0
    return "Compare \(lessonID): pair \(pairIndex + 1) of \(count)"
  }

  private func pair(_ context: ScreenContext) -> (CodeBlock, CodeBlock)? {
    guard let pairs = context.course.lesson(id: lessonID)?.pairs, pairs.indices.contains(pairIndex) else {
      return nil
    }
    return pairs[pairIndex]
  }

  private func boxesKey(_ context: ScreenContext) -> Boxes.Key {
    Boxes.Key(
      pairIndex: pairIndex, width: context.body.width, glyphs: context.glyphs,
      zoomedSide: zoomed ? (focus == .django ? .django : .flask) : nil)
  }

  /// Lays the boxes out unless they are laid out for this pair, width and zoom already.
  mutating func layOut(_ context: ScreenContext) {
    laidOut = boxes(context)
  }

  /// The boxes as drawn now: one full-width box when zoomed, else two halves.
  private func boxes(_ context: ScreenContext) -> Boxes {
    let key = boxesKey(context)
    if let laidOut, laidOut.key == key { return laidOut }
    guard let (flask, django) = pair(context) else {
      return Boxes(key: key, flask: [], django: [], leftWidth: 0)
    }
    let width = context.body.width - 2
    let half = (width - 1) / 2
    func lines(_ block: CodeBlock, _ width: Int) -> [StyledLine] {
      let (title, style) = CodeBox.title(of: block)
      return CodeBox.lines(block, title: title, titleStyle: style, width: width, glyphs: context.glyphs)
    }
    switch key.zoomedSide {
    case .django: return Boxes(key: key, flask: [], django: lines(django, width), leftWidth: 0)
    case .some: return Boxes(key: key, flask: lines(flask, width), django: [], leftWidth: width)
    case nil:
      return Boxes(
        key: key, flask: lines(flask, half), django: lines(django, width - 1 - half), leftWidth: half)
    }
  }

  mutating func perform(_ action: Action, _ context: ScreenContext) -> Navigation {
    let page = max(1, context.body.height - 1)
    var delta = 0
    switch action {
    case .scroll(let lines): delta = lines
    case .pageUp: delta = -page
    case .pageDown: delta = page
    case .top: delta = -Int.max / 2
    case .bottom: delta = Int.max / 2
    case .focusNext: focus = focus == .both ? .flask : focus == .flask ? .django : .both
    case .focusPrevious: focus = focus == .both ? .django : focus == .django ? .flask : .both
    case .zoom:
      zoomed.toggle()
      if zoomed && focus == .both { focus = .flask }
    case .nextPair, .previousPair:
      let count = context.course.lesson(id: lessonID)?.pairs.count ?? 1
      pairIndex = (pairIndex + (action == .nextPair ? 1 : count - 1)) % max(1, count)
      flaskScroll = 0
      djangoScroll = 0
    case .back: return .back
    }
    layOut(context)
    let (flask, django) = (laidOut?.flask ?? [], laidOut?.django ?? [])
    let height = context.body.height
    func moved(_ scroll: Int, _ lines: [StyledLine]) -> Int {
      ScrollOffset.clamped(scroll, by: delta, count: lines.count, page: height)
    }
    if focus != .django { flaskScroll = moved(flaskScroll, flask) }
    if focus != .flask { djangoScroll = moved(djangoScroll, django) }
    return .stay
  }

  func draw(into canvas: inout Canvas, _ context: ScreenContext) {
    let area = context.body
    let boxes = boxes(context)
    let (flask, django, leftWidth) = (boxes.flask, boxes.django, boxes.leftWidth)
    for row in 0..<area.height {
      if flaskScroll + row < flask.count {
        canvas.put(flask[flaskScroll + row], x: area.x + 1, y: area.y + row)
      }
      if djangoScroll + row < django.count {
        let x = zoomed ? area.x + 1 : area.x + 2 + leftWidth
        canvas.put(django[djangoScroll + row], x: x, y: area.y + row)
      }
    }
    if focus != .both && !zoomed {
      // The focused side's frame is drawn bold, so it is clear which one the keys move.
      let label = focus == .flask ? "Flask scrolls alone" : "Django scrolls alone"
      canvas.put(" \(label) ", x: area.maxX - label.count - 3, y: area.maxY - 1, style: .key)
    }
  }
}

/// One file of a project about to be generated, shown exactly as it will be written.
public struct GeneratedFileScreen: Sendable, Equatable, KeyedScreen {
  /// The path inside the project's folder, with the project's name first.
  public let path: String
  public let lines: [String]
  public var scroll = 0

  public init(path: String, text: String) {
    self.path = path
    var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
      String(Substring($0))
    }
    // The line break that ends the file is not a line of its own.
    if lines.count > 1, lines.last == "" { lines.removeLast() }
    self.lines = lines
  }

  enum Action: Sendable, Equatable {
    case scroll(Int)
    case pageUp, pageDown, top, bottom, back
  }

  func keys(_ context: ScreenContext) -> KeyTable<Action> { Self.table }

  static let table = KeyTable<Action>([
    .init("↑↓", "scroll", [(Key.upKeys, .scroll(-1)), (Key.downKeys, .scroll(1))]),
    .init("PgUp/PgDn", "page", [([.pageUp], .pageUp), ([.pageDown], .pageDown)]),
    .init("Esc", "back", Key.backKeys, .back),
    .init("Home/End", "top, bottom", inStatusLine: false, [([.home], .top), ([.end], .bottom)]),
    .init(
      "wheel", "scroll", inStatusLine: false,
      [([.wheelUp], .scroll(-ScrollOffset.wheelLines)), ([.wheelDown], .scroll(ScrollOffset.wheelLines))]),
  ])

  private func pageHeight(_ context: ScreenContext) -> Int { max(1, context.body.height - 2) }

  mutating func perform(_ action: Action, _ context: ScreenContext) -> Navigation {
    let page = pageHeight(context)
    switch action {
    case .scroll(let lines): scroll += lines
    case .pageUp: scroll -= page
    case .pageDown: scroll += page
    case .top: scroll = 0
    case .bottom: scroll = lines.count
    case .back: return .back
    }
    scroll = ScrollOffset.clamped(scroll, count: lines.count, page: page)
    return .stay
  }

  func draw(into canvas: inout Canvas, _ context: ScreenContext) {
    let area = context.body
    let frame = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
    canvas.box(frame, title: path)
    let numberWidth = String(lines.count).count
    // One column is kept free at the right for the scroll marks.
    let textWidth = frame.width - numberWidth - 6
    let page = pageHeight(context)
    for (row, line) in lines.dropFirst(scroll).prefix(page).enumerated() {
      let number = String(scroll + row + 1)
      let y = frame.y + 1 + row
      canvas.put(
        String(repeating: " ", count: numberWidth - number.count) + number, x: frame.x + 2, y: y,
        style: .muted)
      // Tabs would move the terminal's cursor past the frame; Python code has none anyway.
      let shown = line.replacingTabs.truncated(toCells: textWidth, ellipsis: context.glyphs.ellipsis)
      canvas.put(shown, x: frame.x + 3 + numberWidth, y: y, style: .code)
    }
    if scroll > 0 { canvas.put(context.glyphs.scrollUp, x: frame.maxX - 2, y: frame.y + 1, style: .muted) }
    if scroll + page < lines.count {
      canvas.put(context.glyphs.scrollDown, x: frame.maxX - 2, y: frame.maxY - 2, style: .muted)
    }
  }
}

extension String {
  fileprivate var replacingTabs: String {
    guard contains("\t") else { return self }
    return split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ")
  }
}

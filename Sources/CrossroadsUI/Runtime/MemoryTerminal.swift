/// A terminal in memory: tests render the real app into it and read the frame back.
public final class MemoryTerminal: TerminalBackend {
  public private(set) var size: Size
  public let glyphs: Glyphs
  public private(set) var frame: Canvas
  /// Keys a test has queued for `waitForKeys`.
  public var pendingKeys: [Key] = []
  public private(set) var restored = false
  public var inputClosed = false

  public init(size: Size, glyphs: Glyphs = .unicode) {
    self.size = size
    self.glyphs = glyphs
    self.frame = Canvas(size: size, glyphs: glyphs)
  }

  public func present(_ canvas: Canvas) {
    frame = canvas
  }

  public func waitForKeys(orWake wake: Int32) -> [Key] {
    defer { pendingKeys = [] }
    return pendingKeys
  }

  /// Changes the size, as dragging a window's corner would.
  public func resize(to size: Size) {
    self.size = size
  }

  public func refreshSize() -> Size { size }

  public func restore() {
    restored = true
  }

  public func suspend(while body: () -> Void) {
    body()
  }

  /// The frame as text: one quoted row per line, so trailing spaces stay visible.
  public var snapshot: String {
    frame.rows.map { "\"\($0)\"" }.joined(separator: "\n") + "\n"
  }

  /// The frame with its styles: each quoted row is followed by a row of one letter per cell
  /// naming the cell's style (see `styleLetters`), so a snapshot also catches a lost colour
  /// or a highlight in the wrong place.
  public var styledSnapshot: String {
    (0..<frame.size.height).map { y in
      let styles = (0..<frame.size.width).map { x in Self.letter(for: frame[x, y].style) }.joined()
      return "\"\(frame.rows[y])\"\n \(styles)"
    }.joined(separator: "\n") + "\n"
  }

  /// The letters of `styledSnapshot`: a blank for plain, `?` for a style not listed. Keys,
  /// titles and Flask share one look (`k`), as selections and the status bar do (`r`).
  public static let styleLetters: [(Character, Style)] = [
    ("k", .key), ("h", .heading), ("b", .strong), ("c", .code), ("m", .muted), ("r", .selected),
    ("f", .frame), ("d", .django), ("e", .error), ("B", Style(bold: true, reverse: true)),
  ]

  private static func letter(for style: Style) -> String {
    if style == .plain { return " " }
    return styleLetters.first { $0.1 == style }.map { String($0.0) } ?? "?"
  }
}

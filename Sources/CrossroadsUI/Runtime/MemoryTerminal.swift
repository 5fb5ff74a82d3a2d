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

  /// The frame as text: one quoted row per line, so trailing spaces stay visible.
  public var snapshot: String {
    frame.rows.map { "\"\($0)\"" }.joined(separator: "\n") + "\n"
  }
}

/// A place frames are shown and keys come from: ncurses for people, memory for tests.
public protocol TerminalBackend: AnyObject {
  /// The terminal's current size.
  var size: Size { get }
  /// The frame and mark characters this terminal can show.
  var glyphs: Glyphs { get }
  /// Shows a complete frame; only the cells that changed need to reach the terminal.
  func present(_ canvas: Canvas)
  /// Blocks until a key arrives or `wake` becomes readable, then returns the keys read.
  func waitForKeys(orWake wake: Int32) -> [Key]
  /// True once the terminal has gone away (its input hung up).
  var inputClosed: Bool { get }
  /// Reads the size again after the window changed, and adopts it.
  func refreshSize() -> Size
  /// Gives the terminal back exactly as it was; safe to call more than once.
  func restore()
  /// Hands the terminal to `body` (an editor the person works in) as the shell left it, then
  /// takes it back and draws the next frame in full.
  func suspend(while body: () -> Void)
}

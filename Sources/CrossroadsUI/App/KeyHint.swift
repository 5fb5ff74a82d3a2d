/// A key and what it does, shown in the status line and the help overlay.
public struct KeyHint: Sendable, Equatable {
  public let keys: String
  public let action: String
  /// Whether the status line has room for it; the help overlay shows every hint.
  public let inStatusLine: Bool

  public init(_ keys: String, _ action: String, inStatusLine: Bool = true) {
    self.keys = keys
    self.action = action
    self.inStatusLine = inStatusLine
  }

  /// Keys that work on every screen.
  public static let global = [
    KeyHint("?", "help"),
    KeyHint("Ctrl-C", "quit from anywhere", inStatusLine: false),
  ]
}

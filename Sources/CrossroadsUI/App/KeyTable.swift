/// A screen's keys, declared once: the same table dispatches a key to its action and draws
/// the status line's hints and the `?` help, so what a screen says and what it does cannot
/// drift apart.
public struct KeyTable<Action: Sendable & Equatable>: Sendable {
  /// One line of help: how the keys are shown, what they do, and the keys bound to actions.
  ///
  /// Most entries bind one action (Enter: open); some bind a pair under one hint (↑↓: up
  /// and down, each its own action).
  public struct Entry: Sendable {
    public let hint: KeyHint
    public let bindings: [(keys: [Key], action: Action)]

    /// `keys` all do `action`; `label` shows them, e.g. "Enter" for Enter and →.
    public init(_ label: String, _ help: String, inStatusLine: Bool = true, _ keys: [Key], _ action: Action) {
      hint = KeyHint(label, help, inStatusLine: inStatusLine)
      bindings = [(keys, action)]
    }

    /// Several actions under one hint, e.g. "↑↓ move" for ↑/k and ↓/j.
    public init(
      _ label: String, _ help: String, inStatusLine: Bool = true, _ bindings: [(keys: [Key], action: Action)]
    ) {
      hint = KeyHint(label, help, inStatusLine: inStatusLine)
      self.bindings = bindings
    }
  }

  public let entries: [Entry]

  public init(_ entries: [Entry]) {
    self.entries = entries
  }

  /// The action `key` is bound to, if any.
  public func action(for key: Key) -> Action? {
    for entry in entries {
      for binding in entry.bindings where binding.keys.contains(key) { return binding.action }
    }
    return nil
  }

  /// The hints, in the table's order: most useful first.
  public var hints: [KeyHint] { entries.map(\.hint) }
}

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
}

/// What every screen's keys are made of, so the same key means the same thing everywhere.
extension Key {
  static let upKeys: [Key] = [.up, .character("k")]
  static let downKeys: [Key] = [.down, .character("j")]
  /// Where a screen has no other use for → and `l`, they open.
  static let openKeys: [Key] = [.enter, .right, .character("l")]
  /// Esc, Backspace, ←, `h` and `q` go back on every screen below home.
  static let backKeys: [Key] = [.escape, .backspace, .left, .character("h"), .character("q")]
  static let wheelUp = Key.mouse(Mouse(.wheelUp, at: Point(x: 0, y: 0)))
  static let wheelDown = Key.mouse(Mouse(.wheelDown, at: Point(x: 0, y: 0)))

  /// The key with a mouse event's position dropped, so a wheel turn anywhere matches the
  /// table's wheel bindings.
  var withoutPosition: Key {
    guard case .mouse(let mouse) = self, mouse.action != .press else { return self }
    return .mouse(Mouse(mouse.action, at: Point(x: 0, y: 0)))
  }

  /// Where a mouse button was pressed, if this is a press.
  var pressed: Point? {
    guard case .mouse(let mouse) = self, mouse.action == .press else { return nil }
    return mouse.at
  }
}

/// The keys every screen has: help, the way home, and quitting from anywhere.
enum GlobalKeys: Sendable, Equatable {
  case help
  case home
  case quit

  static let table = KeyTable<GlobalKeys>([
    .init("?", "help", [.character("?")], .help),
    .init("g h", "home screen", inStatusLine: false, [], .home),
    .init("Ctrl-C", "quit from anywhere", inStatusLine: false, [.control("c")], .quit),
  ])
}

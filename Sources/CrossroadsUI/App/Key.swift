/// A key press, decoded from the terminal into the keys Crossroads understands.
public enum Key: Sendable, Hashable {
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, backspace, tab, backTab
  case character(Character)
  /// A control chord, e.g. `.control("c")` for Ctrl-C.
  case control(Character)
  /// A mouse button press or a wheel turn, at a cell of the screen.
  case mouse(Mouse)

  /// What the mouse did, and where.
  public struct Mouse: Sendable, Hashable {
    public enum Action: Sendable, Hashable {
      case press
      case wheelUp
      case wheelDown
    }

    public let action: Action
    public let at: Point

    public init(_ action: Action, at: Point) {
      self.action = action
      self.at = at
    }
  }

  /// Parses the names tests and scripts use: `"down"`, `"enter"`, `"pgdn"`, `"q"`, `"ctrl-c"`.
  public init?(name: String) {
    switch name.lowercased() {
    case "up": self = .up
    case "down": self = .down
    case "left": self = .left
    case "right": self = .right
    case "pgup", "pageup": self = .pageUp
    case "pgdn", "pagedown": self = .pageDown
    case "home": self = .home
    case "end": self = .end
    case "enter", "return": self = .enter
    case "esc", "escape": self = .escape
    case "backspace", "bspace": self = .backspace
    case "tab": self = .tab
    case "btab", "backtab", "shift-tab": self = .backTab
    case "space": self = .character(" ")
    case "wheelup": self = .wheelUp
    case "wheeldown": self = .wheelDown
    default:
      if name.count == 1, let character = name.first {
        self = .character(character)
      } else if name.lowercased().hasPrefix("ctrl-"), name.count == 6, let character = name.last {
        self = .control(Character(character.lowercased()))
      } else {
        return nil
      }
    }
  }
}

/// Turns what the terminal sends into keys, reading an escape sequence whole before
/// deciding what it is.
///
/// ncurses decodes the sequences its terminal description knows; any other reaches us as
/// ESC followed by its bytes (Alt-x, Ctrl-Left, Shift-F5, Home under a mismatched TERM).
/// Taken byte by byte, that ESC meant "back" and the rest became letters, so an unknown
/// sequence is consumed as one and does nothing; only a lone ESC is the Esc key.
public enum KeyDecoder {
  /// One unit of input: a character code, or a key the terminal library already decoded.
  public enum Input: Sendable, Equatable {
    case character(UInt32)
    case key(Key)
  }

  private static let escape: UInt32 = 27

  /// The keys in `inputs`, a batch read without waiting.
  public static func decode(_ inputs: [Input]) -> [Key] {
    var keys: [Key] = []
    var index = 0
    while index < inputs.count {
      switch inputs[index] {
      case .key(let key):
        keys.append(key)
        index += 1
      case .character(escape):
        let (length, key) = sequence(inputs, at: index)
        if let key { keys.append(key) }
        index += length
      case .character(let code):
        if let key = character(code) { keys.append(key) }
        index += 1
      }
    }
    return keys
  }

  /// Whether `inputs` ends in the middle of an escape sequence (or with a lone ESC), so
  /// the rest may still be on its way.
  public static func endsInsideSequence(_ inputs: [Input]) -> Bool {
    guard let start = inputs.lastIndex(of: .character(escape)) else { return false }
    let (length, _) = sequence(inputs, at: start)
    return start + length == inputs.count && !isComplete(inputs[start...])
  }

  /// How many inputs the sequence starting with ESC at `start` takes, and its key if it
  /// is a well-known one.
  private static func sequence(_ inputs: [Input], at start: Int) -> (Int, Key?) {
    let next = start + 1
    guard next < inputs.count, case .character(let introducer) = inputs[next], introducer != escape else {
      return (1, .escape)
    }
    switch introducer {
    case UInt32(UInt8(ascii: "[")):
      // CSI: parameter and intermediate bytes (0x20–0x3F), then one final byte (0x40–0x7E).
      var index = next + 1
      var body: [UInt32] = []
      while index < inputs.count, case .character(let code) = inputs[index], (0x20...0x3F).contains(code) {
        body.append(code)
        index += 1
      }
      guard index < inputs.count, case .character(let final) = inputs[index], (0x40...0x7E).contains(final)
      else {
        return (index - start, nil)
      }
      index += 1
      // An X10 mouse report carries three bytes after its final M.
      if final == UInt32(UInt8(ascii: "M")), body.isEmpty { index = min(inputs.count, index + 3) }
      return (index - start, csiKey(body, final: final))
    case UInt32(UInt8(ascii: "O")):
      // SS3: one more character names the key.
      guard next + 1 < inputs.count, case .character(let final) = inputs[next + 1] else { return (2, nil) }
      return (3, ss3Key(final))
    default:
      // ESC before a character: Alt with that key, which no screen uses.
      return (2, nil)
    }
  }

  /// Whether the ESC sequence `inputs` holds its final byte.
  private static func isComplete(_ inputs: ArraySlice<Input>) -> Bool {
    let codes = inputs.compactMap { if case .character(let code) = $0 { code } else { nil } }
    guard codes.count >= 2 else { return false }
    switch codes[1] {
    case UInt32(UInt8(ascii: "[")):
      return codes.dropFirst(2).contains { (0x40...0x7E).contains($0) }
    case UInt32(UInt8(ascii: "O")):
      return codes.count >= 3
    default:
      return true
    }
  }

  /// The keys whose CSI forms every xterm-like terminal sends, whatever TERM says.
  private static func csiKey(_ body: [UInt32], final: UInt32) -> Key? {
    let parameters = String(String.UnicodeScalarView(body.compactMap(Unicode.Scalar.init)))
    switch (parameters, Character(Unicode.Scalar(final) ?? " ")) {
    case ("", "A"): return .up
    case ("", "B"): return .down
    case ("", "C"): return .right
    case ("", "D"): return .left
    case ("", "H"): return .home
    case ("", "F"): return .end
    case ("", "Z"): return .backTab
    case ("1", "~"), ("7", "~"): return .home
    case ("4", "~"), ("8", "~"): return .end
    case ("5", "~"): return .pageUp
    case ("6", "~"): return .pageDown
    default: return nil
    }
  }

  /// The keys whose SS3 forms terminals send in application mode.
  private static func ss3Key(_ final: UInt32) -> Key? {
    switch Character(Unicode.Scalar(final) ?? " ") {
    case "A": .up
    case "B": .down
    case "C": .right
    case "D": .left
    case "H": .home
    case "F": .end
    default: nil
    }
  }

  /// A character code on its own: Enter, Tab, Backspace, a control chord or a character.
  private static func character(_ code: UInt32) -> Key? {
    switch code {
    case 10, 13: return .enter
    case 9: return .tab
    case 8, 127: return .backspace
    case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 96)))
    case 0..<32: return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return .character(Character(scalar))
    }
  }
}

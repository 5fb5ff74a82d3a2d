/// Control characters in text that came from a file: what the interface leaves undrawn and
/// the command line prints escaped, so no file can send the terminal an escape sequence.
public enum ControlCharacters {
  /// Whether `scalar` is a control character (Unicode's Cc: C0, DEL and C1).
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .control
  }

  /// Whether `text` holds any control character, line breaks and tabs included.
  public static func contains(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.contains(where: isControl)
  }

  /// `text` with every control character but line feed and tab written as a visible escape
  /// (`\u{1B}` becomes `\x1B`), for printing to a terminal.
  public static func escaped(_ text: some StringProtocol) -> String {
    guard text.unicodeScalars.contains(where: { isControl($0) && $0 != "\n" && $0 != "\t" }) else {
      return String(text)
    }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isControl(scalar), scalar != "\n", scalar != "\t" {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result.append(contentsOf: ("\\x" + (hex.count < 2 ? "0" + hex : hex)).unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }
}

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

  /// `text` with every control character written as a visible escape (`\u{1B}` becomes
  /// `\x1B`), for printing to a terminal; line feeds and tabs are kept unless `oneLine`.
  public static func escaped(_ text: some StringProtocol, oneLine: Bool = false) -> String {
    let escapes = { (scalar: Unicode.Scalar) in
      isControl(scalar) && (oneLine || (scalar != "\n" && scalar != "\t"))
    }
    guard text.unicodeScalars.contains(where: escapes) else { return String(text) }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if escapes(scalar) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result.append(contentsOf: ("\\x" + (hex.count < 2 ? "0" + hex : hex)).unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }
}

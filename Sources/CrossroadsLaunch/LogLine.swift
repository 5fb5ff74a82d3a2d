/// Cleans a line a child printed before it reaches a terminal or a screen.
///
/// Werkzeug colours its request log even into a pipe; those escape sequences, and any other
/// control character, would move the cursor or restyle the interface that shows the line.
public enum LogLine {
  public static func clean(_ line: String) -> String {
    var result = ""
    var scalars = line.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar {
      case "\u{1B}":
        // CSI: ESC [ parameters… final byte in @…~; anything else: drop ESC and the next one.
        guard let next = scalars.next() else { break }
        if next == "[" {
          while let inner = scalars.next(), !(0x40...0x7E).contains(inner.value) {}
        }
      case "\t":
        result += "    "
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        continue
      default:
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

/// Writes JSON by hand, so keys keep the order scripts and readers expect.
public enum JSONText {
  /// `text` as a JSON string literal, quotes included.
  public static func string(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case let control where control.value < 0x20:
        let hex = String(control.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// A fraction from 0 to 1 with at most two decimals: `0`, `0.4`, `0.55`, `1`.
  public static func fraction(_ value: Double) -> String {
    let hundredths = Int((min(1, max(0, value)) * 100).rounded())
    switch hundredths {
    case 0: return "0"
    case 100: return "1"
    case let h where h % 10 == 0: return "0.\(h / 10)"
    case let h where h < 10: return "0.0\(h)"
    default: return "0.\(hundredths)"
    }
  }
}

/// How the measure writes its figures for people: short, with their unit.
public enum MeasureFormat {
  /// "830 B", "412 KB", "45.1 MB", "1.2 GB" (powers of 1000, as disk sizes are sold).
  public static func bytes(_ value: Double) -> String {
    switch value {
    case ..<1000: "\(Int(value)) B"
    case ..<1_000_000: "\(Int((value / 1000).rounded())) KB"
    case ..<1_000_000_000: "\(decimal(value / 1_000_000, places: 1)) MB"
    default: "\(decimal(value / 1_000_000_000, places: 1)) GB"
    }
  }

  /// "0.84 ms", "12.3 ms", "310 ms": three significant figures at most.
  public static func milliseconds(_ value: Double) -> String {
    switch value {
    case ..<10: "\(decimal(value, places: 2)) ms"
    case ..<100: "\(decimal(value, places: 1)) ms"
    default: "\(Int(value.rounded())) ms"
    }
  }

  /// "1.4 s".
  public static func seconds(_ value: Double) -> String { "\(decimal(value, places: 1)) s" }

  /// "1234/s".
  public static func rate(_ value: Double) -> String { "\(Int(value.rounded()))/s" }

  /// "3.6 times", "12 times".
  public static func times(_ ratio: Double) -> String {
    ratio >= 10 ? "\(Int(ratio.rounded())) times" : "\(decimal(ratio, places: 1)) times"
  }

  /// `value` rounded to `places` decimals, written without exponent: "0.84", "12.0".
  public static func decimal(_ value: Double, places: Int) -> String {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = Int((value * scale).rounded())
    let sign = scaled < 0 ? "-" : ""
    let whole = abs(scaled) / Int(scale)
    guard places > 0 else { return sign + "\(whole)" }
    let fraction = String(abs(scaled) % Int(scale))
    return sign + "\(whole)." + String(repeating: "0", count: places - fraction.count) + fraction
  }
}

/// Reads how many tests ran from a test runner's summary line.
public enum TestTally {
  /// unittest's "Ran 8 tests…", or the sum of pytest's "3 passed, 1 failed, 2 errors"; nil
  /// when the line says neither.
  public static func count(in summary: String) -> Int? {
    let words = summary.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ":" })
    if let ran = words.firstIndex(of: "Ran"), ran + 1 < words.endIndex, let count = Int(words[ran + 1]) {
      return count
    }
    var total: Int?
    for (index, word) in words.enumerated().dropFirst() {
      guard ["passed", "failed", "error", "errors"].contains(word), let count = Int(words[index - 1])
      else { continue }
      total = (total ?? 0) + count
    }
    return total
  }
}

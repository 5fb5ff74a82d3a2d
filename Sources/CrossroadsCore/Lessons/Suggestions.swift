/// The known names closest to a mistyped one, for "did you mean" messages.
public enum Suggestions {
  /// Up to `limit` of `candidates` within a small edit distance of `name`, closest first;
  /// a candidate that starts with or contains `name` counts as close.
  public static func nearest(to name: String, in candidates: [String], limit: Int = 3) -> [String] {
    let scored = candidates.map { candidate -> (String, Int) in
      let distance = editDistance(name.lowercased(), candidate)
      let bonus = candidate.hasPrefix(name.lowercased()) || candidate.contains(name.lowercased()) ? -2 : 0
      return (candidate, distance + bonus)
    }
    let threshold = max(2, name.count / 2)
    return scored.filter { $0.1 <= threshold }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
  }

  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}

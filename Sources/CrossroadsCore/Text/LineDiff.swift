/// The lines that differ between two texts, as a unified diff shows them: kept lines with a
/// space, removed with `-`, added with `+`.
public enum LineDiff {
  public enum Line: Sendable, Equatable {
    case same(String)
    case removed(String)
    case added(String)

    /// The line as `diff -u` prints it.
    public var text: String {
      switch self {
      case .same(let line): " " + line
      case .removed(let line): "-" + line
      case .added(let line): "+" + line
      }
    }
  }

  /// Every line of `old` and `new`, in order, marked by a longest common subsequence.
  ///
  /// Quadratic in the lines, which is fine for the files of an exercise (a few hundred).
  public static func lines(from old: String, to new: String) -> [Line] {
    let a = split(old)
    let b = split(new)
    // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
    var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
      }
    }
    var result: [Line] = []
    var (i, j) = (0, 0)
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        result.append(.same(a[i]))
        i += 1
        j += 1
      } else if j < b.count, i == a.count || lengths[i][j + 1] >= lengths[i + 1][j] {
        result.append(.added(b[j]))
        j += 1
      } else {
        result.append(.removed(a[i]))
        i += 1
      }
    }
    return result
  }

  private static func split(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}

/// The comment lines that name a region of a template for lessons to show.
///
/// `# region NAME` … `# endregion` in Python and text files, `{# region NAME #}` …
/// `{# endregion #}` in Jinja and Django templates. They are removed from generated files.
enum RegionMarker: Equatable {
  case start(String)
  case end

  /// The marker a line holds, whatever its indentation; nil for any other line.
  init?(line: Substring) {
    var text = line.drop(while: { $0 == " " || $0 == "\t" })
    while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
    if text.hasPrefix("{#") && text.hasSuffix("#}") && text.count >= 4 {
      text = text.dropFirst(2).dropLast(2)
    } else if text.hasPrefix("#") {
      text = text.dropFirst()
    } else {
      return nil
    }
    let words = text.split(separator: " ")
    switch (words.first, words.count) {
    case ("endregion", 1): self = .end
    case ("region", 2): self = .start(String(words[1]))
    default: return nil
    }
  }

  /// `text` without its marker lines, every other byte as it was.
  static func strip(_ text: String) -> String {
    guard text.containsBytes("region") else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { RegionMarker(line: $0) == nil }
      .joined(separator: "\n")
  }

  /// The names of the regions in `text`, in order.
  static func names(in text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).compactMap {
      if case .start(let name) = RegionMarker(line: $0) { name } else { nil }
    }
  }

  /// The lines between `# region NAME` and its `# endregion`, without any marker lines
  /// (regions may nest); nil when the region is not in `text` or is not closed.
  static func extract(_ name: String, from text: String) -> String? {
    var captured: [Substring] = []
    var depth = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let marker = RegionMarker(line: line)
      if depth == 0 {
        if marker == .start(name) { depth = 1 }
        continue
      }
      switch marker {
      case .start: depth += 1
      case .end:
        depth -= 1
        if depth == 0 { return captured.joined(separator: "\n") }
      case nil: captured.append(line)
      }
    }
    return nil
  }
}

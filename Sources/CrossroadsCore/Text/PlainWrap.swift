/// Breaking plain text for output that is not a screen (summaries, tables, records): at
/// spaces, to a number of characters.
public enum PlainWrap {
  /// `text` in lines of at most `width` characters, broken at spaces; a longer word keeps
  /// its own line.
  public static func lines(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty, line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    return line.isEmpty ? lines : lines + [line]
  }
}

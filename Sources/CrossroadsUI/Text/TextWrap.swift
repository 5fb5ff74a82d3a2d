/// Breaks styled text into lines of at most a given number of terminal cells.
public enum TextWrap {
  /// Wraps `runs` to `width` cells, breaking at spaces; a word longer than a line is split.
  /// `indent` prefixes the first line and `hangingIndent` every later one (both count
  /// towards the width), which is how list items keep their text aligned after the bullet.
  public static func wrap(
    _ runs: [StyledRun], width: Int, indent: StyledRun = StyledRun(""),
    hangingIndent: StyledRun = StyledRun("")
  ) -> [StyledLine] {
    var lines: [StyledLine] = []
    var line = StyledLine(indent.text.isEmpty ? [] : [indent])
    var lineWidth = indent.text.cellWidth
    var pendingSpace: Style?
    var atLineStart = true

    func newLine() {
      lines.append(line)
      line = StyledLine(hangingIndent.text.isEmpty ? [] : [hangingIndent])
      lineWidth = hangingIndent.text.cellWidth
      pendingSpace = nil
      atLineStart = true
    }
    func append(_ text: String, _ style: Style) {
      if let last = line.runs.last, last.style == style {
        line.runs[line.runs.count - 1].text += text
      } else {
        line.runs.append(StyledRun(text, style))
      }
      lineWidth += text.cellWidth
    }

    for run in runs {
      for (index, word) in run.text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
        if index > 0 { pendingSpace = pendingSpace ?? run.style }
        guard !word.isEmpty else { continue }
        var rest = Substring(word)
        while !rest.isEmpty {
          let spaceWidth = pendingSpace == nil || atLineStart ? 0 : 1
          if lineWidth + spaceWidth + rest.cellWidth <= width {
            if let space = pendingSpace, !atLineStart { append(" ", space) }
            append(String(rest), run.style)
            pendingSpace = nil
            atLineStart = false
            rest = ""
          } else if !atLineStart {
            newLine()
          } else {
            // A word wider than a whole line: cut it where the line ends.
            let room = max(1, width - lineWidth)
            var piece = rest.prefix(cells: room)
            if piece.isEmpty { piece = rest.prefix(1) }
            append(String(piece), run.style)
            rest = rest[piece.endIndex...]
            atLineStart = false
            if !rest.isEmpty { newLine() }
          }
        }
      }
    }
    if !atLineStart || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// Hard-wraps one line of code to `width` cells, marking each continuation with `mark`.
  public static func hardWrap(_ runs: [StyledRun], width: Int, mark: StyledRun) -> [StyledLine] {
    var lines: [StyledLine] = [StyledLine()]
    var used = 0
    for run in runs {
      for character in run.text {
        let w = character.cellWidth
        if used + w > width {
          lines.append(StyledLine([mark]))
          used = mark.text.cellWidth
        }
        let current = lines.count - 1
        if let last = lines[current].runs.last, last.style == run.style {
          lines[current].runs[lines[current].runs.count - 1].text.append(character)
        } else {
          lines[current].runs.append(StyledRun(String(character), run.style))
        }
        used += w
      }
    }
    return lines
  }
}

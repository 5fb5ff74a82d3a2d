import CrossroadsCore

/// Draws a code block as a framed box of numbered lines, wrapping long lines with a marker
/// so that nothing is silently cut, whatever the width.
enum CodeBox {
  static func lines(_ block: CodeBlock, title: String, titleStyle: Style, width: Int, glyphs: Glyphs)
    -> [StyledLine]
  {
    guard width >= 12 else { return [] }
    let code = block.lines
    let numberWidth = String(code.count).count
    // "│ NN │ code … │": the frame, a space, the number, a space, and the code.
    let codeWidth = width - numberWidth - 5
    var lines = [top(title: title, titleStyle: titleStyle, width: width, glyphs: glyphs)]
    var highlighter = SyntaxHighlighter()
    for (index, line) in code.enumerated() {
      let number = String(index + 1)
      let runs =
        block.language == .python
        ? highlighter.tokens(line).map { StyledRun($0.0, $0.1.style) } : [StyledRun(String(line), .code)]
      let wrapped = TextWrap.hardWrap(runs, width: codeWidth, mark: StyledRun(glyphs.wrapMark + " ", .muted))
      for (part, piece) in wrapped.enumerated() {
        let label =
          part == 0
          ? String(repeating: " ", count: numberWidth - number.count) + number
          : String(repeating: " ", count: numberWidth)
        var row = StyledLine([
          StyledRun(glyphs.vertical + " ", .frame), StyledRun(label, .muted), StyledRun(" "),
        ])
        row.runs += piece.runs
        row.runs.append(StyledRun(String(repeating: " ", count: max(0, codeWidth - piece.cellWidth)) + " "))
        row.runs.append(StyledRun(glyphs.vertical, .frame))
        lines.append(row)
      }
    }
    lines.append(
      StyledLine(
        glyphs.bottomLeft + String(repeating: glyphs.horizontal, count: width - 2) + glyphs.bottomRight,
        .frame))
    return lines
  }

  private static func top(title: String, titleStyle: Style, width: Int, glyphs: Glyphs) -> StyledLine {
    let label = " " + title.truncated(toCells: width - 6, ellipsis: glyphs.ellipsis) + " "
    let rest = width - 3 - label.cellWidth
    return StyledLine([
      StyledRun(glyphs.topLeft + glyphs.horizontal, .frame), StyledRun(label, titleStyle),
      StyledRun(String(repeating: glyphs.horizontal, count: max(0, rest)) + glyphs.topRight, .frame),
    ])
  }

  /// A block's heading: whose code it is and the file it belongs to.
  static func title(of block: CodeBlock) -> (String, Style) {
    switch block.side {
    case .flask: ("Flask" + (block.file.map { " · \($0)" } ?? ""), .flask)
    case .django: ("Django" + (block.file.map { " · \($0)" } ?? ""), .django)
    case .neither: (block.file ?? block.language.rawValue, .title)
    }
  }
}

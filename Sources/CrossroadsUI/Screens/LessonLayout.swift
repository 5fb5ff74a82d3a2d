import CrossroadsCore

/// Lays a lesson out as styled lines for a given width: the reader scrolls over them.
enum LessonLayout {
  static func lines(_ lesson: Lesson, width: Int, glyphs: Glyphs) -> [StyledLine] {
    layout(lesson, width: width, glyphs: glyphs).lines
  }

  /// The lines, the line where each Flask/Django pair starts, and where each block starts
  /// (after the summary), which keeps the reader's place when the width changes.
  static func layout(
    _ lesson: Lesson, width: Int, glyphs: Glyphs
  ) -> (lines: [StyledLine], pairStarts: [Int], blockStarts: [Int]) {
    var lines: [StyledLine] = []
    var pairStarts: [Int] = []
    var blockStarts: [Int] = []
    func gap() {
      if let last = lines.last, last != .blank { lines.append(.blank) }
    }
    // The title is in the title bar; the summary opens the page.
    lines += TextWrap.wrap([StyledRun(lesson.summary, .muted)], width: width)
    for block in lesson.blocks {
      gap()
      blockStarts.append(lines.count)
      switch block {
      case .heading(let level, let text):
        let style: Style = level == 1 ? .title : level == 2 ? .heading : .strong
        lines += TextWrap.wrap(text.spans.map { StyledRun($0.text, style) }, width: width)
      case .paragraph(let text):
        lines += TextWrap.wrap(runs(text), width: width)
      case .list(let ordered, let items):
        for (index, item) in items.enumerated() {
          let marker = ordered ? "\(index + 1). " : glyphs.bullet + " "
          lines += TextWrap.wrap(
            runs(item), width: width, indent: StyledRun(marker, .heading),
            hangingIndent: StyledRun(String(repeating: " ", count: marker.cellWidth)))
        }
      case .code(let block):
        let (title, style) = CodeBox.title(of: block)
        lines += CodeBox.lines(block, title: title, titleStyle: style, width: width, glyphs: glyphs)
      case .pair(let flask, let django):
        pairStarts.append(lines.count)
        lines += sideBySide(flask, django, width: width, glyphs: glyphs)
      }
    }
    return (lines, pairStarts, blockStarts)
  }

  /// Flask on the left, Django on the right, line for line.
  static func sideBySide(_ flask: CodeBlock, _ django: CodeBlock, width: Int, glyphs: Glyphs) -> [StyledLine]
  {
    let leftWidth = (width - 1) / 2
    let rightWidth = width - 1 - leftWidth
    let (leftTitle, leftStyle) = CodeBox.title(of: flask)
    let (rightTitle, rightStyle) = CodeBox.title(of: django)
    let left = CodeBox.lines(flask, title: leftTitle, titleStyle: leftStyle, width: leftWidth, glyphs: glyphs)
    let right = CodeBox.lines(
      django, title: rightTitle, titleStyle: rightStyle, width: rightWidth, glyphs: glyphs)
    return (0..<max(left.count, right.count)).map { row in
      var line = row < left.count ? left[row] : StyledLine(String(repeating: " ", count: leftWidth))
      line.runs.append(StyledRun(" "))
      if row < right.count { line.runs += right[row].runs }
      return line
    }
  }

  /// Styled runs for prose: plain text in `base`, code and strong text set apart from it.
  static func runs(_ text: RichText, base: Style = .plain) -> [StyledRun] {
    text.spans.map { span in
      switch span.kind {
      case .plain: StyledRun(span.text, base)
      case .code: StyledRun(span.text, base.reverse ? base : .code)
      case .strong:
        StyledRun(span.text, Style(foreground: base.foreground, bold: true, reverse: base.reverse))
      }
    }
  }
}

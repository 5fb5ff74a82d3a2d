import CrossroadsCore

/// Lessons and comparisons as plain lines, for printing without a terminal interface.
///
/// The same layout the reader draws, so the printed page and the screen agree.
public enum PlainText {
  public static func lesson(_ lesson: Lesson, width: Int, glyphs: Glyphs) -> [String] {
    var lines = ["Lesson \(lesson.number): \(lesson.title)", ""]
    lines += LessonLayout.lines(lesson, width: width, glyphs: glyphs).map(\.plain)
    lines += ["", "Check yourself"]
    for (number, question) in lesson.check.enumerated() {
      lines.append("")
      lines += TextWrap.wrap([StyledRun("\(number + 1). \(question.question)")], width: width).map(\.plain)
      for (index, choice) in question.choices.enumerated() {
        let marker = "   \(Character(Unicode.Scalar(UInt8(97 + index)))) "
        lines += TextWrap.wrap(
          [StyledRun(choice.text)], width: width, indent: StyledRun(marker),
          hangingIndent: StyledRun(String(repeating: " ", count: marker.count))
        ).map(\.plain)
      }
    }
    return lines.map { String($0.trimmingTrailingSpaces) }
  }

  /// Every Flask/Django pair of a lesson, side by side on the same lines.
  public static func compare(_ lesson: Lesson, width: Int, glyphs: Glyphs) -> [String] {
    var lines = ["\(lesson.title)"]
    for block in lesson.blocks {
      guard case .pair(let flask, let django) = block else { continue }
      lines.append("")
      lines += LessonLayout.sideBySide(flask, django, width: width, glyphs: glyphs).map(\.plain)
    }
    return lines.map { String($0.trimmingTrailingSpaces) }
  }
}

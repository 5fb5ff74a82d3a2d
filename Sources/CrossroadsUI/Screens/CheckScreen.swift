import CrossroadsCore

/// A lesson's knowledge check: one question at a time, each answer explained.
public struct CheckScreen: Sendable, Equatable {
  public let lessonID: String
  public var question = 0
  public var selection = 0
  /// The choice picked for the current question, once answered.
  public var answered: Int?
  public var correctAnswers = 0
  public var finished = false

  public init(lessonID: String) {
    self.lessonID = lessonID
  }

  static let hints = [
    KeyHint("↑↓", "choose"), KeyHint("Enter", "answer, next"), KeyHint("Esc", "back to the lesson"),
    KeyHint("r", "retry, once finished", inStatusLine: false),
  ]

  func title(_ context: ScreenContext) -> String {
    "Check: " + (context.course.lesson(id: lessonID)?.title ?? lessonID)
  }

  mutating func handle(_ key: Key, _ context: ScreenContext) -> Navigation {
    guard let lesson = context.course.lesson(id: lessonID), lesson.check.indices.contains(question) else {
      return .back
    }
    let current = lesson.check[question]
    switch key {
    case .up where answered == nil && !finished: selection = max(0, selection - 1)
    case .down where answered == nil && !finished: selection = min(current.choices.count - 1, selection + 1)
    case .character(let letter) where answered == nil && !finished:
      // a, b, c, d pick a choice directly.
      guard let value = letter.asciiValue, value >= 97, Int(value) - 97 < current.choices.count else { break }
      selection = Int(value) - 97
    case .enter where finished:
      return .back
    case .enter where answered == nil:
      answered = selection
      if selection == current.correctIndex { correctAnswers += 1 }
    case .enter:
      if question + 1 < lesson.check.count {
        question += 1
        selection = 0
        answered = nil
      } else {
        finished = true
        if correctAnswers == lesson.check.count { return .markDone(lessonID) }
      }
    case .character("r") where finished:
      self = CheckScreen(lessonID: lessonID)
    case let key where key.isBack:
      return .back
    default:
      break
    }
    return .stay
  }

  func draw(into canvas: inout Canvas, _ context: ScreenContext) {
    guard let lesson = context.course.lesson(id: lessonID) else { return }
    let area = context.body
    let width = min(area.width - 4, 100)
    var y = area.y + 1
    func write(_ runs: [StyledRun], indent: String = "", hanging: String = "") {
      for line in TextWrap.wrap(
        runs, width: width, indent: StyledRun(indent), hangingIndent: StyledRun(hanging))
      where y < area.maxY {
        canvas.put(line, x: area.x + 2, y: y)
        y += 1
      }
    }
    if finished {
      let total = lesson.check.count
      let passed = correctAnswers == total
      write([StyledRun("\(correctAnswers) of \(total) correct.", passed ? .heading : .error)])
      y += 1
      write([
        StyledRun(
          passed
            ? "Lesson done. Enter goes back to the lesson; the course list shows it as done."
            : "Press r to try again, or Enter to go back and reread the lesson.")
      ])
      return
    }
    let current = lesson.check[question]
    write([StyledRun("Question \(question + 1) of \(lesson.check.count)", .muted)])
    y += 1
    write(LessonLayout.runs(RichText(markdown: current.question), base: .strong))
    y += 1
    for (index, choice) in current.choices.enumerated() {
      let letter = String(Character(Unicode.Scalar(UInt8(97 + index))))
      let mark: String
      var style = Style.plain
      if let answered {
        let isCorrect = index == current.correctIndex
        mark = isCorrect ? context.glyphs.done : (index == answered ? "x" : " ")
        style = isCorrect ? .django : (index == answered ? .error : .muted)
      } else {
        mark = index == selection ? context.glyphs.pointer : " "
        if index == selection { style = .selected }
      }
      let prefix = "\(mark) \(letter)) "
      write(
        LessonLayout.runs(RichText(markdown: choice.text), base: style), indent: prefix,
        hanging: String(repeating: " ", count: prefix.count))
      if let answered, index == answered || index == current.correctIndex {
        write(
          LessonLayout.runs(RichText(markdown: choice.why), base: .muted), indent: "     ", hanging: "     ")
      }
      y += 1
    }
    if let answered {
      let right = answered == current.correctIndex
      write([
        StyledRun(right ? "Right. " : "Not quite. ", right ? .heading : .error), StyledRun("Enter goes on."),
      ])
    }
  }
}

import CrossroadsCore

/// A lesson's knowledge check: one question at a time, each answer explained.
public struct CheckScreen: Sendable, Equatable, KeyedScreen {
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

  enum Action: Sendable, Equatable {
    case previous, next
    case pick(Int)
    case answer, retry, back
  }

  /// Letters pick a choice directly: a) to the last choice of the question.
  private static let letters = "abcdefg"

  func keys(_ context: ScreenContext) -> KeyTable<Action> {
    let choosing = answered == nil && !finished
    let back = KeyTable<Action>.Entry("Esc", "back to the lesson", Key.backKeys, .back)
    if finished {
      return KeyTable([
        .init("Enter", "back to the lesson", [.enter], .answer),
        .init("r", "retry", [.character("r")], .retry),
        back,
      ])
    }
    guard choosing else { return KeyTable([.init("Enter", "next", Key.openKeys, .answer), back]) }
    let count =
      context.course.lesson(id: lessonID).map {
        $0.check.indices.contains(question) ? $0.check[question].choices.count : 0
      } ?? 0
    let letters = Array(Self.letters.prefix(count))
    return KeyTable([
      .init("↑↓", "choose", [(Key.upKeys, .previous), (Key.downKeys, .next)]),
      .init("Enter", "answer", [.enter, .right], .answer),
      back,
      .init(
        "a-\(letters.last ?? "a")", "choose by letter", inStatusLine: false,
        letters.enumerated().map { ([Key.character($0.element)], Action.pick($0.offset)) }),
    ])
  }

  func title(_ context: ScreenContext) -> String {
    "Check: " + (context.course.lesson(id: lessonID)?.title ?? lessonID)
  }

  mutating func perform(_ action: Action, _ context: ScreenContext) -> Navigation {
    guard let lesson = context.course.lesson(id: lessonID), lesson.check.indices.contains(question) else {
      return .back
    }
    let current = lesson.check[question]
    switch action {
    case .previous: selection = max(0, selection - 1)
    case .next: selection = min(current.choices.count - 1, selection + 1)
    case .pick(let index): selection = min(index, current.choices.count - 1)
    case .answer where finished:
      return .back
    case .answer where answered == nil:
      answered = selection
      if selection == current.correctIndex { correctAnswers += 1 }
    case .answer:
      if question + 1 < lesson.check.count {
        question += 1
        selection = 0
        answered = nil
      } else {
        finished = true
        if correctAnswers == lesson.check.count { return .markDone(lessonID) }
      }
    case .retry:
      self = CheckScreen(lessonID: lessonID)
    case .back:
      return .back
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

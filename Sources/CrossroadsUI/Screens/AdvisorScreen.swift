import CrossroadsCore

/// "Which fits my project?": one question per step, a summary, and the recommendation.
///
/// The whole questionnaire is one screen with steps, so going back and forth between
/// questions never loses an answer: the answers live here, not in a screen that is popped.
public struct AdvisorScreen: Sendable, Equatable, KeyedScreen {
  public enum Step: Sendable, Equatable {
    /// Offers the answers remembered from last time.
    case offer
    /// The question at this index of the questionnaire.
    case question(Int)
    case summary
    case result
  }

  public var step: Step
  public var answers: Answers
  /// The highlighted row: an offer's choice, an answer, a summary line, or a reason.
  public var cursor = 0
  /// The first reason shown, when there are more than fit.
  var scroll = 0
  /// Set while one answer is changed from the summary, so confirming it returns there.
  public var returnsToSummary = false
  public var recommendation: Recommendation?
  /// What became of the last save, shown under the result.
  public var notice: Notice?
  /// The answers remembered from last time, offered first.
  public let offered: Answers?
  /// A save waiting for "y" because its file exists.
  public var pendingReplace: AnswersSave?

  /// A line of feedback after a save.
  public struct Notice: Sendable, Equatable {
    public let text: String
    public let isError: Bool
  }

  public init(questionnaire: Questionnaire?, lastAnswers: Answers?) {
    offered = lastAnswers
    answers = questionnaire?.defaults ?? Answers()
    if lastAnswers != nil {
      step = .offer
    } else {
      step = .question(0)
      if let first = questionnaire?.questions.first { cursor = Self.selectedIndex(first, in: answers) }
    }
  }

  /// The index of the first chosen option of `question`, to put the cursor on.
  static func selectedIndex(_ question: Question, in answers: Answers) -> Int {
    question.options.firstIndex { answers[question.id].contains($0.id) } ?? 0
  }

  enum Action: Sendable, Equatable {
    case previous, next, first, last, choose, confirm, back, save, generate, measure, startOver
    /// While a save waits to replace an existing file: y replaces it, any other key keeps it.
    case replace
  }

  func keys(_ context: ScreenContext) -> KeyTable<Action> {
    switch step {
    case .offer: Self.offerKeys
    case .question: Self.questionKeys
    case .summary: Self.summaryKeys
    case .result where pendingReplace != nil: Self.replaceKeys
    case .result: Self.resultKeys
    }
  }

  static let replaceKeys = KeyTable<Action>([
    .init("y", "replace the file", [.character("y")], .replace),
    .init("n", "keep it", [], .replace),
  ])

  /// Any key but y answers no to replacing the file.
  mutating func unbound(_ key: Key, _ context: ScreenContext) -> Navigation {
    guard let pending = pendingReplace else { return .stay }
    pendingReplace = nil
    notice = Notice(text: "Not saved; \(pending.path) is unchanged.", isError: false)
    return .stay
  }

  private static let move = KeyTable<Action>.Entry(
    "↑↓", "move", [(Key.upKeys, .previous), (Key.downKeys, .next)])
  private static let ends = KeyTable<Action>.Entry(
    "Home/End", "first, last", inStatusLine: false, [([.home], .first), ([.end], .last)])
  private static let back = KeyTable<Action>.Entry("Esc", "back", Key.backKeys, .back)

  static let offerKeys = KeyTable<Action>([move, .init("Enter", "choose", Key.openKeys, .confirm), back])
  static let questionKeys = KeyTable<Action>([
    move, .init("Space", "choose", [.character(" ")], .choose), .init("Enter", "next", [.enter], .confirm),
    back,
    .init(
      "→ ←", "next, previous question", inStatusLine: false,
      [([.right, .character("l")], .confirm), ([.left, .character("h")], .back)]),
    ends,
  ])
  static let summaryKeys = KeyTable<Action>([
    move, .init("Enter", "change or see result", Key.openKeys, .confirm), back, ends,
  ])
  static let resultKeys = KeyTable<Action>([
    .init("g", "generate it", [.character("g")], .generate),
    .init("m", "measure both", [.character("m")], .measure),
    .init("s", "save answers", [.character("s")], .save),
    .init("r", "start over", [.character("r")], .startOver),
    .init("Esc", "edit", Key.backKeys, .back),
    .init("↑↓", "reasons", [(Key.upKeys, .previous), (Key.downKeys, .next)]),
  ])

  /// Where the user is in the questionnaire, for the status line: `3/6`.
  func progress(_ context: ScreenContext) -> String {
    guard case .question(let index) = step, let count = context.questionnaire?.questions.count else {
      return ""
    }
    return "\(index + 1)/\(count)"
  }

  /// The row of the step's list drawn at screen line `y`: an offer's choice, an answer, a
  /// summary line (the recommendation's is the last); nil off the list.
  func row(atLine y: Int, _ context: ScreenContext, _ questionnaire: Questionnaire) -> Int? {
    let top = context.body.y
    let count = questionnaire.questions.count
    let row: Int
    switch step {
    case .offer:
      row = y - (top + 6 + count)
      return (0..<2).contains(row) ? row : nil
    case .question(let index):
      row = y - (top + 5)
      return questionnaire.questions[index].options.indices.contains(row) ? row : nil
    case .summary:
      row = y - (top + 4)
      if (0..<count).contains(row) { return row }
      return row == count + 1 ? count : nil
    case .result:
      return nil
    }
  }

  /// A click picks the row under the pointer; on the row already picked it does what Enter
  /// (or, for a checkbox, Space) does.
  mutating func click(at point: Point, _ context: ScreenContext) -> Navigation {
    guard let questionnaire = context.questionnaire, let row = row(atLine: point.y, context, questionnaire)
    else { return .stay }
    let again = row == cursor
    cursor = row
    guard again else { return .stay }
    if case .question(let index) = step, questionnaire.questions[index].kind == .any {
      return perform(.choose, context)
    }
    return perform(.confirm, context)
  }

  mutating func perform(_ action: Action, _ context: ScreenContext) -> Navigation {
    guard let questionnaire = context.questionnaire else { return action == .back ? .back : .stay }
    switch step {
    case .offer: return handleOffer(action, questionnaire)
    case .question(let index): return handleQuestion(action, index, questionnaire)
    case .summary: return handleSummary(action, questionnaire, context)
    case .result: return handleResult(action, questionnaire, context)
    }
  }

  private mutating func handleOffer(_ action: Action, _ questionnaire: Questionnaire) -> Navigation {
    switch action {
    case .previous, .next: cursor = 1 - cursor
    case .confirm:
      if cursor == 0, let offered {
        answers = questionnaire.completed(offered)
        showSummary(row: questionnaire.questions.count)
      } else {
        startOver(questionnaire)
      }
    case .back: return .back
    default: break
    }
    return .stay
  }

  private mutating func handleQuestion(_ action: Action, _ index: Int, _ questionnaire: Questionnaire)
    -> Navigation
  {
    let question = questionnaire.questions[index]
    switch action {
    case .previous: cursor = max(0, cursor - 1)
    case .next: cursor = min(question.options.count - 1, cursor + 1)
    case .first: cursor = 0
    case .last: cursor = question.options.count - 1
    case .choose:
      choose(question.options[cursor].id, in: question)
    case .confirm:
      if question.kind == .one { choose(question.options[cursor].id, in: question) }
      if returnsToSummary {
        showSummary(row: index)
      } else if index + 1 < questionnaire.questions.count {
        showQuestion(index + 1, questionnaire)
      } else {
        showSummary(row: questionnaire.questions.count)
      }
    case .back:
      if returnsToSummary {
        showSummary(row: index)
      } else if index == 0 {
        return .back
      } else {
        showQuestion(index - 1, questionnaire)
      }
    default: break
    }
    return .stay
  }

  private mutating func handleSummary(
    _ action: Action, _ questionnaire: Questionnaire, _ context: ScreenContext
  ) -> Navigation {
    let rows = questionnaire.questions.count + 1
    switch action {
    case .previous: cursor = max(0, cursor - 1)
    case .next: cursor = min(rows - 1, cursor + 1)
    case .first: cursor = 0
    case .last: cursor = rows - 1
    case .confirm:
      if cursor < questionnaire.questions.count {
        showQuestion(cursor, questionnaire)
        returnsToSummary = true
      } else {
        return showResult(questionnaire, context)
      }
    case .back:
      showQuestion(questionnaire.questions.count - 1, questionnaire)
    default: break
    }
    return .stay
  }

  private mutating func handleResult(
    _ action: Action, _ questionnaire: Questionnaire, _ context: ScreenContext
  ) -> Navigation {
    let reasons = recommendation?.reasons.count ?? 0
    if let pending = pendingReplace {
      pendingReplace = nil
      return action == .replace ? .perform([.saveAnswers(pending.replacingExisting)]) : .stay
    }
    switch action {
    case .previous: cursor = max(0, cursor - 1)
    case .next: cursor = min(max(0, reasons - 1), cursor + 1)
    case .save:
      guard let path = context.storage.exportPath else {
        notice = Notice(text: "There is no folder to save the answers in.", isError: true)
        return .stay
      }
      return .perform([.saveAnswers(save(.export, to: path, questionnaire))])
    case .startOver:
      startOver(questionnaire)
    case .measure:
      // The same app in both frameworks, with the features these answers ask for.
      guard let recommendation else { break }
      return .push(
        .measure(
          MeasureScreen(
            request: MeasureScreen.Request(
              features: recommendation.features, answers: recommendation.answers),
            session: context.freshSession)))
    case .generate:
      // The matching sample: the framework it leans to, the features its needs ask for.
      guard let recommendation else { break }
      return .push(
        .generate(
          GenerateScreen(
            contentFiles: context.contentFiles, folder: context.workingDirectory,
            framework: recommendation.lean,
            features: recommendation.features, answers: recommendation.answers)))
    case .back:
      showSummary(row: questionnaire.questions.count)
    default: break
    }
    keepCursorVisible(context)
    return .stay
  }

  /// Scrolls the reasons so the highlighted one shows, after a key or a resize.
  mutating func keepCursorVisible(_ context: ScreenContext) {
    let visible = Self.reasonRows(context)
    if cursor < scroll { scroll = cursor }
    if cursor >= scroll + visible { scroll = cursor - visible + 1 }
  }

  /// Takes an answer: the one choice of a radio question, or a checkbox toggled.
  private mutating func choose(_ option: String, in question: Question) {
    switch question.kind {
    case .one:
      answers[question.id] = [option]
    case .any:
      var values = answers[question.id]
      if let index = values.firstIndex(of: option) {
        values.remove(at: index)
      } else {
        values.append(option)
      }
      answers[question.id] = question.ordered(values)
    }
  }

  private mutating func showQuestion(_ index: Int, _ questionnaire: Questionnaire) {
    step = .question(index)
    returnsToSummary = false
    cursor = Self.selectedIndex(questionnaire.questions[index], in: answers)
  }

  private mutating func showSummary(row: Int) {
    step = .summary
    returnsToSummary = false
    cursor = row
  }

  private mutating func showResult(_ questionnaire: Questionnaire, _ context: ScreenContext) -> Navigation {
    step = .result
    cursor = 0
    scroll = 0
    notice = nil
    recommendation = Recommender(
      questionnaire: questionnaire, samples: SampleManifest.all(in: context.contentFiles)
    )
    .recommend(answers)
    // Reaching a result remembers the answers, to offer them on the next visit.
    guard let path = context.storage.lastAnswersPath else { return .stay }
    return .perform([.saveAnswers(save(.remember, to: path, questionnaire))])
  }

  private mutating func startOver(_ questionnaire: Questionnaire) {
    answers = questionnaire.defaults
    recommendation = nil
    notice = nil
    showQuestion(0, questionnaire)
  }

  private func save(_ purpose: AnswersSave.Purpose, to path: String, _ questionnaire: Questionnaire)
    -> AnswersSave
  {
    let complete = questionnaire.completed(answers)
    // The state file is ours to replace; a file in the person's folder is asked about first.
    return AnswersSave(
      purpose: purpose, path: path, answers: complete,
      contents: AnswersFile.encode(complete, questionnaire: questionnaire), replacing: purpose == .remember)
  }

  /// Asks before replacing the file `save` would write.
  mutating func askToReplace(_ save: AnswersSave) {
    pendingReplace = save
    let name = save.path.split(separator: "/").last.map(String.init) ?? save.path
    notice = Notice(
      text: "\(name) exists here. Replace it? y replaces, any other key keeps it.", isError: true)
  }

  /// Shows what became of a save the runtime performed.
  mutating func saved(_ save: AnswersSave, failure: String?) {
    switch (save.purpose, failure) {
    case (.export, nil):
      notice = Notice(
        text: "Saved to \(save.path), for crossroads advise --answers.", isError: false)
    case (.export, .some(let failure)), (.remember, .some(let failure)):
      notice = Notice(text: "Could not save the answers: \(failure)", isError: true)
    case (.remember, nil):
      break
    }
  }

  /// How many reasons fit between the bars and the panel below them.
  static func reasonRows(_ context: ScreenContext) -> Int { max(1, context.body.height - 15) }
}

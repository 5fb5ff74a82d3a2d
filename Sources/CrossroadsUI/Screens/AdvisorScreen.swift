import CrossroadsCore

/// "Which fits my project?": one question per step, a summary, and the recommendation.
///
/// The whole questionnaire is one screen with steps, so going back and forth between
/// questions never loses an answer: the answers live here, not in a screen that is popped.
public struct AdvisorScreen: Sendable, Equatable {
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

  var hints: [KeyHint] {
    switch step {
    case .offer:
      [KeyHint("↑↓", "move"), KeyHint("Enter", "choose"), KeyHint("Esc", "back")]
    case .question:
      [
        KeyHint("↑↓", "move"), KeyHint("Space", "choose"), KeyHint("Enter", "next"), KeyHint("Esc", "back"),
        KeyHint("→ ←", "next, previous question", inStatusLine: false),
      ]
    case .summary:
      [KeyHint("↑↓", "move"), KeyHint("Enter", "change or see result"), KeyHint("Esc", "back")]
    case .result where pendingReplace != nil:
      [KeyHint("y", "replace the file"), KeyHint("n", "keep it")]
    case .result:
      [
        KeyHint("g", "generate it"), KeyHint("s", "save answers"), KeyHint("r", "start over"),
        KeyHint("Esc", "edit"),
        KeyHint("↑↓", "reasons"),
      ]
    }
  }

  /// Where the user is in the questionnaire, for the status line: `3/6`.
  func progress(_ context: ScreenContext) -> String {
    guard case .question(let index) = step, let count = context.questionnaire?.questions.count else {
      return ""
    }
    return "\(index + 1)/\(count)"
  }

  mutating func handle(_ key: Key, _ context: ScreenContext) -> Navigation {
    guard let questionnaire = context.questionnaire else { return key.isBack ? .back : .stay }
    switch step {
    case .offer: return handleOffer(key, questionnaire)
    case .question(let index): return handleQuestion(key, index, questionnaire)
    case .summary: return handleSummary(key, questionnaire, context)
    case .result: return handleResult(key, questionnaire, context)
    }
  }

  private mutating func handleOffer(_ key: Key, _ questionnaire: Questionnaire) -> Navigation {
    switch key {
    case .up, .down: cursor = 1 - cursor
    case .enter, .right:
      if cursor == 0, let offered {
        answers = questionnaire.completed(offered)
        showSummary(row: questionnaire.questions.count)
      } else {
        startOver(questionnaire)
      }
    case let key where key.isBack: return .back
    default: break
    }
    return .stay
  }

  private mutating func handleQuestion(_ key: Key, _ index: Int, _ questionnaire: Questionnaire) -> Navigation
  {
    let question = questionnaire.questions[index]
    switch key {
    case .up: cursor = max(0, cursor - 1)
    case .down: cursor = min(question.options.count - 1, cursor + 1)
    case .home: cursor = 0
    case .end: cursor = question.options.count - 1
    case .character(" "):
      choose(question.options[cursor].id, in: question)
    case .enter, .right:
      if question.kind == .one { choose(question.options[cursor].id, in: question) }
      if returnsToSummary {
        showSummary(row: index)
      } else if index + 1 < questionnaire.questions.count {
        showQuestion(index + 1, questionnaire)
      } else {
        showSummary(row: questionnaire.questions.count)
      }
    case let key where key.isBack:
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
    _ key: Key, _ questionnaire: Questionnaire, _ context: ScreenContext
  ) -> Navigation {
    let rows = questionnaire.questions.count + 1
    switch key {
    case .up: cursor = max(0, cursor - 1)
    case .down: cursor = min(rows - 1, cursor + 1)
    case .home: cursor = 0
    case .end: cursor = rows - 1
    case .enter, .right:
      if cursor < questionnaire.questions.count {
        showQuestion(cursor, questionnaire)
        returnsToSummary = true
      } else {
        return showResult(questionnaire, context)
      }
    case let key where key.isBack:
      showQuestion(questionnaire.questions.count - 1, questionnaire)
    default: break
    }
    return .stay
  }

  private mutating func handleResult(
    _ key: Key, _ questionnaire: Questionnaire, _ context: ScreenContext
  ) -> Navigation {
    let reasons = recommendation?.reasons.count ?? 0
    if let pending = pendingReplace {
      // Asked whether to replace an existing file: only "y" does; any other key keeps it.
      pendingReplace = nil
      if key == .character("y") { return .perform(.saveAnswers(pending.replacingExisting)) }
      notice = Notice(text: "Not saved; \(pending.path) is unchanged.", isError: false)
      return .stay
    }
    switch key {
    case .up: cursor = max(0, cursor - 1)
    case .down: cursor = min(max(0, reasons - 1), cursor + 1)
    case .character("s"):
      guard let path = context.storage.exportPath else {
        notice = Notice(text: "There is no folder to save the answers in.", isError: true)
        return .stay
      }
      return .perform(.saveAnswers(save(.export, to: path, questionnaire)))
    case .character("r"):
      startOver(questionnaire)
    case .character("g"):
      // The matching sample: the framework it leans to, the features its needs ask for.
      guard let recommendation else { break }
      return .push(
        .generate(
          GenerateScreen(
            contentFiles: context.contentFiles, folder: context.workingDirectory,
            framework: recommendation.lean,
            features: recommendation.features.map(\.rawValue), answers: recommendation.answers)))
    case let key where key.isBack:
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
    recommendation = Recommender(questionnaire: questionnaire).recommend(answers)
    // Reaching a result remembers the answers, to offer them on the next visit.
    guard let path = context.storage.lastAnswersPath else { return .stay }
    return .perform(.saveAnswers(save(.remember, to: path, questionnaire)))
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

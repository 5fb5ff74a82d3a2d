/// The questions that lead to a recommendation, read from `Lessons/questionnaire.yaml`.
public struct Questionnaire: Sendable, Equatable {
  public let questions: [Question]

  public init(questions: [Question]) {
    self.questions = questions
  }

  /// The name of the questionnaire's file among the content files.
  public static let fileName = "questionnaire.yaml"

  public func question(_ id: String) -> Question? {
    questions.first { $0.id == id }
  }

  /// Every question answered with its default.
  public var defaults: Answers {
    Answers(Dictionary(uniqueKeysWithValues: questions.map { ($0.id, $0.defaults) }))
  }

  /// `answers` with every missing answer filled in with its default, in questionnaire order.
  public func completed(_ answers: Answers) -> Answers {
    var result = Answers()
    for question in questions {
      result[question.id] = question.ordered(answers.values[question.id] ?? question.defaults)
    }
    return result
  }

  /// The questions `answers` leaves out, whose defaults will be taken.
  public func unanswered(_ answers: Answers) -> [Question] {
    questions.filter { answers.values[$0.id] == nil }
  }

  /// Checks one answer: the question exists and every value is one of its options.
  ///
  /// `name` is how the message names the question: `size` in a file, `--size` on a command line.
  public func validate(_ values: [String], for questionID: String, named name: String? = nil)
    throws(AnswerError)
  {
    let name = name ?? questionID
    guard let question = question(questionID) else {
      throw AnswerError(
        "unknown question '\(questionID)'; valid ones: \(questions.map(\.id).joined(separator: ", "))")
    }
    if question.kind == .one, values.count != 1 {
      throw AnswerError("\(name) takes exactly one value: \(question.validValues)")
    }
    for value in values where question.option(value) == nil {
      throw AnswerError("unknown value '\(value)' for \(name); valid values: \(question.validValues)")
    }
  }

  /// The highest score `framework` can reach: the best single answer to each question,
  /// and every checkbox that favours it.
  public func maximumScore(for framework: Framework) -> Int {
    questions.reduce(0) { total, question in
      let weights = question.options.map { $0.weight(for: framework) }
      return total + (question.kind == .one ? weights.max() ?? 0 : weights.reduce(0, +))
    }
  }
}

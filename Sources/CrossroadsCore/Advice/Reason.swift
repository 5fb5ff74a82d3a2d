/// One answer that moved the balance, and which way.
public struct Reason: Sendable, Equatable {
  public let questionID: String
  public let optionID: String
  public let favours: Framework
  /// How far the answer moved the balance: the difference of its two weights.
  public let weight: Int
  public let why: String

  public init(questionID: String, optionID: String, favours: Framework, weight: Int, why: String) {
    self.questionID = questionID
    self.optionID = optionID
    self.favours = favours
    self.weight = weight
    self.why = why
  }

  /// The answer as scripts name it: `team: solo`, `needs: admin`.
  public var answer: String { "\(questionID): \(optionID)" }
}

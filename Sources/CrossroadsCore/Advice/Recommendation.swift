/// What the answers add up to, and why: scores, the verdict, its reasons and what would change it.
public struct Recommendation: Sendable, Equatable {
  /// The verdict: one framework, or either when the scores are too close to call.
  public enum Verdict: String, Sendable, Equatable {
    case flask
    case django
    case either
  }

  public let verdict: Verdict
  /// The framework ahead, or for a tie the one the strongest reason favours; a close call
  /// still says which way it leans.
  public let lean: Framework
  public let flaskScore: Int
  public let djangoScore: Int
  /// From 0 to 1: the margin between the scores against how much was scored in all.
  public let confidence: Double
  /// Every answer that moved the balance, strongest first.
  public let reasons: [Reason]
  public let whatIf: WhatIf?
  /// What the sample should include, for the leaning framework: manifest feature names.
  public let features: [String]
  /// The answers it came from, defaults filled in.
  public let answers: Answers

  public init(
    verdict: Verdict, lean: Framework, flaskScore: Int, djangoScore: Int, confidence: Double,
    reasons: [Reason], whatIf: WhatIf?, features: [String], answers: Answers
  ) {
    self.verdict = verdict
    self.lean = lean
    self.flaskScore = flaskScore
    self.djangoScore = djangoScore
    self.confidence = confidence
    self.reasons = reasons
    self.whatIf = whatIf
    self.features = features
    self.answers = answers
  }

  public func score(_ framework: Framework) -> Int {
    framework == .flask ? flaskScore : djangoScore
  }

  /// The framework recommended, or nil when either fits.
  public var framework: Framework? {
    switch verdict {
    case .flask: .flask
    case .django: .django
    case .either: nil
    }
  }

  /// The verdict as a headline: "Django fits best" or "Either fits, leaning Flask".
  public var headline: String {
    switch framework {
    case .some(let framework): "\(framework.name) fits best"
    case .none:
      reasons.isEmpty ? "Either fits: nothing tips the balance" : "Either fits, leaning \(lean.name)"
    }
  }

  /// How sure the verdict is, in a word.
  public var strength: String {
    switch confidence {
    case ..<Recommender.eitherBelow: "a close call"
    case ..<0.5: "moderate"
    default: "strong"
    }
  }
}

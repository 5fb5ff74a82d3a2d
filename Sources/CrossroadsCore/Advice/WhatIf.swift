/// The smallest change of one answer that would put the other framework in the lead.
public struct WhatIf: Sendable, Equatable {
  public enum Change: Sendable, Equatable {
    /// Another answer to a radio question.
    case choose(String)
    /// A checkbox ticked.
    case add(String)
    /// A checkbox cleared.
    case remove(String)
  }

  public let questionID: String
  public let change: Change
  /// The framework that would lead after the change.
  public let leader: Framework
  /// The change as a sentence: "With a solo developer, Flask would lead."
  public let sentence: String

  public init(questionID: String, change: Change, leader: Framework, sentence: String) {
    self.questionID = questionID
    self.change = change
    self.leader = leader
    self.sentence = sentence
  }
}

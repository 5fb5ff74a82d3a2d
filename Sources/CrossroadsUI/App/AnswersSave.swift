import CrossroadsCore

/// Answers to write to a file, as an effect the runtime performs off `update`.
public struct AnswersSave: Sendable, Equatable {
  public enum Purpose: Sendable, Equatable {
    /// The state file, whose answers are offered on the next visit.
    case remember
    /// A file in the working folder, for `crossroads advise --answers`.
    case export
  }

  public let purpose: Purpose
  public let path: String
  public let answers: Answers
  /// The file's text: the answers as JSON.
  public let contents: String

  public init(purpose: Purpose, path: String, answers: Answers, contents: String) {
    self.purpose = purpose
    self.path = path
    self.answers = answers
    self.contents = contents
  }
}

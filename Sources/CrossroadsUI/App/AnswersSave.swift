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
  /// Whether an existing file may be replaced; if not and one exists, the runtime answers
  /// `Msg.answersExist` and writes nothing.
  public let replacing: Bool

  public init(purpose: Purpose, path: String, answers: Answers, contents: String, replacing: Bool) {
    self.purpose = purpose
    self.path = path
    self.answers = answers
    self.contents = contents
    self.replacing = replacing
  }

  /// The same save, allowed to replace the file that exists.
  public var replacingExisting: AnswersSave {
    AnswersSave(purpose: purpose, path: path, answers: answers, contents: contents, replacing: true)
  }
}

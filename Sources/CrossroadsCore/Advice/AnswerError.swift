/// An answer that does not fit the questionnaire; the message lists the valid values.
public struct AnswerError: Error, Sendable, Equatable, CustomStringConvertible {
  public let message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}

/// What is wrong in a file Crossroads reads (a lesson, the questionnaire, a sample's manifest,
/// an answers file) and where: shown as `file:line: message`, for its author to fix.
public struct ContentError: Error, Sendable, Equatable, CustomStringConvertible {
  public let file: String
  public let line: Int
  public let message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String { "\(file):\(line): \(message)" }
}

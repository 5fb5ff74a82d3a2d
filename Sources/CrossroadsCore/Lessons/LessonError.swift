/// What is wrong with a lesson file, and where: shown to authors as `file:line: message`.
public struct LessonError: Error, Sendable, Equatable, CustomStringConvertible {
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

/// A fenced code block of a lesson.
public struct CodeBlock: Sendable, Equatable {
  /// Whose code it is: one side of a comparison, or neither.
  public enum Side: String, Sendable, Equatable {
    case flask
    case django
    case neither
  }

  /// What the code is written in, which decides highlighting and checking.
  public enum Language: String, Sendable, Equatable {
    case python
    case console
    case html
    case text
  }

  public let side: Side
  /// The file the code belongs to, shown as the block's heading.
  public let file: String?
  public let language: Language
  public let code: String
  /// The line of the opening fence in the lesson file.
  public let line: Int

  public init(side: Side, file: String?, language: Language, code: String, line: Int) {
    self.side = side
    self.file = file
    self.language = language
    self.code = code
    self.line = line
  }

  /// The code's lines, without a final empty one.
  public var lines: [Substring] {
    code.split(separator: "\n", omittingEmptySubsequences: false)
  }
}

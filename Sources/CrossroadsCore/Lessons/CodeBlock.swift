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

  /// Where a block shows part of a sample's template instead of code of its own.
  public struct Include: Sendable, Equatable {
    /// The template's path inside `samples/<framework>/`, e.g. `_project_/models.py`.
    public let templatePath: String
    public let region: String
    /// The features the sample is rendered with; nil for all of them.
    public let features: [String]?
  }

  public let side: Side
  /// The file the code belongs to, shown as the block's heading.
  public let file: String?
  public let language: Language
  public let code: String
  /// The line of the opening fence in the lesson file.
  public let line: Int
  /// Set until the course fills `code` in from the sample's template.
  public let include: Include?

  public init(side: Side, file: String?, language: Language, code: String, line: Int, include: Include? = nil)
  {
    self.side = side
    self.file = file
    self.language = language
    self.code = code
    self.line = line
    self.include = include
  }

  /// The same block showing `code`, its include resolved.
  func resolved(_ code: String) -> CodeBlock {
    CodeBlock(side: side, file: file, language: language, code: code, line: line)
  }

  /// The code's lines, without a final empty one.
  public var lines: [Substring] {
    code.split(separator: "\n", omittingEmptySubsequences: false)
  }
}

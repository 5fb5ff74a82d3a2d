/// Why a project name was refused, and a name that would be accepted.
public struct ProjectNameError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The rule a name broke; each says what the rule is, so the message teaches it.
  public enum Rule: Sendable, Equatable {
    case empty
    case character(Character)
    case start
    case length(Int)
    case keyword
    case standardLibrary
    case sampleModule
  }

  public let name: String
  public let rule: Rule
  public let suggestion: String?

  /// What is wrong, in one sentence.
  public var reason: String {
    switch rule {
    case .empty:
      "The project needs a name."
    case .character(let character):
      "'\(character)' is not allowed: use lowercase letters a-z, digits and underscores."
    case .start:
      "The name must start with a lowercase letter."
    case .length(let count):
      "The name has \(count) characters; at most \(ProjectName.maximumLength) are allowed."
    case .keyword:
      "'\(name)' is a Python keyword, so it cannot be imported."
    case .standardLibrary:
      "'\(name)' is a module of Python's standard library; the project would hide it."
    case .sampleModule:
      "'\(name)' is a module the sample or its tools import; the project would hide it."
    }
  }

  public var description: String {
    guard let suggestion else { return reason }
    return "\(reason) Try '\(suggestion)'."
  }
}

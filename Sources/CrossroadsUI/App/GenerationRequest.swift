import CrossroadsCore

/// A project the user asked for on the generate screen, for the runtime to write.
public struct GenerationRequest: Sendable, Equatable {
  public let framework: Framework
  public let name: String
  public let features: [String]
  public let parent: String
  public let answers: Answers?

  public init(framework: Framework, name: String, features: [String], parent: String, answers: Answers? = nil)
  {
    self.answers = answers
    self.framework = framework
    self.name = name
    self.features = features
    self.parent = parent
  }
}

/// What became of a `GenerationRequest`.
public enum GenerationOutcome: Sendable, Equatable {
  case written(path: String, fileCount: Int)
  /// Nothing was written; the message says why and what to do.
  case refused(String)
}

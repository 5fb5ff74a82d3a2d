/// Where the advisor's answers are kept, and what was kept last time; found by the program
/// at start-up so that `update` never looks at the disk or the environment.
public struct AdvisorStorage: Sendable, Equatable {
  /// The state file of the last answers, or nil when there is no home folder to keep it in.
  public let lastAnswersPath: String?
  /// That file's text as read at start-up, or nil when there was none.
  public let lastAnswersText: String?
  /// Where "save answers" writes a copy for scripts.
  public let exportPath: String?

  public init(lastAnswersPath: String? = nil, lastAnswersText: String? = nil, exportPath: String? = nil) {
    self.lastAnswersPath = lastAnswersPath
    self.lastAnswersText = lastAnswersText
    self.exportPath = exportPath
  }

  /// The same storage without a state file: answers are neither offered nor remembered.
  public var notRemembering: AdvisorStorage {
    AdvisorStorage(lastAnswersPath: nil, lastAnswersText: nil, exportPath: exportPath)
  }

  /// The name of the copy "save answers" writes into the working folder.
  public static let exportName = "crossroads-answers.json"
}

/// Every file of a project about to be generated, rendered and ready to write.
public struct ProjectPlan: Sendable, Equatable {
  /// One file: its path inside the project and its exact contents.
  public struct File: Sendable, Equatable {
    public let path: String
    public let contents: String
    /// A script with a `#!` line gets the execute bit, as `startproject` gives `manage.py`.
    public var isExecutable: Bool { contents.hasPrefix("#!") }
  }

  public let name: ProjectName
  public let framework: Framework
  /// The features included, closed under `requires`, in the manifest's order.
  public let features: [String]
  /// Sorted by path.
  public let files: [File]
}

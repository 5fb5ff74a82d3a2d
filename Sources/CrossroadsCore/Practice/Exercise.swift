/// One practice exercise: a change the learner makes to their own generated sample, in a
/// Flask and a Django version, each with the check that tells whether it is done.
///
/// Read from `Lessons/exercises/ID/exercise.yaml` and the files beside it.
public struct Exercise: Sendable, Equatable, Identifiable {
  /// One framework's version: what to change, where, and how it is checked.
  public struct Version: Sendable, Equatable {
    public let framework: Framework
    /// What to do, in a few sentences.
    public let task: String
    /// The sample features the practice project needs for this exercise.
    public let features: [String]
    /// The files the learner touches, relative to the project (`_project_` is the package).
    public let files: [String]
    /// Revealed one at a time.
    public let hints: [String]
    /// The check module's name and text: a pytest module (Flask), a Django test module.
    public let checkName: String
    public let check: String
    /// The reference solution: each changed file's path in the project and its whole text.
    public let solution: [String: String]
    /// Variables the check runs with (debug off, production settings).
    public let environment: [String: String]

    public init(
      framework: Framework, task: String, features: [String], files: [String], hints: [String],
      checkName: String, check: String, solution: [String: String], environment: [String: String] = [:]
    ) {
      self.framework = framework
      self.task = task
      self.features = features
      self.files = files
      self.hints = hints
      self.checkName = checkName
      self.check = check
      self.solution = solution
      self.environment = environment
    }

    /// `files` with the package's name in place of `_project_`.
    public func files(package: String) -> [String] {
      files.map { Exercise.resolve($0, package: package) }
    }

    /// The solution's files as they go into a project whose package is `package`.
    public func solution(package: String) -> [String: String] {
      Dictionary(
        uniqueKeysWithValues: solution.map {
          (Exercise.resolve($0.key, package: package), Exercise.resolve($0.value, package: package))
        })
    }
  }

  public let id: String
  public let title: String
  /// The id of the lesson that teaches it, which ends by pointing here.
  public let lesson: String
  /// Where it was read from, for messages (`Lessons/exercises/health/exercise.yaml`).
  public let file: String
  public let versions: [Framework: Version]

  public init(id: String, title: String, lesson: String, file: String, versions: [Framework: Version]) {
    self.id = id
    self.title = title
    self.lesson = lesson
    self.file = file
    self.versions = versions
  }

  /// The placeholder for the package's name in paths and solutions, as in the templates.
  public static let packagePlaceholder = "_project_"

  public static func resolve(_ text: String, package: String) -> String {
    text.replacing(packagePlaceholder, with: package)
  }

  /// The key of one version's state in the progress: `health/flask`.
  public static func stateKey(id: String, framework: Framework) -> String { "\(id)/\(framework.rawValue)" }
}

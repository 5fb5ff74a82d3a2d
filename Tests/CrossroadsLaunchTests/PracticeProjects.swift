import CrossroadsCore
import Foundation
import Testing

@testable import CrossroadsLaunch

/// One practice project per framework, written by `crossroads practice start` and shared by
/// every practice test of the run, with one Python environment (the one the generated
/// samples' tests use, as the requirements are the same).
enum PracticeProjects {
  /// The repository's `Lessons/`, read as the program reads `--lessons DIR`.
  static let lessonFiles: [String: String] = {
    let lessons = URL(filePath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appending(path: "Lessons").path()
    return (try? ContentFiles.read(directory: lessons)) ?? [:]
  }()

  static let catalog = ExerciseCatalog(files: lessonFiles)

  struct Project: Sendable {
    let target: LaunchTarget
    let python: String
  }

  static let flask = Result { try make(.flask) }
  static let django = Result { try make(.django) }

  static func project(_ framework: Framework) throws -> Project {
    try (framework == .flask ? flask : django).get()
  }

  private static func make(_ framework: Framework) throws -> Project {
    let parent = Fixture.runRoot.appending(
      path: "practice-\(framework.rawValue)-\(UUID().uuidString.prefix(8))"
    )
    .path()
    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    let started = try Command.run([
      crossroadsBinary, "practice", "start", "--framework", framework.rawValue, "--into", parent,
    ])
    guard started.status == 0 else { throw PythonEnvironments.SetupError(description: started.report) }
    let directory = parent + "/practice_\(framework.rawValue)"
    return Project(
      target: try LaunchTarget.load(directory: directory),
      python: try PythonEnvironments.python(forProject: directory))
  }

  /// A copy of `project` in a new folder, for changes a test makes.
  static func copy(_ project: Project, named name: String) throws -> Project {
    let parent = Fixture.runRoot.appending(path: "\(name)-\(UUID().uuidString.prefix(8))").path()
    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    let directory =
      parent + "/" + (project.target.directory.split(separator: "/").last.map(String.init) ?? "")
    try FileManager.default.copyItem(atPath: project.target.directory, toPath: directory)
    return Project(target: try LaunchTarget.load(directory: directory), python: project.python)
  }

  /// Writes exercise `id`'s reference solution into `project`.
  static func applySolution(_ id: String, to project: Project) throws {
    let version = try #require(catalog.exercise(id: id)?.versions[project.target.framework])
    let package = PracticeCheck.package(of: project.target)
    for (path, text) in version.solution(package: package) {
      let file = project.target.directory + "/" + path
      try FileManager.default.createDirectory(
        atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try text.write(toFile: file, atomically: true, encoding: .utf8)
    }
  }

  /// Every file and folder below `directory` with its modification time and size: what
  /// "the check wrote nothing" compares.
  static func tree(_ directory: String) -> [String: String] {
    var found: [String: String] = [:]
    let manager = FileManager.default
    for relative in (try? manager.subpathsOfDirectory(atPath: directory)) ?? [] {
      let attributes = try? manager.attributesOfItem(atPath: directory + "/" + relative)
      let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
      let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
      found[relative] = "\(modified) \(size)"
    }
    return found
  }

  /// The environment cache layout `crossroads` looks for, pointing at the shared environment,
  /// so the binary finds it as if `crossroads run --check` had made it.
  static func cacheHome(for project: Project) throws -> String {
    let home = Fixture.runRoot.appending(path: "practice-cache").path()
    let root = home + "/crossroads/envs"
    let requirements = try #require(EnvironmentCache.requirements(project.target.requirementsPaths))
    let entry = root + "/3-practice-" + EnvironmentCache.hash(requirements)
    let environment = URL(filePath: project.python).deletingLastPathComponent().deletingLastPathComponent()
      .path()
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    if !FileManager.default.fileExists(atPath: entry) {
      try FileManager.default.createSymbolicLink(atPath: entry, withDestinationPath: environment)
    }
    let stamp = entry + "/" + EnvironmentCache.stampName
    if !FileManager.default.fileExists(atPath: stamp) {
      try "made by the practice tests\n".write(toFile: stamp, atomically: true, encoding: .utf8)
    }
    return home
  }
}

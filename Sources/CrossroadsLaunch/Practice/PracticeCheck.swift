import CrossroadsCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs one exercise's check against the learner's project, from outside it.
///
/// The check module and the framework's support code go into a temporary folder; the runner
/// is the sample's own (pytest for Flask, `manage.py test` for Django) in the sample's cached
/// environment, with no bytecode and no pytest cache written. Flask checks build the app
/// from its factory with a temporary database and instance folder; Django's test database is
/// SQLite in memory. So the project's files are only read.
public struct PracticeCheck: Sendable {
  public let exerciseID: String
  public let version: Exercise.Version
  /// The framework's support files (`conftest.py`, `runner.py`), by name.
  public let support: [String: String]
  public let target: LaunchTarget
  /// The Python of the sample's environment.
  public let python: String

  /// A check that ran longer than this is stopped and reported as such.
  public static let timeout = Duration.seconds(120)

  public init(
    exerciseID: String, version: Exercise.Version, support: [String: String], target: LaunchTarget,
    python: String
  ) {
    self.exerciseID = exerciseID
    self.version = version
    self.support = support
    self.target = target
    self.python = python
  }

  /// The check for `exercise` in the project at `target`, in the environment an earlier
  /// launch or `crossroads run DIR --check` prepared; nil when there is none yet.
  public static func prepared(
    _ exercise: Exercise, catalog: ExerciseCatalog, target: LaunchTarget, cacheRoot: String? = nil
  ) -> PracticeCheck? {
    guard let version = exercise.versions[target.framework],
      let cached = EnvironmentCache(root: cacheRoot).cached(requirementsPaths: target.requirementsPaths)
    else { return nil }
    return PracticeCheck(
      exerciseID: exercise.id, version: version, support: catalog.support[target.framework] ?? [:],
      target: target, python: cached.entry.python)
  }

  /// The package the project's code lives in: the Flask app's, or the Django project's
  /// (named like its folder, as `generate` writes it); what `_project_` stands for.
  public static func package(of target: LaunchTarget) -> String {
    switch target.framework {
    case .flask: target.flaskPackage() ?? String(target.directory.split(separator: "/").last ?? "")
    case .django: String(target.directory.split(separator: "/").last ?? "")
    }
  }

  var package: String { Self.package(of: target) }

  /// Name of the package the Django check is put in, apart from the learner's own.
  static let djangoPackage = "crossroads_check"

  /// The command that runs the check laid out in `folder` (see `layOut`).
  func command(folder: String) -> ChildCommand {
    var environment: [String: String?] = [
      "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1",
      "CROSSROADS_PROJECT": target.directory, "CROSSROADS_PACKAGE": package,
      "CROSSROADS_RESULT": folder + "/result.txt",
    ]
    for (name, value) in version.environment { environment[name] = value }
    switch target.framework {
    case .flask:
      environment["PYTHONPATH"] = target.directory
      return ChildCommand(
        executable: python,
        arguments: [
          "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", folder, "-c", folder + "/pytest.ini",
          folder + "/" + version.checkName,
        ], environment: environment, workingDirectory: folder)
    case .django:
      environment["PYTHONPATH"] = folder
      let module = String(version.checkName.dropLast(version.checkName.hasSuffix(".py") ? 3 : 0))
      return ChildCommand(
        executable: python,
        arguments: [
          "manage.py", "test", "\(Self.djangoPackage).\(module)", "--noinput",
          "--testrunner", "\(Self.djangoPackage).runner.CheckRunner",
        ], environment: environment, workingDirectory: target.directory)
    }
  }

  /// Writes the check and its support into `folder`.
  func layOut(in folder: String) throws {
    switch target.framework {
    case .flask:
      try FileSystem.write("[pytest]\n", to: folder + "/pytest.ini")
      for (name, text) in support { try FileSystem.write(text, to: folder + "/" + name) }
      try FileSystem.write(version.check, to: folder + "/" + version.checkName)
    case .django:
      let package = folder + "/" + Self.djangoPackage
      try FileSystem.createDirectory(package)
      try FileSystem.write("", to: package + "/__init__.py")
      for (name, text) in support { try FileSystem.write(text, to: package + "/" + name) }
      try FileSystem.write(version.check, to: package + "/" + version.checkName)
    }
  }

  /// Runs the check to its end in `groups`, each output line handed to `onLine`.
  public func run(groups: ProcessGroups, onLine: @escaping @Sendable (String) -> Void = { _ in }) async
    -> CheckOutcome
  {
    let clock = ContinuousClock()
    let start = clock.now
    func seconds() -> Double {
      let elapsed = (clock.now - start).components
      return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    }
    guard let folder = Self.temporaryFolder() else {
      return CheckOutcome(
        passed: false, sentence: "A temporary folder for the check could not be made.", output: [],
        seconds: seconds())
    }
    defer { FileSystem.remove(folder) }
    do {
      try layOut(in: folder)
    } catch {
      return CheckOutcome(
        passed: false, sentence: "The check could not be written to \(folder): \(error)", output: [],
        seconds: seconds())
    }
    do {
      let result = try await command(folder: folder).run(
        groups: groups, timeout: Self.timeout, keep: 400, onLine: onLine)
      let recorded = FileSystem.read(folder + "/result.txt").map { String(decoding: $0, as: UTF8.self) }
      if result.timedOut {
        return CheckOutcome(
          passed: false, sentence: "The check took longer than \(Self.timeout) and was stopped.",
          output: result.lastLines, seconds: seconds())
      }
      return CheckOutcome.make(
        succeeded: result.succeeded, recorded: recorded, output: result.lastLines, status: result.statusText,
        seconds: seconds())
    } catch {
      return CheckOutcome(
        passed: false, sentence: "The check could not be started: \(error)", output: [], seconds: seconds())
    }
  }

  /// A new private folder under `$TMPDIR` (else /tmp).
  static func temporaryFolder() -> String? {
    let base = ProcessEnvironment.value("TMPDIR").flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
    var template = Array((base + "/crossroads-check-XXXXXX").utf8CString)
    return template.withUnsafeMutableBufferPointer { buffer in
      mkdtemp(buffer.baseAddress!).map { String(cString: $0) }
    }
  }
}

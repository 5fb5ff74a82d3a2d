/// Runs a sample's own test suite in its environment: pytest for Flask, `manage.py test`
/// for Django, as each framework's docs do.
public struct SampleTests: Sendable {
  /// How the suite ended, with the runner's own summary line ("3 passed in 0.12s", "OK").
  public struct Summary: Sendable, Equatable {
    public let passed: Bool
    public let summary: String
    public let lastLines: [String]
  }

  public let target: LaunchTarget
  public let environment: EnvironmentCache.Entry

  public init(target: LaunchTarget, environment: EnvironmentCache.Entry) {
    self.target = target
    self.environment = environment
  }

  /// Runs the suite to its end (at most five minutes), passing on each output line.
  public func run(groups: ProcessGroups, onLine: @escaping @Sendable (String) -> Void = { _ in }) async
    -> Summary
  {
    let arguments =
      switch target.framework {
      case .flask: ["-m", "pytest", "-q", "-p", "no:cacheprovider"]
      case .django: ["manage.py", "test", "--noinput"]
      }
    // No .pyc files or pytest cache written into the person's project by a check.
    let command = ChildCommand(
      executable: environment.python, arguments: arguments,
      environment: ["PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1"],
      workingDirectory: target.directory)
    do {
      let result = try await command.run(groups: groups, timeout: .seconds(300), keep: 60, onLine: onLine)
      return Summary(
        passed: result.succeeded, summary: Self.summary(of: result.lastLines) ?? result.statusText,
        lastLines: result.lastLines)
    } catch {
      return Summary(passed: false, summary: "could not run the tests: \(error)", lastLines: [])
    }
  }

  /// The line where the runner totals up: pytest's "N passed", unittest's "Ran N tests"/"OK".
  static func summary(of lines: [String]) -> String? {
    let trimmed = lines.map { $0.trimmingPrefix(while: { $0 == "=" || $0 == " " }) }.map(String.init)
    // unittest's total first: a Django test's own output may well say "error" or "failed".
    if let ran = trimmed.last(where: { $0.hasPrefix("Ran ") && $0.contains(" test") }) {
      let verdict = trimmed.last(where: { $0 == "OK" || $0.hasPrefix("OK (") || $0.hasPrefix("FAILED") })
      return verdict.map { "\(ran): \($0)" } ?? ran
    }
    let pytest = trimmed.last { $0.contains(" passed") || $0.contains(" failed") || $0.contains(" error") }
    return pytest.map { String($0.prefix(while: { $0 != "=" }).trimmingTrailingSpaces) }
  }
}

extension SampleTests {
  /// The sample's suite in the environment a launch of it prepared, or nil when no launch
  /// has yet (the run screen offers its tests once the environment step is done).
  public static func prepared(for target: LaunchTarget, cacheRoot: String? = nil) -> SampleTests? {
    EnvironmentCache(root: cacheRoot).cached(requirementsPaths: target.requirementsPaths).map {
      SampleTests(target: target, environment: $0.entry)
    }
  }
}

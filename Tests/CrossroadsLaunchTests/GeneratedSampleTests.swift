import Foundation
import Testing

/// The `crossroads` binary built beside this test bundle.
let crossroadsBinary: String = {
  let executable = URL(filePath: "/proc/self/exe").resolvingSymlinksInPath()
  return executable.deletingLastPathComponent().appending(path: "crossroads").path()
}()

extension RealPython {
  /// Generates each sample with the real binary and runs it with real Python: its own tests,
  /// Django's system checks, its deployment checks with the production variables and its
  /// migration check, ruff's checks and its formatting, and every endpoint of its marker against
  /// its development server.
  ///
  /// Four samples by default (each framework with no feature and with all); all 32 feature
  /// combinations with `CROSSROADS_ALL_SAMPLES=1`.
  ///
  /// Serialized: the tests share cached environments, and pip installing two at once on a
  /// small machine is no faster than one after the other.
  @Suite(
    .serialized,
    .enabled(
      if: PythonEnvironments.isAvailable,
      "python3 with venv is not installed (apt-get install python3-venv); the generated samples were not run")
  )
  struct GeneratedSampleTests {
    static let allFeatures = "orm,admin,html,auth"

    /// What `check --deploy` needs to be clean, as the Django sample's README lists them.
    static let productionVariables = [
      "DJANGO_DEBUG": "false", "DJANGO_SECRET_KEY": "a-test-key-" + String(repeating: "q7Zx", count: 12),
      "DJANGO_ALLOWED_HOSTS": "example.com", "DJANGO_SECURE_HSTS_SECONDS": "31536000",
      "DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS": "true", "DJANGO_SECURE_HSTS_PRELOAD": "true",
    ]

    static let samples: [(String, String)] = {
      guard ProcessInfo.processInfo.environment["CROSSROADS_ALL_SAMPLES"] == "1" else {
        return [("flask", ""), ("flask", allFeatures), ("django", ""), ("django", allFeatures)]
      }
      let features = allFeatures.split(separator: ",")
      let subsets = (0..<(1 << features.count)).map { mask in
        features.indices.filter { mask & (1 << $0) != 0 }.map { String(features[$0]) }.joined(separator: ",")
      }
      return ["flask", "django"].flatMap { framework in subsets.map { (framework, $0) } }
    }()

    @Test(arguments: samples)
    func theSamplePassesItsOwnChecks(framework: String, features: String) throws {
      let parent = FileManager.default.temporaryDirectory
        .appending(path: "crossroads-generated-\(UUID().uuidString.prefix(8))").path()
      try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: parent) }

      var arguments = [
        crossroadsBinary, "generate", "--framework", framework, "--name", "sample", "--into", parent,
      ]
      if !features.isEmpty { arguments += ["--features", features] }
      let generated = try Command.run(arguments)
      try #require(generated.status == 0, "\(generated.report)")
      let project = parent + "/sample"

      let python = try PythonEnvironments.python(forProject: project)

      var checks: [(arguments: [String], environment: [String: String])] = []
      switch framework {
      case "flask":
        checks.append(([python, "-m", "pytest", "-q", "-p", "no:cacheprovider"], [:]))
      default:
        checks.append(([python, "manage.py", "check", "--fail-level", "WARNING"], [:]))
        checks.append(
          ([python, "manage.py", "check", "--deploy", "--fail-level", "WARNING"], Self.productionVariables))
        checks.append(([python, "manage.py", "makemigrations", "--check", "--dry-run"], [:]))
        checks.append(([python, "manage.py", "test", "--verbosity", "1"], [:]))
      }
      checks.append(([python, "-m", "ruff", "check", "--no-cache", "."], [:]))
      checks.append(([python, "-m", "ruff", "format", "--check", "--no-cache", "."], [:]))
      for check in checks {
        let result = try Command.run(
          check.arguments, in: project, environment: check.environment, timeout: 300)
        #expect(result.status == 0, "\(result.report)")
      }

      try expectEveryEndpointAnswers(framework: framework, project: project, python: python)
    }

    /// Runs the development server as the README says and probes every endpoint the marker
    /// lists, as `crossroads run --check` will: the marker's promises hold on a real server.
    private func expectEveryEndpointAnswers(framework: String, project: String, python: String) throws {
      // The database's tables first, as the README says: migrate, or Flask-Migrate's upgrade.
      let migrate =
        framework == "django"
        ? [python, "manage.py", "migrate", "--verbosity", "0"]
        : [python, "-m", "flask", "--app", "sample", "db", "upgrade"]
      if framework == "django" || FileManager.default.fileExists(atPath: project + "/migrations") {
        let migrated = try Command.run(migrate, in: project)
        try #require(migrated.status == 0, "\(migrated.report)")
      }
      let server = try DevServer(
        { port in
          framework == "flask"
            ? [python, "-m", "flask", "--app", "sample", "run", "--port", "\(port)"]
            : [python, "manage.py", "runserver", "--noreload", "127.0.0.1:\(port)"]
        }, in: project)
      defer { server.stop() }
      let script = project + "/../probe.py"
      try DevServer.probeScript.write(toFile: script, atomically: true, encoding: .utf8)
      let probe = try Command.run(
        [python, script, "http://127.0.0.1:\(server.port)", project + "/.crossroads.json"], timeout: 120)
      #expect(probe.status == 0, "\(probe.report)\nserver:\n\(server.output.suffix(3000))")
    }
  }
}

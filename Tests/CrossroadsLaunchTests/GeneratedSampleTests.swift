import Foundation
import Testing

/// The `crossroads` binary built beside this test bundle.
let crossroadsBinary: String = {
  let executable = URL(filePath: "/proc/self/exe").resolvingSymlinksInPath()
  return executable.deletingLastPathComponent().appending(path: "crossroads").path()
}()

/// Generates each sample with the real binary and runs it with real Python: its own tests,
/// Django's system checks and migration check, ruff's default rules, and every endpoint of
/// its marker against its development server.
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

  @Test(arguments: [
    ("flask", ""), ("flask", allFeatures), ("django", ""), ("django", allFeatures),
  ])
  func theSamplePassesItsOwnChecks(framework: String, features: String) throws {
    let parent = FileManager.default.temporaryDirectory
      .appending(path: "crossroads-launch-\(UUID().uuidString.prefix(8))").path()
    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: parent) }

    var arguments = [
      crossroadsBinary, "generate", "--framework", framework, "--name", "sample", "--into", parent,
    ]
    if !features.isEmpty { arguments += ["--features", features] }
    let generated = try Command.run(arguments)
    try #require(generated.status == 0, "\(generated.report)")
    let project = parent + "/sample"

    let requirements = try String(contentsOfFile: project + "/requirements.txt", encoding: .utf8)
    let python = try PythonEnvironments.python(for: requirements)

    var checks: [[String]] = []
    switch framework {
    case "flask":
      checks.append([python, "-m", "pytest", "-q", "-p", "no:cacheprovider"])
    default:
      checks.append([python, "manage.py", "check", "--fail-level", "WARNING"])
      checks.append([python, "manage.py", "makemigrations", "--check", "--dry-run"])
      checks.append([python, "manage.py", "test", "--verbosity", "1"])
    }
    checks.append([python, "-m", "ruff", "check", "--no-cache", "."])
    for check in checks {
      let result = try Command.run(check, in: project, timeout: 300)
      #expect(result.status == 0, "\(result.report)")
    }

    try expectEveryEndpointAnswers(framework: framework, project: project, python: python)
  }

  /// Runs the development server as the README says and probes every endpoint the marker
  /// lists, as `crossroads run --check` will: the marker's promises hold on a real server.
  private func expectEveryEndpointAnswers(framework: String, project: String, python: String) throws {
    if framework == "django" {
      let migrated = try Command.run([python, "manage.py", "migrate", "--verbosity", "0"], in: project)
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

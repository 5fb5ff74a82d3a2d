import Foundation
import Testing

/// The `crossroads` binary built beside this test bundle.
let crossroadsBinary: String = {
  let executable = URL(filePath: "/proc/self/exe").resolvingSymlinksInPath()
  return executable.deletingLastPathComponent().appending(path: "crossroads").path()
}()

/// Generates each sample with the real binary and runs it with real Python: its own tests,
/// Django's system checks and migration check, and ruff's default rules.
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
  }
}

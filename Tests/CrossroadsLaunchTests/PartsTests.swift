import Foundation
import Testing

@testable import CrossroadsCore
@testable import CrossroadsLaunch

/// The launcher's pure pieces, without Python.
struct PartsTests {
  @Test func aPortOutsideTheRangeIsNeverTried() {
    #expect(PortFinder.firstFree(from: 99_999) == nil)
    #expect(PortFinder.firstFree(from: 0) == nil)
    #expect(PortFinder.firstFree(from: 65_535, attempts: 100).map { $0 <= 65_535 } ?? true)
  }

  @Test func installOutputBecomesPackageNames() {
    #expect(
      EnvironmentCache.progressLine(
        "Collecting click>=8.1.3 (from Flask<3.2,>=3.1->-r requirements.txt (line 1))")
        == "Collecting click>=8.1.3")
    #expect(
      EnvironmentCache.progressLine(
        "  Downloading https://files.example/packages/flask-3.1.3-py3-none-any.whl (103 kB)")
        == "Downloading flask-3.1.3-py3-none-any.whl")
    #expect(EnvironmentCache.progressLine("  Using cached x") == nil)
  }

  @Test func theCacheKeyFollowsTheRequirementsContent() {
    let python = PythonInterpreter(path: "/usr/bin/python3", version: "3.11.7")
    let cache = EnvironmentCache(root: "/cache")
    let flask = cache.directory(python: python, requirements: Array("Flask>=3.1,<3.2\n".utf8))
    #expect(flask.hasPrefix("/cache/3.11.7-"))
    #expect(flask == cache.directory(python: python, requirements: Array("Flask>=3.1,<3.2\n".utf8)))
    #expect(flask != cache.directory(python: python, requirements: Array("Django>=5.2,<6.0\n".utf8)))
  }

  @Test func logLinesLoseTheirEscapeSequences() {
    #expect(
      LogLine.clean("\u{1B}[35m\u{1B}[1mPOST /echo HTTP/1.1\u{1B}[0m\" 201 -")
        == "POST /echo HTTP/1.1\" 201 -")
    #expect(LogLine.clean("a\tb\u{7}") == "a    b")
  }

  @Test func aMissingPythonSaysHowToInstallIt() async {
    let finder = PythonFinder(searchPath: "/nonexistent")
    await #expect {
      _ = try await finder.find(groups: ProcessGroups())
    } throws: { error in
      String(describing: error).contains("--python PATH") && String(describing: error).contains("apt install")
    }
  }

  @Test func endpointLinesShowMethodPathStatusTimeAndBody() {
    let result = EndpointResult(
      method: "GET", path: "/", status: 200, expectedStatus: 200, expectedText: "Hello", milliseconds: 3,
      bodyStart: "Hello, Flask!", passed: true, problem: "")
    #expect(result.line.hasPrefix("PASS  GET   /"))
    #expect(result.line.contains("200"))
    #expect(result.line.contains("3 ms"))
    #expect(result.line.hasSuffix("Hello, Flask!"))
  }

  @Test func anEnvironmentWithoutItsStampIsNotReused() throws {
    let root = FileManager.default.temporaryDirectory.appending(path: "envs-\(UUID().uuidString)").path()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let requirements = root + "/requirements.txt"
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    try Data("Flask>=3.1,<3.2\n".utf8).write(to: URL(filePath: requirements))
    let cache = EnvironmentCache(root: root)
    let python = PythonInterpreter(path: "/usr/bin/python3", version: "3.12.1")
    let folder = cache.directory(python: python, requirements: Array("Flask>=3.1,<3.2\n".utf8))
    // What an install killed halfway leaves: a Python, no stamp.
    try FileManager.default.createDirectory(atPath: folder + "/bin", withIntermediateDirectories: true)
    _ = FileManager.default.createFile(
      atPath: folder + "/bin/python", contents: Data(), attributes: [.posixPermissions: 0o755])
    #expect(cache.cached(requirementsPaths: [requirements]) == nil)
    _ = FileManager.default.createFile(atPath: folder + "/" + EnvironmentCache.stampName, contents: Data())
    let cached = try #require(cache.cached(requirementsPaths: [requirements]))
    #expect(cached.version == "3.12.1")
    #expect(cached.entry.directory == folder)
  }

  /// What pip and uv print for a requirement no index has (captured from pip 23.2 and uv 0.13).
  @Test(arguments: [
    [
      "Collecting Flask>=3.1 (from -r /tmp/s/requirements.txt (line 1))",
      "ERROR: Could not find a version that satisfies the requirement flaskk>=3.1 (from versions: none)",
      "ERROR: No matching distribution found for flaskk>=3.1",
    ],
    [
      "Using Python 3.11.7 environment at: envs/x",
      "error: No solution found when resolving dependencies",
      "  cause: Because flaskk was not found in the package registry and you require flaskk>=3.1, we can "
        + "conclude that your requirements are unsatisfiable.",
    ],
    [
      "  \u{1B}[31m×\u{1B}[0m No solution found when resolving dependencies:",
      "  ╰─▶ Because there are no versions of flaskk>=3.1 and you require flaskk>=3.1, we can conclude that "
        + "your requirements are unsatisfiable.",
    ],
  ])
  func aMissingRequirementIsNamedNotTakenForTheNetwork(output: [String]) throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "req-\(UUID().uuidString)").path()
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("Flask>=3.1\n".utf8).write(to: URL(filePath: folder + "/requirements.txt"))
    try Data("-r requirements.txt\nflaskk>=3.1\n".utf8).write(
      to: URL(filePath: folder + "/requirements-dev.txt"))
    let result = ChildCommand.Result(status: .exited(1), lastLines: output, timedOut: false)
    let message = EnvironmentCache.explainFailure(
      result, requirementsPaths: [folder + "/requirements.txt", folder + "/requirements-dev.txt"])
    let firstLine = message.split(separator: "\n").first ?? ""
    #expect(firstLine.contains("flaskk"), "\(message)")
    #expect(firstLine.contains("requirements-dev.txt"), "\(message)")
    #expect(!message.contains("did not answer"), "\(message)")
    #expect(!message.contains("\u{1B}"), "escape sequences should not reach the screen: \(message)")
    // The installer's own lines follow one per line, as it printed them.
    #expect(message.split(separator: "\n").count == 1 + output.count, "\(message)")
  }

  @Test func anIndexThatDoesNotAnswerIsStillANetworkFailure() {
    let output = [
      "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection "
        + "broken by 'ReadTimeoutError(\"HTTPConnectionPool(host='127.0.0.1', port=19001): Read timed out.\")'",
      "ERROR: Could not find a version that satisfies the requirement Flask<3.2,>=3.1 (from versions: none)",
      "ERROR: No matching distribution found for Flask<3.2,>=3.1",
    ]
    let message = EnvironmentCache.explainFailure(
      ChildCommand.Result(status: .exited(1), lastLines: output, timedOut: false))
    #expect(message.contains("the package index did not answer"), "\(message)")
  }

  @Test func onlyPip22Point3AndLaterInstallIntoAnotherPython() {
    #expect(
      EnvironmentCache.supportsPythonOption(
        pipVersionLine: "pip 23.2.1 from /usr/lib/python3/dist-packages/pip (python 3.11)"))
    #expect(EnvironmentCache.supportsPythonOption(pipVersionLine: "pip 22.3 from /x (python 3.10)"))
    #expect(EnvironmentCache.supportsPythonOption(pipVersionLine: "pip 25.0.dev0 from /x (python 3.13)"))
    #expect(!EnvironmentCache.supportsPythonOption(pipVersionLine: "pip 22.2.2 from /x (python 3.10)"))
    #expect(!EnvironmentCache.supportsPythonOption(pipVersionLine: "pip 9.0.1 from /x (python 2.7)"))
    #expect(!EnvironmentCache.supportsPythonOption(pipVersionLine: "garbage"))
  }

  @Test func onlyARunRootIsTakenForOneOfADeadRun() {
    // Another test's folder whose random hex happens to be all digits is no process id.
    #expect(Fixture.runOwner(ofFolder: "crossroads-launch-12345678") == nil)
    #expect(Fixture.runOwner(ofFolder: "crossroads-launch-deadbeef") == nil)
    #expect(Fixture.runOwner(ofFolder: Fixture.runFolderName(pid: 4242)) == 4242)
  }

  @Test func theDjangoRecordRoundTripsAndIsPrivate() throws {
    let path = FileManager.default.temporaryDirectory.appending(path: "state-\(UUID().uuidString)/p.state")
      .path()
    defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
    let record = DjangoState(fingerprint: "env /x\ndb 1:2", superuserPassword: "secret")
    record.save(to: path)
    #expect(DjangoState.load(from: path) == record)
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    DjangoState(fingerprint: "f", superuserPassword: nil).save(to: path)
    #expect(DjangoState.load(from: path)?.superuserPassword == nil)
  }

  @Test func testRunnersSummariesAreFound() {
    #expect(SampleTests.summary(of: ["..", "2 passed in 0.03s"]) == "2 passed in 0.03s")
    #expect(
      SampleTests.summary(of: ["F.", "=========== 1 failed, 1 passed in 0.05s ===========", ""])
        == "1 failed, 1 passed in 0.05s")
    #expect(
      SampleTests.summary(of: ["....", "------", "Ran 4 tests in 0.010s", "", "OK"])
        == "Ran 4 tests in 0.010s: OK")
    #expect(SampleTests.summary(of: ["nothing to see"]) == nil)
  }

  @Test func twoLaunchesAtOnceNeverClaimTheSamePort() throws {
    let start = try #require(PortFinder.firstFree(from: 41_000 + Int.random(in: 0..<5000)))
    let first = try #require(PortFinder.claimFree(from: start))
    let second = try #require(PortFinder.claimFree(from: start))
    #expect(first != second, "the first launch's port is claimed until its server stops")
    PortFinder.release(first)
    #expect(PortFinder.claimFree(from: first) == first, "released, it is free to claim again")
    PortFinder.release(first)
    PortFinder.release(second)
  }
}

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

  @Test func chunkedAndSizedAnswersParse() throws {
    let chunked = Array(
      "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nHello\r\n7\r\n, world\r\n0\r\n\r\n".utf8
    )
    #expect(try LoopbackHTTP.parse(chunked) == .init(status: 201, body: "Hello, world"))
    let sized = Array("HTTP/1.1 404 NOT FOUND\r\nContent-Length: 4\r\n\r\nnope and more".utf8)
    #expect(try LoopbackHTTP.parse(sized) == .init(status: 404, body: "nope"))
    let partial = Array("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort".utf8)
    #expect(throws: LoopbackHTTP.Failure.self) { try LoopbackHTTP.parse(partial, complete: false) }
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
}

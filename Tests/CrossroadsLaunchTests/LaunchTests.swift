import Foundation
import TestSupport
import Testing

@testable import CrossroadsCore
@testable import CrossroadsLaunch

/// The built `crossroads` binary, beside this test bundle in the build folder (named apart from
/// the generator tests' `crossroadsBinary`, which share this target once both are merged).
let launcherUnderTest: String = {
  let executable = URL(filePath: "/proc/self/exe").resolvingSymlinksInPath()
  return executable.deletingLastPathComponent().appending(path: "crossroads").path()
}()

/// Whether python3 on the PATH can make virtual environments (Debian needs python3-venv).
let pythonWithVenv: Bool = {
  guard let python = PythonFinder.which("python3", in: ProcessInfo.processInfo.environment["PATH"] ?? "")
  else {
    return false
  }
  guard let probe = try? Spawn([python, "-c", "import venv, ensurepip"]) else { return false }
  return probe.wait(seconds: 30) == 0
}()

/// uv, when it is on the PATH (CI installs it with pip), for the tests of its install path.
let uvOnThePath: String? = PythonFinder.which("uv", in: ProcessInfo.processInfo.environment["PATH"] ?? "")

/// The two ways the launcher makes an environment, chosen by whether uv is on the PATH.
enum Installer: String, CustomTestStringConvertible, Sendable {
  case uv, pip

  var testDescription: String { rawValue }

  /// The PATH that makes the launcher choose this installer.
  var path: String {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    switch self {
    case .uv: return path
    // Every folder holding a uv left out, so the launcher falls back to venv and pip.
    case .pip:
      return path.split(separator: ":").filter { !FileManager.default.fileExists(atPath: "\($0)/uv") }
        .joined(separator: ":")
    }
  }

  /// Both when uv is installed, else pip alone (`uvMakesTheEnvironment` says it was skipped).
  static let available: [Installer] = uvOnThePath == nil ? [.pip] : [.uv, .pip]
}

extension RealPython {
  /// Runs `crossroads run` for real: Python, a cached venv from PyPI, the dev server, HTTP.
  ///
  /// Serialized: the launches share one environment cache, and the first one fills it.
  @Suite(
    .serialized,
    .enabled(if: pythonWithVenv, "python3 with venv is missing; install python3 and python3-venv"))
  struct LaunchTests {
    private func run(_ fixture: Fixture, _ extra: [String] = []) throws -> (status: Int32?, spawn: Spawn) {
      let spawn = try Spawn(
        [launcherUnderTest, "run", fixture.directory.path()] + extra + ["--check"],
        environment: Fixture.environment)
      defer { spawn.killIfRunning() }
      return (spawn.wait(), spawn)
    }

    /// No process of the fixture remains, and `port` (when known) is free again.
    private func expectNothingLeft(
      _ fixture: Fixture, port: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) {
      // The group is reaped before crossroads exits; /proc may lag a moment behind.
      let gone = Spawn.until(seconds: 2) { Spawn.processes(mentioning: fixture.name).isEmpty }
      #expect(
        gone, "still running: \(Spawn.processes(mentioning: fixture.name))", sourceLocation: sourceLocation)
      // Recorded above; now make sure a failing test does not leave them for the next one.
      for survivor in Spawn.processes(mentioning: fixture.name) {
        if let pid = pid_t(survivor.prefix(while: { $0 != ":" })) { kill(pid, SIGKILL) }
      }
      if let port {
        #expect(PortFinder.isFree(port), "port \(port) is still taken", sourceLocation: sourceLocation)
      }
    }

    /// Starts `crossroads run` without `--check` and waits until both endpoints have passed.
    private func serve(
      _ fixture: Fixture, fromPort: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Spawn {
      let start = try #require(PortFinder.firstFree(from: fromPort), sourceLocation: sourceLocation)
      let spawn = try Spawn(
        [launcherUnderTest, "run", fixture.directory.path(), "--port", String(start)],
        environment: Fixture.environment)
      let serving = Spawn.until(seconds: 240) {
        spawn.output.split(separator: "\n").filter { $0.hasPrefix("PASS") }.count == 2
      }
      #expect(serving, "stdout:\n\(spawn.output)\nstderr:\n\(spawn.errors)", sourceLocation: sourceLocation)
      return spawn
    }

    private func servedPort(in errors: String) -> Int? {
      guard let range = errors.range(of: #"on port (\d+)"#, options: .regularExpression) else { return nil }
      return Int(errors[range].split(separator: " ").last ?? "")
    }

    @Test func flaskSamplePassesAndTheSecondRunInstallsNothing() throws {
      let fixture = try Fixture.flask()
      let first = try run(fixture)
      #expect(first.status == 0, "stderr:\n\(first.spawn.errors)")
      let passes = first.spawn.output.split(separator: "\n").filter { $0.hasPrefix("PASS") }
      #expect(passes.count == 2, "stdout:\n\(first.spawn.output)")
      #expect(!first.spawn.output.contains("FAIL"))
      expectNothingLeft(fixture, port: servedPort(in: first.spawn.errors))

      let second = try run(fixture)
      #expect(second.status == 0, "stderr:\n\(second.spawn.errors)")
      #expect(second.spawn.errors.contains("ok Environment: reused"), "stderr:\n\(second.spawn.errors)")
      #expect(!second.spawn.errors.contains("Collecting"))
      expectNothingLeft(fixture)
    }

    /// A Django or Flask developer's own variables for another project do not reach the sample.
    @Test func thePersonsFrameworkVariablesDoNotReachTheSample() throws {
      var environment = Fixture.environment
      environment["DJANGO_SETTINGS_MODULE"] = "otherproject.settings"
      environment["FLASK_APP"] = "otherproject:make_app"
      environment["FLASK_RUN_CERT"] = "adhoc"
      environment["PYTHONPATH"] = "/nonexistent/otherproject"
      for fixture in [try Fixture.flask(), try Fixture.django()] {
        let spawn = try Spawn(
          [launcherUnderTest, "run", fixture.directory.path(), "--check"], environment: environment)
        defer { spawn.killIfRunning() }
        #expect(spawn.wait() == 0, "stderr:\n\(spawn.errors)")
        expectNothingLeft(fixture, port: servedPort(in: spawn.errors))
      }
    }

    /// Samples as `crossroads generate` writes them, with no feature and with all of them.
    @Test(arguments: [
      ("flask", ""), ("flask", "orm,admin,html,auth"), ("django", ""), ("django", "orm,admin,html,auth"),
    ])
    func generatedSamplesPassEveryCheck(framework: String, features: String) throws {
      let parent = FileManager.default.temporaryDirectory.appending(path: "generated-\(UUID().uuidString)")
        .path()
      try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: parent) }
      let name = "gen_" + UUID().uuidString.prefix(8).lowercased()
      let generate = try Spawn(
        [launcherUnderTest, "generate", "--framework", framework, "--name", name, "--into", parent]
          + (features.isEmpty ? [] : ["--features", features]))
      #expect(generate.wait() == 0, "\(generate.errors)")
      let marker = try ProjectMarker.parse(
        Array(try Data(contentsOf: URL(filePath: "\(parent)/\(name)/.crossroads.json"))))

      // A port of its own: 5000 and 8000 are where every other launch on the machine starts.
      let port = try #require(PortFinder.firstFree(from: 20000 + Int.random(in: 0..<5000)))
      let run = try Spawn(
        [launcherUnderTest, "run", "\(parent)/\(name)", "--port", String(port), "--check"],
        environment: Fixture.environment)
      defer { run.killIfRunning() }
      #expect(run.wait() == 0, "stderr:\n\(run.errors)")
      let passes = run.output.split(separator: "\n").filter { $0.hasPrefix("PASS") }
      #expect(passes.count == marker.endpoints.count, "stdout:\n\(run.output)")
      if marker.features.contains("orm") || framework == "django" {
        // Django's migrate, or Flask-Migrate's upgrade, made the tables before the checks.
        #expect(run.errors.contains("ok Migrations"), "stderr:\n\(run.errors)")
      }
      #expect(!run.output.contains("FAIL"))
      #expect(
        Spawn.until(seconds: 2) { Spawn.processes(mentioning: name).isEmpty },
        "still running: \(Spawn.processes(mentioning: name))")
    }

    @Test func djangoSampleMigratesCreatesTheAdminAndPasses() throws {
      let fixture = try Fixture.django()
      let first = try run(fixture, ["--port", "18000"])
      #expect(first.status == 0, "stderr:\n\(first.spawn.errors)")
      #expect(first.spawn.output.split(separator: "\n").filter { $0.hasPrefix("PASS") }.count == 2)
      #expect(first.spawn.errors.contains("ok Migrations"))
      #expect(first.spawn.errors.contains("log in at /admin/ as demo / "))
      expectNothingLeft(fixture, port: servedPort(in: first.spawn.errors))

      let second = try run(fixture, ["--port", "18000"])
      #expect(second.status == 0, "stderr:\n\(second.spawn.errors)")
      #expect(second.spawn.errors.contains("ok Environment: reused"))
      #expect(second.spawn.errors.contains("log in at /admin/ as demo / "))
      // Set up by the first launch, so neither Django step runs again.
      #expect(
        second.spawn.errors.contains("-- Migrations: database up to date"), "stderr:\n\(second.spawn.errors)")
      #expect(second.spawn.errors.contains("(made by an earlier launch)"))
      expectNothingLeft(fixture)
    }

    @Test func aBusyPortMovesTheServerToTheNextOne() throws {
      let fixture = try Fixture.flask()
      let wanted = try #require(PortFinder.firstFree(from: 15000 + Int.random(in: 0..<2000)))
      let holder = try Listener(port: wanted)
      defer { holder.close() }
      let result = try run(fixture, ["--port", String(wanted)])
      #expect(result.status == 0, "stderr:\n\(result.spawn.errors)")
      #expect(result.spawn.errors.contains("because \(wanted) is busy"), "stderr:\n\(result.spawn.errors)")
      let used = try #require(servedPort(in: result.spawn.errors))
      #expect(used > wanted)
      #expect(result.spawn.output.split(separator: "\n").filter { $0.hasPrefix("PASS") }.count == 2)
      expectNothingLeft(fixture, port: used)
    }

    @Test func aServerThatCrashesOnStartIsReportedWithItsLog() throws {
      let fixture = try Fixture.flask(broken: true)
      let result = try run(fixture)
      #expect(result.status == 1, "stderr:\n\(result.spawn.errors)")
      #expect(result.spawn.errors.contains("stopped on its own"))
      #expect(
        result.spawn.errors.contains("RuntimeError: broken on purpose"), "stderr:\n\(result.spawn.errors)")
      expectNothingLeft(fixture, port: servedPort(in: result.spawn.errors))
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func aSignalWhileServingStopsTheWholeSample(signal: Int32) throws {
      let fixture = try Fixture.flask()
      let spawn = try serve(fixture, fromPort: 17000 + Int.random(in: 0..<2000))
      defer { spawn.killIfRunning() }
      let port = try #require(servedPort(in: spawn.errors))
      #expect(!Spawn.processes(mentioning: fixture.name).isEmpty, "the server should be running")
      kill(spawn.pid, signal)
      #expect(spawn.wait(seconds: 15) == 128 + signal, "stderr:\n\(spawn.errors)")
      expectNothingLeft(fixture, port: port)
    }

    @Test func aServerThatDiesWhileServingEndsTheRunWithItsLog() throws {
      let fixture = try Fixture.flask()
      let spawn = try serve(fixture, fromPort: 16000 + Int.random(in: 0..<1000))
      defer { spawn.killIfRunning() }
      // The server, not crossroads, whose arguments name the fixture's folder too.
      let server = try #require(
        Spawn.processes(mentioning: "--app \(fixture.name)").first?.split(separator: ":").first)
      kill(try #require(pid_t(server)), SIGKILL)
      #expect(spawn.wait(seconds: 15) == 1, "stderr:\n\(spawn.errors)")
      #expect(spawn.errors.contains("while serving"), "stderr:\n\(spawn.errors)")
      #expect(spawn.errors.contains("Running on http://127.0.0.1:"), "the log should be shown")
      expectNothingLeft(fixture, port: servedPort(in: spawn.errors))
    }

    @Test func theSamplesOwnTestsRunInItsEnvironment() async throws {
      let fixture = try Fixture.flask(tests: true)
      let target = try LaunchTarget.load(directory: fixture.directory.path())
      var options = Launcher.Options(port: PortFinder.firstFree(from: 15500 + Int.random(in: 0..<400)))
      options.cacheRoot = Fixture.environment["XDG_CACHE_HOME"]! + "/crossroads/envs"
      let launcher = Launcher(target: target, options: options)
      var outcome: LaunchOutcome?
      for await event in launcher.events() {
        if case .done(let end) = event { outcome = end }
      }
      #expect(outcome == .passed)
      let tests = try #require(SampleTests.prepared(for: target, cacheRoot: options.cacheRoot))
      let summary = await tests.run(groups: ProcessGroups())
      #expect(summary.passed, "\(summary.lastLines.joined(separator: "\n"))")
      #expect(summary.summary.hasPrefix("2 passed"), "\(summary.summary)")
      expectNothingLeft(fixture)
    }

    @Test func aKilledCrossroadsTakesItsServerWithIt() throws {
      let fixture = try Fixture.flask()
      let spawn = try serve(fixture, fromPort: 18000 + Int.random(in: 0..<1000))
      defer { spawn.killIfRunning() }
      let port = try #require(servedPort(in: spawn.errors))
      #expect(!Spawn.processes(mentioning: fixture.name).isEmpty, "the server should be running")
      // SIGKILL: crossroads runs no code at all, so only the watchdog can end the server.
      kill(spawn.pid, SIGKILL)
      _ = spawn.wait(seconds: 5)
      let gone = Spawn.until(seconds: 2) {
        Spawn.processes(mentioning: fixture.name).isEmpty && PortFinder.isFree(port)
      }
      #expect(gone, "left running 2 s after kill -9: \(Spawn.processes(mentioning: fixture.name))")
      expectNothingLeft(fixture, port: port)
    }

    @Test func stoppingTheTestsSessionStopsTheTestRun() async throws {
      let fixture = try Fixture.flask(tests: true)
      try "import time\n\n\ndef test_slow():\n    time.sleep(120)\n".write(
        to: fixture.directory.appending(path: "tests/test_slow.py"), atomically: true, encoding: .utf8)
      // The environment, made (or found cached) the way the run screen's launch makes it.
      #expect(try run(fixture).status == 0)
      let target = try LaunchTarget.load(directory: fixture.directory.path())
      let tests = try #require(
        SampleTests.prepared(
          for: target, cacheRoot: Fixture.environment["XDG_CACHE_HOME"]! + "/crossroads/envs"))
      let supervisor = Supervisor()
      let session = SessionID(1)
      await supervisor.start(session) { groups in _ = await tests.run(groups: groups) }
      let directory = fixture.directory.path()
      #expect(
        Spawn.until(seconds: 30) { !Spawn.processes(inDirectory: directory).isEmpty }, "pytest should run")
      // Quitting cancels every session, and returns only once they have ended.
      await supervisor.cancelAll()
      #expect(Spawn.processes(inDirectory: directory).isEmpty, "the test run outlived its session")
      #expect(await supervisor.running.isEmpty)
      for pid in Spawn.processes(inDirectory: directory) { kill(pid, SIGKILL) }
    }

    /// A cold set-up with `installer`: the folder of the environment it made, and how long it took.
    private func coldSetUp(
      _ installer: Installer, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (environment: String, seconds: Double, errors: String) {
      // Requirements no other test uses, so no environment is cached for them.
      let fixture = try Fixture.flask(requirements: "Flask>=3.1,<3.2\n# \(installer) cold set-up \(UUID())\n")
      var environment = Fixture.environment
      environment["PATH"] = installer.path
      let spawn = try Spawn(
        [launcherUnderTest, "run", fixture.directory.path(), "--check"], environment: environment)
      defer { spawn.killIfRunning() }
      #expect(spawn.wait(seconds: 300) == 0, "stderr:\n\(spawn.errors)", sourceLocation: sourceLocation)
      expectNothingLeft(fixture, sourceLocation: sourceLocation)
      let installed = try #require(
        spawn.errors.firstMatch(of: /installed in ([0-9.]+) s \((.+)\)/), "stderr:\n\(spawn.errors)",
        sourceLocation: sourceLocation)
      let seconds = Double(installed.1) ?? 0
      print("cold set-up with \(installer): \(installed.1) s")
      return (String(installed.2), seconds, spawn.errors)
    }

    @Test(
      .enabled(
        if: uvOnThePath != nil, "uv is not on the PATH (pip install uv); its install path was not tested"))
    func uvMakesTheEnvironmentWhenItIsOnThePath() throws {
      let made = try coldSetUp(.uv)
      #expect(made.errors.contains("installing with uv"), "stderr:\n\(made.errors)")
      // uv writes its version into the environment's pyvenv.cfg; venv does not.
      let configuration = try String(contentsOfFile: made.environment + "/pyvenv.cfg", encoding: .utf8)
      #expect(configuration.contains("uv = "), "\(configuration)")
    }

    @Test func venvAndPipMakeTheEnvironmentWithoutUV() throws {
      let made = try coldSetUp(.pip)
      let configuration = try String(contentsOfFile: made.environment + "/pyvenv.cfg", encoding: .utf8)
      #expect(!configuration.contains("uv = "), "\(configuration)")
      #expect(FileManager.default.fileExists(atPath: made.environment + "/bin/python"))
      // The python3 the launcher finds on the PATH, and its own pip.
      let python = try #require(PythonFinder.which("python3", in: Installer.pip.path))
      let outerPip = try Spawn([python, "-m", "pip", "--version"])
      let version = outerPip.wait(seconds: 30) == 0 ? outerPip.output : ""
      if EnvironmentCache.supportsPythonOption(pipVersionLine: version) {
        // The outer pip installed into an environment made without a pip of its own.
        #expect(made.errors.contains("installing with the outer pip"), "stderr:\n\(made.errors)")
        #expect(!FileManager.default.fileExists(atPath: made.environment + "/bin/pip"))
      } else {
        print("python3 has no pip 22.3 or later (\(version)); the environment's own pip installed instead")
        #expect(made.errors.contains("installing with pip"), "stderr:\n\(made.errors)")
      }
    }

    @Test func aMisspelledRequirementIsNamed() throws {
      let fixture = try Fixture.flask(
        requirements:
          "Flask>=3.1,<3.2\ncrossroads-surely-not-a-package-\(UUID().uuidString.prefix(6).lowercased())\n")
      let spawn = try Spawn(
        [launcherUnderTest, "run", fixture.directory.path(), "--check"], environment: Fixture.environment)
      defer { spawn.killIfRunning() }
      #expect(spawn.wait(seconds: 120) == 1, "stderr:\n\(spawn.errors)")
      #expect(
        spawn.errors.contains("no release of the requirement crossroads-surely-not-a-package-"),
        "stderr:\n\(spawn.errors)")
      #expect(spawn.errors.contains("requirements.txt"), "stderr:\n\(spawn.errors)")
      #expect(!spawn.errors.contains("did not answer"), "stderr:\n\(spawn.errors)")
      expectNothingLeft(fixture)
    }

    @Test(arguments: Installer.available)
    func anUnreachablePackageIndexFailsWithinThirtySeconds(installer: Installer) throws {
      // Requirements no other test uses, so nothing cached satisfies them.
      let fixture = try Fixture.flask(requirements: "Flask>=3.1,<3.2\n# unreachable index \(UUID())\n")
      // A port that accepts connections and never answers: the worst kind of index.
      let port = try #require(PortFinder.firstFree(from: 19000 + Int.random(in: 0..<500)))
      let silent = try Listener(port: port)
      defer { silent.close() }
      var environment = Fixture.environment
      environment["PIP_INDEX_URL"] = "http://127.0.0.1:\(port)/simple"
      environment["PIP_TRUSTED_HOST"] = "127.0.0.1"
      environment["UV_INDEX_URL"] = "http://127.0.0.1:\(port)/simple"
      environment["PATH"] = installer.path
      let started = Date()
      let spawn = try Spawn(
        [launcherUnderTest, "run", fixture.directory.path(), "--check"], environment: environment)
      defer { spawn.killIfRunning() }
      #expect(spawn.wait(seconds: 60) == 1, "stderr:\n\(spawn.errors)")
      #expect(Date().timeIntervalSince(started) < 30, "stderr:\n\(spawn.errors)")
      #expect(spawn.errors.contains("could not be downloaded"), "stderr:\n\(spawn.errors)")
      expectNothingLeft(fixture)
    }

    @Test func aFolderWithoutTheMarkerIsRefused() throws {
      let folder = Fixture.runRoot.appending(path: "not-a-sample-\(UUID().uuidString.prefix(6))")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let spawn = try Spawn(
        [launcherUnderTest, "run", folder.path(), "--check"], environment: Fixture.environment)
      #expect(spawn.wait(seconds: 30) == 2)
      #expect(spawn.errors.contains("has no .crossroads.json"), "stderr:\n\(spawn.errors)")
    }
  }
}

/// A socket listening on 127.0.0.1, as another program holding the port would.
final class Listener {
  private var fd: Int32

  init(port: Int) throws {
    fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = LoopbackAddress.make(port: port)
    let bound = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, listen(fd, 8) == 0 else { throw POSIXError(.EADDRINUSE) }
  }

  func close() {
    if fd >= 0 { _ = Glibc.close(fd) }
    fd = -1
  }
}

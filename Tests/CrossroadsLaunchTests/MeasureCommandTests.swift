import Foundation
import TestSupport
import Testing

@testable import CrossroadsLaunch

extension RealPython {
  /// `crossroads measure` for real: both samples generated, installed with Gunicorn, started,
  /// loaded over loopback and stopped, with real Python, Flask and Django.
  ///
  /// Serialized: the measures share one environment cache, and the first one fills it.
  @Suite(
    .serialized,
    .enabled(if: pythonWithVenv, "python3 with venv is missing; install python3 and python3-venv"))
  struct MeasureCommandTests {
    /// A folder of its own for one test, removed afterwards by the test.
    private func folder() -> String {
      Fixture.runRoot.appending(path: "measure-\(UUID().uuidString.prefix(8))").path()
    }

    private func uniqueName() -> String { "m_" + UUID().uuidString.prefix(8).lowercased() }

    /// Processes of a measure: those whose command line names its project (Gunicorn's
    /// `NAME:create_app()` and `NAME.wsgi`), or that run inside `folder` (the samples' tests).
    private func leftovers(name: String, folder: String) -> [String] {
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
      let mine = getpid()
      return entries.compactMap { entry -> String? in
        guard let pid = Int32(entry), pid != mine else { return nil }
        let cwd = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(entry)/cwd")) ?? ""
        let command =
          FileManager.default.contents(atPath: "/proc/\(entry)/cmdline").map {
            String(decoding: $0.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
          } ?? ""
        // The crossroads binary itself names the folder in its arguments; it is waited for apart.
        if command.hasPrefix(launcherUnderTest) { return nil }
        return command.contains(name) || cwd.hasPrefix(folder) ? "\(pid): \(command) (in \(cwd))" : nil
      }
    }

    private func expectNothingLeft(
      name: String, folder: String, errors: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
      let gone = Spawn.until(seconds: 3) { leftovers(name: name, folder: folder).isEmpty }
      #expect(gone, "still running: \(leftovers(name: name, folder: folder))", sourceLocation: sourceLocation)
      for survivor in leftovers(name: name, folder: folder) {
        if let pid = pid_t(survivor.prefix(while: { $0 != ":" })) { kill(pid, SIGKILL) }
      }
      for port in servedPorts(in: errors) {
        #expect(PortFinder.isFree(port), "port \(port) is still taken", sourceLocation: sourceLocation)
      }
    }

    /// The ports the launches served on, from their "on port N" step lines.
    private func servedPorts(in errors: String) -> [Int] {
      errors.split(separator: "\n").compactMap { line in
        guard let range = line.range(of: #"on port (\d+)"#, options: .regularExpression) else { return nil }
        return Int(line[range].split(separator: " ").last ?? "")
      }
    }

    private func json(_ text: String) throws -> [String: Any] {
      try #require(
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "stdout:\n\(text)")
    }

    /// Counts a generated sample's files by the rule `--help` states, apart from the code under test.
    private func independentCount(_ directory: String) throws -> [String: Int] {
      var counts = ["files": 0, "python_lines": 0, "template_lines": 0, "config_lines": 0]
      let enumerator = try #require(FileManager.default.enumerator(atPath: directory))
      for case let path as String in enumerator {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory + "/" + path, isDirectory: &isDirectory),
          !isDirectory.boolValue
        else { continue }
        counts["files"]! += 1
        let text = try String(contentsOfFile: directory + "/" + path, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let code = lines.filter {
          let trimmed = $0.trimmingCharacters(in: .whitespaces)
          return !trimmed.isEmpty && !trimmed.hasPrefix("#")
        }.count
        let name = (path as NSString).lastPathComponent
        if name.hasSuffix(".py") { counts["python_lines"]! += code }
        if name.hasSuffix(".html") {
          counts["template_lines"]! += lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count
        }
        if ["settings.py", "requirements.txt", "pyproject.toml"].contains(name) || name.hasSuffix(".cfg")
          || name.hasSuffix(".ini") || name.hasSuffix(".toml")
        {
          counts["config_lines"]! += code
        }
      }
      return counts
    }

    @Test func bothSidesAreMeasuredWithTheirCodeCountedAndNothingLeftRunning() throws {
      let folder = folder()
      let reference = folder + "-reference"
      defer {
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.removeItem(atPath: reference)
      }
      let name = uniqueName()
      let spawn = try Spawn(
        [
          launcherUnderTest, "measure", "--features", "orm", "--requests", "20", "--json", "--into", folder,
          "--name", name,
        ],
        environment: Fixture.environment)
      defer { spawn.killIfRunning() }
      let status = spawn.wait(seconds: 600)
      #expect(status == 0, "stderr:\n\(spawn.errors)")
      let object = try json(spawn.output)
      #expect(object["features"] as? [String] == ["orm"])
      #expect(object["requests"] as? Int == 20)
      #expect(object["server"] as? String == "gunicorn")
      #expect(object["workers"] as? Int == 1)
      let sides = try #require(object["sides"] as? [String: [String: Any]])
      var bodies: [String: String] = [:]
      for framework in ["flask", "django"] {
        let side = try #require(sides[framework], "no \(framework) side")
        #expect(side["ok"] as? Bool == true, "\(framework): \(side["error"] ?? "")")
        #expect(side["folder"] as? String == "\(folder)/\(framework)/\(name)")

        // The same sample written apart by `crossroads generate`, counted here by the stated rule.
        try FileManager.default.createDirectory(
          atPath: reference + "/" + framework, withIntermediateDirectories: true)
        let generate = try Spawn(
          [
            launcherUnderTest, "generate", "--framework", framework, "--name", name, "--features", "orm",
            "--into", reference + "/" + framework,
          ])
        #expect(generate.wait() == 0, "\(generate.errors)")
        let counted = try independentCount("\(reference)/\(framework)/\(name)")
        for (key, value) in counted {
          #expect(
            side[key] as? Int == value,
            "\(framework) \(key): measured \(side[key] ?? "nil"), counted \(value)")
        }

        let packages = try #require(side["packages"] as? [String])
        #expect(packages.contains(framework == "flask" ? "Flask" : "Django"), "\(packages)")
        #expect(packages.contains("gunicorn"))
        let bytes = try #require(side["env_bytes"] as? Int)
        #expect(bytes > 5_000_000 && bytes < 2_000_000_000, "env_bytes \(bytes)")
        let start = try #require(side["start_ms"] as? Double)
        #expect(start > 10 && start < 20_000, "start_ms \(start)")
        let rss = try #require(side["rss_bytes"] as? Int)
        #expect(rss > 5_000_000 && rss < 2_000_000_000, "rss_bytes \(rss)")
        let throughput = try #require(side["throughput_rps"] as? Double)
        #expect(throughput > 1, "throughput_rps \(throughput)")
        let endpoints = try #require(side["endpoints"] as? [[String: Any]])
        #expect(endpoints.count == 3, "\(endpoints)")
        for endpoint in endpoints {
          let median = try #require(endpoint["median_ms"] as? Double)
          let p95 = try #require(endpoint["p95_ms"] as? Double)
          #expect(median > 0 && median < 1000 && p95 >= median, "\(endpoint)")
          #expect(endpoint["status"] as? Int == 200)
          #expect((endpoint["samples_ms"] as? [Double])?.count == 20)
          let path = try #require(endpoint["path"] as? String)
          if path.hasPrefix("/api/data") { bodies[framework] = endpoint["body"] as? String }
        }
        let tests = try #require(side["tests"] as? [String: Any])
        #expect((tests["count"] as? Int ?? 0) > 0 && tests["passed"] as? Bool == true, "\(tests)")
      }
      // The same JSON from both frameworks, whatever each one's spacing.
      let flaskBody = try #require(bodies["flask"])
      let djangoBody = try #require(bodies["django"])
      let flaskData = try JSONSerialization.jsonObject(with: Data(flaskBody.utf8)) as? NSDictionary
      let djangoData = try JSONSerialization.jsonObject(with: Data(djangoBody.utf8)) as? NSDictionary
      #expect(flaskData != nil && flaskData == djangoData, "\(flaskBody) against \(djangoBody)")
      #expect(servedPorts(in: spawn.errors).count == 2, "stderr:\n\(spawn.errors)")
      expectNothingLeft(name: name, folder: folder, errors: spawn.errors)
    }

    @Test func aBrokenSideStillGivesTheOthersFiguresAndFails() throws {
      let folder = folder()
      defer { try? FileManager.default.removeItem(atPath: folder) }
      let name = uniqueName()
      // The kept copy a measure with --into leaves, made here by the generator, then broken.
      for framework in ["flask", "django"] {
        try FileManager.default.createDirectory(
          atPath: "\(folder)/\(framework)", withIntermediateDirectories: true)
        let generate = try Spawn(
          [
            launcherUnderTest, "generate", "--framework", framework, "--name", name, "--features", "orm",
            "--into", "\(folder)/\(framework)",
          ])
        #expect(generate.wait() == 0, "\(generate.errors)")
      }
      let requirements = "\(folder)/django/\(name)/requirements.txt"
      let broken =
        try String(contentsOfFile: requirements, encoding: .utf8)
        + "crossroads-no-such-package-\(UUID().uuidString.prefix(6).lowercased())==1.0\n"
      try broken.write(toFile: requirements, atomically: true, encoding: .utf8)

      let spawn = try Spawn(
        [
          launcherUnderTest, "measure", "--features", "orm", "--requests", "5", "--json", "--into", folder,
          "--name", name,
        ],
        environment: Fixture.environment)
      defer { spawn.killIfRunning() }
      #expect(spawn.wait(seconds: 600) == 1, "stderr:\n\(spawn.errors)")
      let sides = try #require(try json(spawn.output)["sides"] as? [String: [String: Any]])
      let flask = try #require(sides["flask"])
      #expect(flask["ok"] as? Bool == true, "\(flask["error"] ?? "")")
      #expect((flask["start_ms"] as? Double ?? 0) > 0)
      #expect((flask["throughput_rps"] as? Double ?? 0) > 0)
      let django = try #require(sides["django"])
      #expect(django["ok"] as? Bool == false)
      let error = try #require(django["error"] as? String)
      #expect(error.contains("crossroads-no-such-package"), "\(error)")
      #expect(django["start_ms"] is NSNull)
      // Counted before the install failed: the broken side still has its code figures.
      #expect((django["python_lines"] as? Int ?? 0) > 0)
      #expect(spawn.errors.contains("crossroads measure: Django:"), "stderr:\n\(spawn.errors)")
      expectNothingLeft(name: name, folder: folder, errors: spawn.errors)
    }

    @Test func anInterruptStopsBothSidesAndRemovesTheWorkingFolder() throws {
      let name = uniqueName()
      let workRoot = Fixture.environment["XDG_CACHE_HOME"]! + "/crossroads/measure"
      let before = Set((try? FileManager.default.contentsOfDirectory(atPath: workRoot)) ?? [])
      let spawn = try Spawn(
        [launcherUnderTest, "measure", "--features", "orm", "--requests", "2000", "--name", name],
        environment: Fixture.environment)
      defer { spawn.killIfRunning() }
      // Interrupted while measuring: both servers up, latency requests under way.
      let measuring = Spawn.until(seconds: 300) { spawn.errors.contains("-> Latency") }
      #expect(measuring, "stderr:\n\(spawn.errors)")
      let created = Set((try? FileManager.default.contentsOfDirectory(atPath: workRoot)) ?? []).subtracting(
        before)
      #expect(created.count == 1, "\(created)")
      #expect(!leftovers(name: name, folder: workRoot).isEmpty, "the servers should be running")
      kill(spawn.pid, SIGINT)
      #expect(spawn.wait(seconds: 30) == 130, "stderr:\n\(spawn.errors)")
      #expect(spawn.errors.contains("interrupted: stopping both samples"))
      for entry in created {
        #expect(!FileManager.default.fileExists(atPath: workRoot + "/" + entry), "\(entry) was left")
      }
      expectNothingLeft(name: name, folder: workRoot, errors: spawn.errors)
    }

    @Test func anUnknownFeatureIsRefusedBeforeAnythingIsWritten() throws {
      let folder = folder()
      defer { try? FileManager.default.removeItem(atPath: folder) }
      let spawn = try Spawn(
        [launcherUnderTest, "measure", "--features", "orm,nope", "--into", folder],
        environment: Fixture.environment)
      defer { spawn.killIfRunning() }
      #expect(spawn.wait(seconds: 30) == 2, "stderr:\n\(spawn.errors)")
      #expect(spawn.errors.contains("'nope' is not a feature"), "stderr:\n\(spawn.errors)")
      #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func adviseMarkdownIsTheDecisionRecordWithoutFigures() throws {
      let spawn = try Spawn([
        launcherUnderTest, "advise", "--size", "large", "--needs", "admin,orm", "--markdown",
      ])
      defer { spawn.killIfRunning() }
      #expect(spawn.wait(seconds: 30) == 0, "stderr:\n\(spawn.errors)")
      let text = spawn.output
      #expect(text.hasPrefix("# Decision record: Flask or Django\n"), "\(text)")
      #expect(text.contains("| How large will the project be in a year? | large |"), "\(text)")
      #expect(text.contains("**Django fits best**"))
      #expect(text.contains("- **+3 Django**, needs: admin:"))
      #expect(!text.contains("## Measured"))
    }
  }
}

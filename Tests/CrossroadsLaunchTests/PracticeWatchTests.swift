import CrossroadsCore
import Foundation
import Synchronization
import TestSupport
import Testing

@testable import CrossroadsLaunch

extension RealPython {
  /// The watch loop as a learner uses it: `crossroads practice watch` on a practice project,
  /// the solution saved from outside, and the result turning to passed within 5 seconds; and
  /// the file watcher under it, with inotify and with polling.
  @Suite(
    .serialized,
    .enabled(
      if: PythonEnvironments.isAvailable,
      "python3 with venv is not installed (apt-get install python3-venv); the watch loop was not run")
  )
  struct PracticeWatchTests {
    @Test(arguments: [false, true])
    func savingTheSolutionTurnsTheWatchToPassed(polling: Bool) throws {
      let project = try PracticeProjects.copy(try PracticeProjects.project(.flask), named: "watch")
      defer { try? FileManager.default.removeItem(atPath: project.target.directory) }
      let state = Fixture.runRoot.appending(path: "practice-state-\(UUID().uuidString.prefix(8))").path()
      let watch = try Spawn(
        [crossroadsBinary, "practice", "watch", "health", project.target.directory]
          + (polling ? ["--poll"] : []),
        environment: [
          "XDG_CACHE_HOME": try PracticeProjects.cacheHome(for: project), "XDG_STATE_HOME": state,
        ])
      defer { watch.killIfRunning() }

      let failed = Spawn.until(seconds: 60) { watch.output.contains("failing: GET /api/health answered 404") }
      try #require(failed, "stdout:\n\(watch.output)\nstderr:\n\(watch.errors)")

      let solution = try #require(
        PracticeProjects.catalog.exercise(id: "health")?.versions[.flask]?.solution(package: "practice_flask")
      )
      let saved = Date()
      for (path, text) in solution {
        try text.write(toFile: project.target.directory + "/" + path, atomically: false, encoding: .utf8)
      }
      let passed = Spawn.until(seconds: 5) { watch.output.contains("passed: ") }
      #expect(
        passed,
        "not passed \(Date().timeIntervalSince(saved))s after the save:\n\(watch.output)\n\(watch.errors)")

      kill(watch.pid, SIGINT)
      #expect(watch.wait(seconds: 10) == 130, "\(watch.errors)")
      #expect(Spawn.processes(mentioning: project.target.directory).isEmpty, "a check outlived the watch")
      // Passing is kept with the lesson progress.
      let data = try Data(contentsOf: URL(filePath: state + "/crossroads/progress.json"))
      let progress = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      #expect((progress["exercises"] as? [String: String])?["health/flask"] == "done", "\(progress)")
    }

    @Test func aSaveDuringACheckCancelsItAndOnlyTheNewestIsReported() async throws {
      let project = try PracticeProjects.copy(try PracticeProjects.project(.flask), named: "stale")
      defer { try? FileManager.default.removeItem(atPath: project.target.directory) }
      let health = try #require(PracticeProjects.catalog.exercise(id: "health")?.versions[.flask])
      // A check slow enough for a save to arrive while it runs.
      let slow = Exercise.Version(
        framework: .flask, task: health.task, features: [], files: health.files, hints: health.hints,
        checkName: "check_slow.py", check: "import time\n\n\ndef test_slow():\n    time.sleep(3)\n",
        solution: [:])
      let check = PracticeCheck(
        exerciseID: "slow", version: slow, support: PracticeProjects.catalog.support[.flask] ?? [:],
        target: project.target, python: project.python)
      let supervisor = Supervisor()
      let watch = PracticeWatch(
        check: check, supervisor: supervisor, watcher: FileWatcher(root: project.target.directory))
      let events = Events()
      let running = Task { await watch.run { events.add($0) } }
      defer { running.cancel() }

      try await Task.sleep(for: .seconds(1))  // the first check is running
      try "x = 1\n".write(toFile: project.target.directory + "/saved.py", atomically: false, encoding: .utf8)
      let clock = ContinuousClock()
      let start = clock.now
      while !events.all.contains(where: { if case .result = $0 { true } else { false } }),
        clock.now - start < .seconds(30)
      {
        try await Task.sleep(for: .milliseconds(50))
      }
      running.cancel()
      await running.value
      let seen = events.all
      #expect(seen.first == .checking(SessionID(1)))
      #expect(seen.contains(.checking(SessionID(2))))
      let results = seen.compactMap { event -> SessionID? in
        if case .result(let id, let outcome) = event, outcome.passed { return id }
        return nil
      }
      #expect(results == [SessionID(2)], "\(seen)")
      #expect(await supervisor.running.isEmpty)
    }

    @Test(arguments: [false, true])
    func theWatcherNoticesSavesAndIgnoresCaches(polling: Bool) async throws {
      let root = Fixture.runRoot.appending(path: "watched-\(UUID().uuidString.prefix(8))").path()
      try FileManager.default.createDirectory(atPath: root + "/pkg", withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: root) }
      try "x = 1\n".write(toFile: root + "/pkg/views.py", atomically: false, encoding: .utf8)
      let watcher = FileWatcher(root: root, forcePolling: polling)
      defer { watcher.stop() }
      let changes = Counter()
      let listening = Task {
        for await noticed in watcher.changes() { changes.add(noticed) }
      }
      defer { listening.cancel() }
      try await Task.sleep(for: .milliseconds(400))  // the watch is set up

      // Caches and editors' litter are not saves.
      try FileManager.default.createDirectory(
        atPath: root + "/pkg/__pycache__", withIntermediateDirectories: true)
      try "cache".write(
        toFile: root + "/pkg/__pycache__/views.cpython-311.pyc", atomically: false, encoding: .utf8)
      try "swap".write(toFile: root + "/pkg/.views.py.swp", atomically: false, encoding: .utf8)
      try await Task.sleep(for: .milliseconds(800))
      #expect(changes.value == 0)

      // Three quick writes are one save, noticed within a second (as the watcher timed it:
      // the tests running beside this one may keep its own task waiting).
      let clock = ContinuousClock()
      let written = clock.now
      for value in 2...4 {
        try "x = \(value)\n".write(toFile: root + "/pkg/views.py", atomically: false, encoding: .utf8)
      }
      while changes.value == 0, clock.now - written < .seconds(10) {
        try await Task.sleep(for: .milliseconds(20))
      }
      let noticed = try #require(changes.first)
      #expect(noticed - written < .seconds(1))
      try await Task.sleep(for: .milliseconds(500))
      #expect(changes.value == 1)

      // A file in a folder made after the watch began is seen too.
      try FileManager.default.createDirectory(
        atPath: root + "/pkg/templates", withIntermediateDirectories: true)
      try await Task.sleep(for: .milliseconds(400))
      let seen = changes.value
      try "<p>hi</p>".write(toFile: root + "/pkg/templates/items.html", atomically: false, encoding: .utf8)
      let newStart = clock.now
      while changes.value == seen, clock.now - newStart < .seconds(10) {
        try await Task.sleep(for: .milliseconds(20))
      }
      #expect(changes.value > seen)
    }
  }
}

/// The watch's events, in order, shared with the task that reports them.
private final class Events: Sendable {
  private let events = Mutex<[PracticeWatch.Event]>([])
  func add(_ event: PracticeWatch.Event) { events.withLock { $0.append(event) } }
  var all: [PracticeWatch.Event] { events.withLock { $0 } }
}

/// The changes noticed, shared with the task that listens.
private final class Counter: Sendable {
  private let noticed = Mutex<[ContinuousClock.Instant]>([])
  func add(_ instant: ContinuousClock.Instant) { noticed.withLock { $0.append(instant) } }
  var value: Int { noticed.withLock { $0.count } }
  var first: ContinuousClock.Instant? { noticed.withLock { $0.first } }
}

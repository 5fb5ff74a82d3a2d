import CrossroadsCore
import Foundation
import Synchronization
import TestSupport
import Testing

@testable import CrossroadsLaunch

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
      PracticeProjects.catalog.exercise(id: "health")?.versions[.flask]?.solution(package: "practice_flask"))
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
      for await _ in watcher.changes() { changes.add() }
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

    // Three quick writes are one save, noticed within a second.
    for value in 2...4 {
      try "x = \(value)\n".write(toFile: root + "/pkg/views.py", atomically: false, encoding: .utf8)
    }
    let clock = ContinuousClock()
    let start = clock.now
    while changes.value == 0, clock.now - start < .seconds(2) { try await Task.sleep(for: .milliseconds(20)) }
    #expect(clock.now - start < .seconds(1))
    try await Task.sleep(for: .milliseconds(500))
    #expect(changes.value == 1)

    // A file in a folder made after the watch began is seen too.
    try FileManager.default.createDirectory(
      atPath: root + "/pkg/templates", withIntermediateDirectories: true)
    try await Task.sleep(for: .milliseconds(400))
    let seen = changes.value
    try "<p>hi</p>".write(toFile: root + "/pkg/templates/items.html", atomically: false, encoding: .utf8)
    let newStart = clock.now
    while changes.value == seen, clock.now - newStart < .seconds(2) {
      try await Task.sleep(for: .milliseconds(20))
    }
    #expect(changes.value > seen)
  }
}

/// A count shared with the task that listens.
private final class Counter: Sendable {
  private let count = Mutex(0)
  func add() { count.withLock { $0 += 1 } }
  var value: Int { count.withLock { $0 } }
}

import CrossroadsCore
import Foundation
import TestSupport
import Testing

@testable import CrossroadsLaunch

/// The measure's engine driven in-process, as a screen drives it: its stream of events and
/// its stop, which must end both sides and everything they started.
///
/// In the command's suite, which is serialized: both fill the same cached environments.
extension RealPython.MeasureCommandTests {
  static let lessons = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appending(path: "Lessons").path()

  @Test func stopWhileMeasuringEndsBothSidesAndRemovesTheFolder() async throws {
    let name = "e_" + UUID().uuidString.prefix(8).lowercased()
    var options = Measurement.Options(
      features: ["orm"], name: try ProjectName(name),
      contentFiles: try ContentFiles.read(directory: Self.lessons))
    options.cacheRoot = Fixture.environment["XDG_CACHE_HOME"]! + "/crossroads/envs"
    // More requests than the latency step's time limit allows: only the stop ends it soon.
    options.requests = 100_000
    let measurement = Measurement(options: options)
    var events: [MeasureEvent] = []
    var stoppedAt: Date?
    var running: [String] = []
    for await event in measurement.events() {
      events.append(event)
      if case .started(_, .latency) = event, stoppedAt == nil {
        running = Spawn.processes(mentioning: name)
        stoppedAt = Date()
        measurement.stop()
      }
    }
    let stopped = try #require(stoppedAt, "the measure never reached its latency step: \(events)")
    #expect(Date().timeIntervalSince(stopped) < 15)
    #expect(running.count >= 2, "both servers should have been running: \(running)")
    guard case .done(let report)? = events.last else {
      Issue.record("the stream did not end with .done: \(events.suffix(3))")
      return
    }
    #expect(report.stopped)
    #expect(!report.ok)
    for framework in Framework.allCases {
      let first = events.first { event in
        switch event {
        case .started(let side, _), .finished(let side, _, _), .failed(let side, _, _): side == framework
        default: false
        }
      }
      #expect(first == .started(framework, .generate))
      let counted = events.contains { event in
        if case .figures(let side) = event { return side.framework == framework && side.code != nil }
        return false
      }
      #expect(counted, "no figures came for \(framework)")
      #expect(report[framework].error != nil)
    }
    let folder = try #require(report.flask.folder)
    let run = URL(filePath: folder).deletingLastPathComponent().deletingLastPathComponent().path()
    #expect(run.hasPrefix(Measurement.workRoot(cacheRoot: options.cacheRoot) + "/run-"), "\(run)")
    #expect(!FileManager.default.fileExists(atPath: run), "\(run) was left")
    // Nor the launcher's record of the removed folder's Django database.
    let djangoFolder = try #require(report.django.folder)
    let record = DjangoState.path(cacheRoot: try #require(options.cacheRoot), directory: djangoFolder)
    #expect(!FileManager.default.fileExists(atPath: record), "\(record) was left")
    #expect(
      Spawn.until(seconds: 3) { Spawn.processes(mentioning: name).isEmpty },
      "still running: \(Spawn.processes(mentioning: name))")
  }
}

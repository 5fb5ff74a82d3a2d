import CrossroadsCore
import CrossroadsLaunch
import CrossroadsUI
import Dispatch

/// Carries out the interface's session effects with the one `Supervisor`, and sends each
/// session's events back to `update` as messages carrying its id.
final class SessionRunner: Sendable {
  let supervisor = Supervisor()
  private let inbox: Inbox
  /// What every launch is started with (`crossroads run --port/--python` set these).
  private let options: Launcher.Options

  init(inbox: Inbox, options: Launcher.Options = Launcher.Options()) {
    self.inbox = inbox
    var options = options
    options.keepServing = true
    self.options = options
  }

  /// Starts launch session `id` for the sample in `directory`.
  func launch(_ id: SessionID, directory: String) async {
    let target: LaunchTarget
    do throws(LaunchError) {
      target = try LaunchTarget.load(directory: directory)
    } catch {
      inbox.post(.msg(.launch(id, .done(.failed(error, lastLines: [])))))
      return
    }
    let inbox = inbox
    await supervisor.launch(id, target: target, options: options) { event in
      inbox.post(.msg(.launch(id, event)))
    }
  }

  /// Starts session `id`: the sample's own tests, in the environment its launch prepared.
  func sampleTests(_ id: SessionID, directory: String) async {
    let inbox = inbox
    guard let target = try? LaunchTarget.load(directory: directory),
      let tests = SampleTests.prepared(for: target, cacheRoot: options.cacheRoot)
    else {
      inbox.post(.msg(.sampleTests(id, passed: false, summary: "its environment is not ready yet")))
      return
    }
    await supervisor.start(id) { groups in
      let summary = await tests.run(groups: groups) { line in
        inbox.post(.msg(.sampleTestsOutput(id, LogLine.clean(line))))
      }
      let stopped = groups.isStopping
      inbox.post(
        .msg(
          .sampleTests(id, passed: summary.passed && !stopped, summary: stopped ? "stopped" : summary.summary)
        ))
    }
  }

  /// Starts session `id`: the same app in both frameworks, measured side by side, in a
  /// working folder of its own that is removed afterwards.
  func measure(_ id: SessionID, _ request: MeasureScreen.Request, content: [String: String]) async {
    let inbox = inbox
    var options = Measurement.Options(
      features: request.features, answers: request.answers, name: Measurement.defaultName,
      contentFiles: content)
    options.pythonPath = self.options.pythonPath
    options.cacheRoot = self.options.cacheRoot
    let measurement = Measurement(options: options)
    // Stopping the session stops the measure, which stops both launches it runs.
    await supervisor.start(
      id, onStop: { measurement.stop() },
      work: { _ in
        for await event in measurement.events() { inbox.post(.msg(.measure(id, event))) }
      })
  }

  /// Starts session `id`: watches the practice project in `directory` and checks exercise
  /// `exerciseID` now and on every save, each check a session of its own that a newer save
  /// cancels.
  func practice(
    _ id: SessionID, exerciseID: String, framework: Framework, directory: String, content: [String: String]
  ) async {
    let inbox = inbox
    let catalog = ExerciseCatalog(files: content)
    guard let exercise = catalog.exercise(id: exerciseID) else { return }
    guard let target = try? LaunchTarget.load(directory: directory), target.framework == framework else {
      inbox.post(.msg(.practice(id, .unavailable(.noProject))))
      return
    }
    guard
      let check = PracticeCheck.prepared(
        exercise, catalog: catalog, target: target, cacheRoot: options.cacheRoot)
    else {
      inbox.post(.msg(.practice(id, .unavailable(.noEnvironment))))
      return
    }
    let supervisor = supervisor
    let watcher = FileWatcher(root: directory)
    // Its checks are sessions too, numbered apart from the interface's own ids.
    let watch = PracticeWatch(
      check: check, supervisor: supervisor, watcher: watcher, firstID: id.value * 1_000_000)
    // Stopping the session stops the watch, which cancels the check it runs.
    await supervisor.start(
      id, onStop: { watcher.stop() },
      work: { _ in
        await watch.run { event in
          switch event {
          case .checking: inbox.post(.msg(.practice(id, .checking)))
          case .result(_, let outcome): inbox.post(.msg(.practice(id, .result(outcome))))
          }
        }
      })
  }

  func recheck(_ id: SessionID) async {
    if let results = await supervisor.recheck(id) { inbox.post(.msg(.rechecked(id, results))) }
  }
}

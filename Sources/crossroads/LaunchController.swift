import CrossroadsCore
import CrossroadsLaunch
import CrossroadsUI
import Dispatch
import Synchronization

/// The sample the interface is running, if any: effects start, stop, re-check and test it,
/// and its events come back to `update` as messages.
final class LaunchController: Sendable {
  private struct Running: Sendable {
    let launcher: Launcher
    /// Signalled once the launch's stream has ended: nothing of the sample runs any more.
    let finished: DispatchSemaphore
  }

  private let running = Mutex<Running?>(nil)
  private let inbox: Inbox

  init(inbox: Inbox) {
    self.inbox = inbox
  }

  /// Starts the sample in `directory`, after stopping any launch before it.
  func launch(directory: String) {
    stopAndWait()
    let target: LaunchTarget
    do throws(LaunchError) {
      target = try LaunchTarget.load(directory: directory)
    } catch {
      inbox.post(.msg(.launch(.done(.failed(error, lastLines: [])))))
      return
    }
    let launcher = Launcher(target: target, options: Launcher.Options(keepServing: true))
    let finished = DispatchSemaphore(value: 0)
    running.withLock { $0 = Running(launcher: launcher, finished: finished) }
    let inbox = inbox
    Task {
      for await event in launcher.events() { inbox.post(.msg(.launch(event))) }
      finished.signal()
    }
  }

  /// Asks the running sample to stop; `.done` arrives when it has.
  func stop() {
    running.withLock { $0 }?.launcher.stop()
  }

  /// Stops the running sample and waits until its whole process group is gone: the
  /// program's way out passes here before the terminal is given back.
  func stopAndWait() {
    guard
      let current = running.withLock({ running in
        defer { running = nil }
        return running
      })
    else { return }
    current.launcher.stop()
    current.finished.wait()
  }

  func recheck() {
    guard let launcher = running.withLock({ $0 })?.launcher else { return }
    let inbox = inbox
    Task {
      if let results = await launcher.recheck() { inbox.post(.msg(.rechecked(results))) }
    }
  }

  func runSampleTests() {
    guard let launcher = running.withLock({ $0 })?.launcher else {
      inbox.post(.msg(.sampleTests(passed: false, summary: "start the sample first (r)")))
      return
    }
    let inbox = inbox
    Task {
      guard let summary = await launcher.sampleTests() else {
        inbox.post(.msg(.sampleTests(passed: false, summary: "its environment is not ready yet")))
        return
      }
      inbox.post(.msg(.sampleTests(passed: summary.passed, summary: summary.summary)))
    }
  }
}

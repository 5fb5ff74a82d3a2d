import CrossroadsCore
import Synchronization

/// Re-runs a check on every save: each run is a session of the `Supervisor`, and a save
/// that arrives while one runs cancels it (by id) before the next starts, so only the newest
/// code's result is ever reported.
public final class PracticeWatch: Sendable {
  public enum Event: Sendable, Equatable {
    /// Session `id` started checking (the first run, or after a save).
    case checking(SessionID)
    case result(SessionID, CheckOutcome)
  }

  public let check: PracticeCheck
  public let supervisor: Supervisor
  public let watcher: FileWatcher
  private let nextID: Mutex<Int>

  /// Session ids are taken from `firstID` upwards, so they never clash with the caller's.
  public init(check: PracticeCheck, supervisor: Supervisor, watcher: FileWatcher, firstID: Int = 1) {
    self.check = check
    self.supervisor = supervisor
    self.watcher = watcher
    self.nextID = Mutex(firstID)
  }

  /// Checks once, then again after every save, until the task is cancelled or the watcher
  /// stops; the running check is cancelled on the way out.
  public func run(report: @escaping @Sendable (Event) -> Void) async {
    let changes = watcher.changes()
    var current = await start(report: report)
    for await _ in changes {
      if Task.isCancelled { break }
      await supervisor.cancel(current)
      current = await start(report: report)
    }
    watcher.stop()
    await supervisor.cancel(current)
  }

  private func start(report: @escaping @Sendable (Event) -> Void) async -> SessionID {
    let id = nextID.withLock { value in
      defer { value += 1 }
      return SessionID(value)
    }
    report(.checking(id))
    let check = check
    await supervisor.start(id) { groups in
      let outcome = await check.run(groups: groups)
      // A cancelled run's result is about code that has changed since: not worth saying.
      if !groups.isStopping { report(.result(id, outcome)) }
    }
    return id
  }
}

import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process groups one session has started and not yet seen end, so one stop reaches them all.
///
/// Every child starts as the leader of its own group: signalling the group also reaches
/// what it started (pip's build steps, a server's workers), which a signal to one pid misses.
public final class ProcessGroups: Sendable {
  private struct State {
    var live: Set<pid_t> = []
    var stopping = false
  }
  private let state = Mutex(State())
  /// Opens when a stop is asked, so a step can await it instead of polling `isStopping`.
  public let stopped = Latch()

  public init() {}

  /// Whether a stop was asked; a step that sees it starts nothing new.
  public var isStopping: Bool { state.withLock { $0.stopping } }

  /// Records a started group; returns false, having killed it, when a stop came first.
  @discardableResult
  func add(_ group: pid_t) -> Bool {
    let accepted = state.withLock { state in
      if state.stopping { return false }
      state.live.insert(group)
      return true
    }
    if !accepted { kill(-group, SIGKILL) }
    return accepted
  }

  func remove(_ group: pid_t) {
    _ = state.withLock { $0.live.remove(group) }
  }

  /// Marks the work as stopping and sends `signal` to every live group.
  public func signalAll(_ signal: Int32) {
    let groups = state.withLock { state in
      state.stopping = true
      return state.live
    }
    stopped.open()
    for group in groups { kill(-group, signal) }
  }

  var liveCount: Int { state.withLock { $0.live.count } }
}

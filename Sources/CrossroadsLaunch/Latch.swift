import Synchronization

/// A one-way gate: closed until `open()`, then open for good; tasks can wait for it.
///
/// It lets a step await what it would otherwise poll for, such as a server's exit or a
/// request to stop, and a wait can be bounded by a timeout.
public final class Latch: Sendable {
  private struct State {
    var isOpen = false
    var nextWaiter = 0
    var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
  }
  private let state = Mutex(State())

  public init() {}

  public var isOpen: Bool { state.withLock { $0.isOpen } }

  /// Opens the gate and wakes every waiter; later calls do nothing.
  public func open() {
    let waiters = state.withLock { state in
      guard !state.isOpen else { return [CheckedContinuation<Void, Never>]() }
      state.isOpen = true
      defer { state.waiters = [:] }
      return Array(state.waiters.values)
    }
    for waiter in waiters { waiter.resume() }
  }

  /// Returns once the gate is open, or at once when the waiting task is cancelled.
  public func wait() async {
    let id = state.withLock { state in
      defer { state.nextWaiter += 1 }
      return state.nextWaiter
    }
    await withTaskCancellationHandler {
      await withCheckedContinuation { continuation in
        let resumeNow = state.withLock { state in
          if state.isOpen || Task.isCancelled { return true }
          state.waiters[id] = continuation
          return false
        }
        if resumeNow { continuation.resume() }
      }
    } onCancel: {
      state.withLock { $0.waiters.removeValue(forKey: id) }?.resume()
    }
  }

  /// Waits until any of `latches` opens, or `timeout` passes; true if one opened.
  public static func any(_ latches: [Latch], timeout: Duration? = nil) async -> Bool {
    if latches.contains(where: \.isOpen) { return true }
    return await withTaskGroup(of: Bool.self) { group in
      for latch in latches {
        group.addTask {
          await latch.wait()
          return !Task.isCancelled
        }
      }
      if let timeout {
        group.addTask {
          try? await Task.sleep(for: timeout)
          return false
        }
      }
      let first = await group.next() ?? false
      group.cancelAll()
      return first
    }
  }
}

import Dispatch
import Synchronization

/// Waits for async work from synchronous code: a command's `run`, the effect worker, the
/// teardown. The work runs in a task of its own; the calling thread, outside Swift
/// concurrency, blocks until it returns, so effects happen in the order they were asked for.
enum Blocking {
  static func wait<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
    let result = Mutex<T?>(nil)
    let done = DispatchSemaphore(value: 0)
    Task {
      let value = await work()
      result.withLock { $0 = value }
      done.signal()
    }
    done.wait()
    return result.withLock { $0! }
  }
}

import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The signals that ask a command without the interface (`run`, `measure`) to stop: read by
/// Dispatch sources as events, never handled inside a signal handler, the first one kept for
/// the exit status.
final class StopSignals {
  static let watched = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

  /// The first signal, shared with the sources' handlers.
  private final class First: Sendable {
    let signal = Mutex<Int32?>(nil)
  }

  private let first = First()
  private let sources: [any DispatchSourceSignal]

  /// Blocks the signals on this thread and every thread it starts: call it first thing,
  /// before any thread exists, so they arrive only through the sources.
  ///
  /// SIGPIPE is ignored too: a closed stdout (`crossroads run … | head -1`) must end in a
  /// write error, not in a death that would leave a server running; children get the
  /// default back when they are spawned.
  static func block() {
    var blocked = sigset_t()
    sigemptyset(&blocked)
    for signal in watched { sigaddset(&blocked, signal) }
    pthread_sigmask(SIG_BLOCK, &blocked, nil)
    signal(SIGPIPE, SIG_IGN)
  }

  /// Hands each signal to `stop`, with the first one's name on stderr ("interrupted:
  /// stopping the sample…").
  init(stopping what: String, stop: @escaping @Sendable () -> Void) {
    let queue = DispatchQueue(label: "crossroads.stop-signals")
    let first = first
    sources = Self.watched.map { number in
      let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
      source.setEventHandler {
        let isFirst = first.signal.withLock { first in
          defer { if first == nil { first = number } }
          return first == nil
        }
        if isFirst { printError("\n\(Self.name(of: number)): stopping \(what)…") }
        stop()
      }
      source.resume()
      return source
    }
  }

  /// The first signal received, if any.
  var received: Int32? { first.signal.withLock { $0 } }

  func cancel() {
    for source in sources { source.cancel() }
  }

  static func name(of signal: Int32) -> String {
    switch signal {
    case SIGINT: "interrupted"
    case SIGTERM: "terminated"
    case SIGHUP: "hung up"
    case SIGQUIT: "quit"
    default: "signal \(signal)"
    }
  }
}

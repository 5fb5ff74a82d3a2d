import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the app: waits for keys and events, applies `update`, draws with `view`.
///
/// Everything terminal-related happens on the thread that calls `run`; other threads only
/// post to the `Inbox`.
public final class Program {
  private var state: AppState
  private let backend: any TerminalBackend
  private let inbox: Inbox
  private var running = true
  private var exitStatus: Int32 = 0

  public init(state: AppState, backend: any TerminalBackend, inbox: Inbox) {
    self.state = state
    self.backend = backend
    self.inbox = inbox
  }

  /// Runs until the user quits or a signal arrives, and returns the exit status: 0 for a
  /// quit, 128 + the signal's number for a signal. The caller then restores the terminal.
  public func run() -> Int32 {
    state.glyphs = backend.glyphs
    apply(.resize(backend.size))
    draw()
    while running {
      let keys = backend.waitForKeys(orWake: inbox.wakeDescriptor)
      for key in keys where running { apply(.key(key)) }
      if backend.inputClosed, running { apply(.signal(.hangup)) }
      for event in inbox.drain() where running {
        switch event {
        case .msg(let msg): apply(msg)
        case .windowChanged: apply(.resize(backend.refreshSize()))
        }
      }
      if running { draw() }
    }
    return exitStatus
  }

  private func apply(_ msg: Msg) {
    for effect in update(&state, msg) {
      switch effect {
      case .quit:
        running = false
        if case .signal(let signal) = msg { exitStatus = signal.exitStatus }
      case .generate(let request):
        // Off the UI thread, so the screen keeps answering while files are written.
        let inbox = self.inbox
        let files = state.lessonFiles
        DispatchQueue.global().async {
          inbox.post(.msg(.generated(request.perform(contentFiles: files))))
        }
      }
    }
  }

  private func draw() {
    var canvas = Canvas(size: state.size, glyphs: state.glyphs)
    view(state, into: &canvas)
    backend.present(canvas)
  }
}

/// Turns SIGINT, SIGTERM, SIGHUP and SIGWINCH into events in an inbox.
///
/// The signals are blocked on every thread (call `SignalEvents.block()` first thing, before
/// any thread starts, so all inherit the mask) and read by Dispatch signal sources, so no
/// work is ever done inside a signal handler.
public final class SignalEvents {
  public static let watched: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGWINCH]
  private var sources: [any DispatchSourceSignal] = []

  /// Blocks the watched signals on the calling thread and every thread it starts.
  public static func block() {
    var set = sigset_t()
    sigemptyset(&set)
    for signal in watched { sigaddset(&set, signal) }
    pthread_sigmask(SIG_BLOCK, &set, nil)
  }

  public init(posting inbox: Inbox) {
    let queue = DispatchQueue(label: "crossroads.signals")
    for signal in Self.watched {
      let source = DispatchSource.makeSignalSource(signal: signal, queue: queue)
      let event: RuntimeEvent =
        switch signal {
        case SIGINT: .msg(.signal(.interrupt))
        case SIGTERM: .msg(.signal(.terminate))
        case SIGHUP: .msg(.signal(.hangup))
        default: .windowChanged
        }
      source.setEventHandler { inbox.post(event) }
      source.resume()
      sources.append(source)
    }
  }

  public func cancel() {
    for source in sources { source.cancel() }
    sources = []
  }
}

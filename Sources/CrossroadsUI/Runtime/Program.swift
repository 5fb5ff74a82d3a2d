import CrossroadsCore
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
  private let perform: @Sendable (Effect) -> Msg?
  /// Carries out the effects that need the terminal itself (an editor), on this thread.
  private let performOnTerminal: (Effect) -> Msg?
  /// Effects run here, in order, off the UI thread; drained before `run` returns.
  private let worker = DispatchQueue(label: "crossroads.effects")
  /// The last frame drawn, and the one before it, which the backend no longer holds: the
  /// next frame is drawn into that one's cells (`view` blanks every cell first). A 200x60
  /// frame is 288 KB, and allocating each anew cost a page fault for every 4 KB of it on
  /// the first keys.
  private var lastFrame: Canvas?
  private var spareFrame: Canvas?

  /// `perform` carries out the effects that reach outside (saving files now, processes
  /// later) on a worker thread; the message it returns, if any, comes back to `update`.
  ///
  /// `performOnTerminal` carries out `.edit`: the terminal is handed over while it runs.
  public init(
    state: AppState, backend: any TerminalBackend, inbox: Inbox,
    performOnTerminal: @escaping (Effect) -> Msg? = { _ in nil },
    perform: @escaping @Sendable (Effect) -> Msg?
  ) {
    self.state = state
    self.backend = backend
    self.inbox = inbox
    self.performOnTerminal = performOnTerminal
    self.perform = perform
  }

  /// Runs until the user quits or a signal arrives, and returns the exit status: 0 for a
  /// quit, 128 + the signal's number for a signal. The caller then restores the terminal.
  ///
  /// `effects` are carried out first, as if `update` had asked for them: the launch of a run
  /// screen the program opens on. `afterFirstFrame` runs once the first frame is drawn, for
  /// what the first frame need not wait for; the message it returns is applied then.
  public func run(startingWith effects: [Effect] = [], afterFirstFrame: () -> Msg? = { nil }) -> Int32 {
    state.glyphs = backend.glyphs
    apply(.resize(backend.size))
    draw()
    if let msg = afterFirstFrame() { apply(msg) }
    carryOut(effects, after: nil)
    // The course and the questionnaire are parsed once the first frame is out, not on the
    // first key, so that key is as quick as the others; what loading has to say (answers
    // that no longer fit) is drawn at once.
    state.loadCourse()
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
    // A save asked for just before quitting still completes before the program ends.
    worker.sync {}
    return exitStatus
  }

  private func apply(_ msg: Msg) {
    carryOut(update(&state, msg), after: msg)
  }

  private func carryOut(_ effects: [Effect], after msg: Msg?) {
    for effect in effects {
      switch effect {
      case .quit:
        running = false
        if case .signal(let signal) = msg { exitStatus = signal.exitStatus }
      case .edit:
        var result: Msg?
        backend.suspend { result = performOnTerminal(effect) }
        if let result { inbox.post(.msg(result)) }
        // The window may have changed size while the editor had it.
        apply(.resize(backend.refreshSize()))
      default:
        worker.async { [perform, inbox] in
          if let result = perform(effect) { inbox.post(.msg(result)) }
        }
      }
    }
  }

  private func draw() {
    var canvas = spareFrame ?? Canvas(size: state.size, glyphs: state.glyphs)
    spareFrame = nil
    if canvas.size != state.size || canvas.glyphs != state.glyphs {
      canvas = Canvas(size: state.size, glyphs: state.glyphs)
    }
    view(state, into: &canvas)
    backend.present(canvas)
    spareFrame = lastFrame
    lastFrame = canvas
  }
}

/// Turns SIGINT, SIGTERM, SIGHUP, SIGQUIT and SIGWINCH into events in an inbox.
///
/// The signals are blocked on every thread (call `SignalEvents.block()` first thing, before
/// any thread starts, so all inherit the mask) and read by Dispatch signal sources, so no
/// work is ever done inside a signal handler.
public final class SignalEvents {
  /// SIGQUIT (Ctrl-\\) is a request to quit like SIGTERM, not a crash: it takes the same way out.
  public static let watched: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH]
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
        case SIGQUIT: .msg(.signal(.quit))
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

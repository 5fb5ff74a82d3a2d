import ArgumentParser
import CrossroadsCore
import CrossroadsLaunch
import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `crossroads run DIR`: set up a generated sample, start it, check its endpoints.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Set up and launch a generated sample, and check every endpoint it promises.",
    discussion: """
      Steps go to stderr and endpoint results to stdout. Without --check the server keeps
      running, its log streamed to stderr, until Ctrl-C; with --check it is stopped after the
      checks and the exit status is 0 only if every endpoint passed. Either way, nothing of
      the sample is left running and its port is free when crossroads exits.
      """)

  @Argument(help: "The sample's folder: one with a .crossroads.json, as `crossroads generate` writes.")
  var directory: String

  // Unconditional, so `--port -1` is read as a port (and refused as one), not as a flag.
  @Option(
    parsing: .unconditional,
    help: "The port to try first (default: 5000 for Flask, 8000 for Django; busy ones are skipped).")
  var port: Int?

  @Option(help: "The Python to use, 3.10 or newer (default: python3 on the PATH).")
  var python: String?

  @Flag(help: "Check every endpoint, stop the server, and exit 0 only if all passed.")
  var check = false

  func validate() throws {
    if let port, !(1...65535).contains(port) {
      throw ValidationError("--port takes a port from 1 to 65535, such as 5000 or 8080.")
    }
  }

  func run() throws {
    // Blocked before any thread starts, so every thread inherits the mask and the signals
    // come only through the Dispatch sources below, as messages, never mid-step.
    let watched = [SIGINT, SIGTERM, SIGHUP]
    var blocked = sigset_t()
    sigemptyset(&blocked)
    for signal in watched { sigaddset(&blocked, signal) }
    pthread_sigmask(SIG_BLOCK, &blocked, nil)
    // A closed stdout (`crossroads run … | head -1`) must end in a write error, not in death
    // by SIGPIPE that would leave the server running; children get the default back.
    signal(SIGPIPE, SIG_IGN)

    let target: LaunchTarget
    do {
      target = try LaunchTarget.load(directory: directory)
    } catch {
      printError("crossroads run: \(error)")
      throw ExitCode(2)
    }
    let launcher = Launcher(
      target: target, options: Launcher.Options(pythonPath: python, port: port, keepServing: !check))
    let session = RunSession(serving: !check)

    let queue = DispatchQueue(label: "crossroads.run.signals")
    let sources = watched.map { signal in
      let source = DispatchSource.makeSignalSource(signal: signal, queue: queue)
      source.setEventHandler {
        if session.received(signal) {
          printError("\n\(RunSession.name(of: signal)): stopping the sample…")
        }
        launcher.stop()
      }
      source.resume()
      return source
    }
    defer { for source in sources { source.cancel() } }

    let finished = DispatchSemaphore(value: 0)
    Task {
      for await event in launcher.events() { session.report(event) }
      finished.signal()
    }
    finished.wait()
    let status = session.exitStatus
    if status != 0 { throw ExitCode(status) }
  }
}

/// What `crossroads run` prints as the launch goes, and the exit status it ends with.
final class RunSession: Sendable {
  private struct State {
    var signal: Int32?
    var outcome: LaunchOutcome?
  }
  private let state = Mutex(State())
  let serving: Bool

  init(serving: Bool) { self.serving = serving }

  /// Records a signal; true for the first one, which is the one reported and exited with.
  func received(_ signal: Int32) -> Bool {
    state.withLock { state in
      guard state.signal == nil else { return false }
      state.signal = signal
      return true
    }
  }

  /// 0 when every endpoint passed; 128 + the signal when stopped by one, as shells do; else 1.
  var exitStatus: Int32 {
    state.withLock { state in
      if let signal = state.signal { return 128 + signal }
      switch state.outcome {
      case .passed: return 0
      case .stopped: return 130
      default: return 1
      }
    }
  }

  static func name(of signal: Int32) -> String {
    switch signal {
    case SIGINT: "interrupted"
    case SIGTERM: "terminated"
    case SIGHUP: "hung up"
    default: "signal \(signal)"
    }
  }

  func report(_ event: LaunchEvent) {
    switch event {
    case .started(let step):
      printError("-> \(step.title)…")
    case .progress(_, let line):
      printError("   \(line)")
    case .finished(let step, let detail):
      printError("ok \(step.title): \(detail)")
    case .skipped(let step, let why):
      printError("-- \(step.title): \(why)")
    case .failed(let step, let reason):
      printError("!! \(step.title) failed: \(reason)")
    case .superuser:
      break  // The superuser step's summary already says the login and password.
    case .serving(let url):
      if serving { printError("   Open \(url) in a browser. Ctrl-C stops the server.") }
    case .endpoint(let result):
      printOut(result.line)
    case .log(let line):
      if serving { printError("   | \(line)") }
    case .serverExited(let status, _):
      printError("!! the server stopped on its own (\(status)).")
    case .done(let outcome):
      state.withLock { $0.outcome = outcome }
      finish(outcome)
    }
  }

  private func finish(_ outcome: LaunchOutcome) {
    switch outcome {
    case .passed:
      printError(
        serving ? "Stopped; the port is free again." : "All endpoints passed; the server is stopped.")
    case .stopped:
      printError("Stopped; nothing of the sample is running.")
    case .endpointsFailed(let count):
      printError("\(count) endpoint\(count == 1 ? "" : "s") failed; the server is stopped.")
    case .failed(let error, let lines):
      guard !lines.isEmpty else { return }  // The failed step has said why.
      printError("The server's last lines:")
      for line in lines.suffix(25) { printError("   | \(line)") }
      // Again after the log, so the reason is what a person sees without scrolling back.
      printError("crossroads run: \(error)")
    }
  }
}

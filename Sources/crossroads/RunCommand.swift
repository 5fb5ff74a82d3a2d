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
      In a terminal it opens the run screen (the same as Generate → Run it, with its keys; ? \
      lists them). With --plain, or when output is not a terminal, steps go to stderr and \
      endpoint results to stdout. Without --check the server keeps running, its log streamed \
      to stderr, until Ctrl-C; with --check it is stopped after the checks and the exit status \
      is 0 only if every endpoint passed. Either way, nothing of the sample is left running and \
      its port is free when crossroads exits, even if crossroads itself is killed.

      The sample runs with your environment less your own Flask and Django settings: every \
      FLASK_* and DJANGO_* variable, and PYTHONPATH, PYTHONHOME, PYTHONSTARTUP, VIRTUAL_ENV and \
      CONDA_PREFIX, are removed, so another project's DJANGO_SETTINGS_MODULE or FLASK_APP \
      cannot reach it; the launch sets what the sample needs itself.
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

  @Flag(help: "Stream the steps and the server's log as plain text, even in a terminal.")
  var plain = false

  func validate() throws {
    if let port, !(1...65535).contains(port) {
      throw ValidationError("--port takes a port from 1 to 65535, such as 5000 or 8080.")
    }
  }

  func run() throws {
    StopSignals.block()

    let target: LaunchTarget
    do {
      target = try LaunchTarget.load(directory: directory)
    } catch {
      printError("crossroads run: \(error)")
      throw ExitCode(2)
    }
    let options = Launcher.Options(pythonPath: python, port: port, keepServing: !check)
    // In a terminal, without --check or --plain, it is the run screen, with its keys.
    if !check, !plain, isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 {
      let status = try Interface.run(
        lessonFiles: EmbeddedContent.files, runDirectory: target.directory, launchOptions: options)
      if status != 0 { throw ExitCode(status) }
      return
    }
    let launcher = Launcher(target: target, options: options)
    let session = RunSession(serving: !check)

    let signals = StopSignals(stopping: "the sample") { launcher.stop() }
    defer { signals.cancel() }

    Blocking.wait { for await event in launcher.events() { session.report(event) } }
    if let signal = signals.received { throw ExitCode(128 + signal) }
    let status = session.exitStatus
    if status != 0 { throw ExitCode(status) }
  }
}

/// What `crossroads run` prints as the launch goes, and the exit status it ends with.
final class RunSession: Sendable {
  private struct State {
    var outcome: LaunchOutcome?
  }
  private let state = Mutex(State())
  let serving: Bool

  init(serving: Bool) { self.serving = serving }

  /// 0 when every endpoint passed, 130 when stopped, else 1 (a signal's status is the
  /// command's to give, from `StopSignals`).
  var exitStatus: Int32 {
    state.withLock { state in
      switch state.outcome {
      case .passed: return 0
      case .stopped: return 130
      default: return 1
      }
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
    case .elapsed:
      break  // The installer's own lines carry the time so far.
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

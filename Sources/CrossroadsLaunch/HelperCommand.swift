import Subprocess
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

#if canImport(System)
  import System
#else
  import SystemPackage
#endif

/// A short-lived command of a launch (venv, pip, migrate), run to its end with its output as lines.
///
/// It runs in its own process group with stdin from /dev/null, so it can never read the
/// terminal, and a timeout or a stop ends it together with everything it started.
struct HelperCommand: Sendable {
  let executable: String
  let arguments: [String]
  var environment: [String: String?] = [:]
  var workingDirectory: String?

  /// How it ended, and the last lines it printed.
  struct Result: Sendable {
    let status: TerminationStatus
    let lastLines: [String]
    let timedOut: Bool

    var succeeded: Bool { status.isSuccess && !timedOut }
    var statusText: String { timedOut ? "timed out" : status.text }
  }

  /// Runs the command, handing each output line to `onLine`.
  func run(
    groups: ProcessGroups, timeout: Duration? = nil, keep: Int = 40,
    onLine: @escaping @Sendable (String) -> Void = { _ in }
  ) async throws -> Result {
    var options = PlatformOptions()
    options.processGroupID = 0
    let record = Record()
    let env = Environment.inherit.updating(
      Dictionary(uniqueKeysWithValues: environment.map { (Environment.Key(rawValue: $0.key)!, $0.value) }))
    let result = try await Subprocess.run(
      .path(FilePath(executable)), arguments: Arguments(arguments), environment: env,
      workingDirectory: workingDirectory.map { FilePath($0) }, platformOptions: options,
      input: .none, output: .sequence, error: .combinedWithOutput
    ) { execution in
      let group = execution.processIdentifier.value
      groups.add(group)
      defer { groups.remove(group) }
      let watchdog = timeout.map { limit in
        Task {
          try await Task.sleep(for: limit)
          record.state.withLock { $0.timedOut = true }
          kill(-group, SIGKILL)
        }
      }
      defer { watchdog?.cancel() }
      for try await line in execution.standardOutput.strings() {
        record.state.withLock { state in
          state.lines.append(line)
          if state.lines.count > keep { state.lines.removeFirst(state.lines.count - keep) }
        }
        onLine(line)
      }
    }
    let (lines, timedOut) = record.state.withLock { ($0.lines, $0.timedOut) }
    return Result(status: result.terminationStatus, lastLines: lines, timedOut: timedOut)
  }

  /// What the output loop and the watchdog share.
  private final class Record: Sendable {
    let state = Mutex<(lines: [String], timedOut: Bool)>(([], false))
  }
}

extension TerminationStatus {
  /// "exit status 1" or "killed by signal 9", as a person reads it.
  var text: String {
    switch self {
    case .exited(let code): "exit status \(code)"
    case .signaled(let signal): "killed by signal \(signal)"
    }
  }
}

import CrossroadsCore
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

/// A program Crossroads starts (venv, pip, migrate, a dev server, a test run): the one way
/// every child process is spawned.
///
/// Each child leads its own process group, so one signal to the group reaches everything it
/// starts; its stdin is /dev/null and its stdout and stderr share one pipe, so it can never
/// read or draw on the terminal; it runs under the `Watchdog`'s guard, so it dies with
/// Crossroads; and it sees the `ChildEnvironment`, not the person's framework variables.
/// Subprocess spawns it with an empty signal mask and default dispositions: the interface
/// blocks SIGINT, SIGTERM, SIGHUP and SIGQUIT in its threads, and a mask is inherited across
/// exec, so without that reset a server would ignore the SIGTERM that asks it to stop.
public struct ChildCommand: Sendable, Equatable {
  public var executable: String
  public var arguments: [String]
  /// Variables set for this command on top of the `ChildEnvironment`; nil removes one.
  public var environment: [String: String?]
  public var workingDirectory: String?

  public init(
    executable: String, arguments: [String], environment: [String: String?] = [:],
    workingDirectory: String? = nil
  ) {
    self.executable = executable
    self.arguments = arguments
    self.environment = environment
    self.workingDirectory = workingDirectory
  }

  /// How a command run to its end ended, and the last lines it printed.
  public struct Result: Sendable {
    public let status: TerminationStatus
    public let lastLines: [String]
    public let timedOut: Bool

    public var succeeded: Bool { status.isSuccess && !timedOut }
    public var statusText: String { timedOut ? "timed out" : status.text }
  }

  /// Spawns the command and streams its output lines until it ends.
  ///
  /// `onStart` gets the group id as soon as the child exists. The group is added to `groups`
  /// for as long as it lives, and killed once the command has ended, so nothing it started
  /// (nor its guard) outlives it.
  public func spawn(
    groups: ProcessGroups, onStart: @escaping @Sendable (pid_t) -> Void = { _ in },
    onLine: @escaping @Sendable (String) -> Void
  ) async throws -> TerminationStatus {
    // Checked here, because under the guard a missing program would only be the shell's
    // "not found" exit; this keeps the error Subprocess itself gives.
    guard access(executable, X_OK) == 0 else { throw NotExecutable(path: executable) }
    var options = PlatformOptions()
    options.processGroupID = 0
    var variables: [Environment.Key: String] = [:]
    for (name, value) in ChildEnvironment.make(inherited: ProcessEnvironment.current, set: environment) {
      if let key = Environment.Key(rawValue: name) { variables[key] = value }
    }
    let (program, programArguments) =
      Watchdog.readDescriptor == nil ? (executable, arguments) : Watchdog.guarded(executable, arguments)
    let configuration = Configuration(
      executable: .path(FilePath(program)), arguments: Arguments(programArguments),
      environment: .custom(variables), workingDirectory: workingDirectory.map { FilePath($0) },
      platformOptions: options)
    func started(_ group: pid_t, _ output: SubprocessOutputSequence) async throws {
      groups.add(group)
      defer {
        groups.remove(group)
        // The leader has ended; what it left in its group (its guard, a stray worker) goes too.
        // The group id cannot be reused while any member lives, so this reaches only ours.
        kill(-group, SIGKILL)
      }
      onStart(group)
      for try await line in output.strings() { onLine(line) }
    }
    if let watched = Watchdog.readDescriptor {
      let input = FileDescriptorInput.fileDescriptor(
        FileDescriptor(rawValue: watched), closeAfterSpawningProcess: false)
      return try await Subprocess.run(
        configuration, input: input, output: .sequence, error: .combinedWithOutput
      ) { execution in
        try await started(execution.processIdentifier.value, execution.standardOutput)
      }.terminationStatus
    }
    return try await Subprocess.run(
      configuration, input: .none, output: .sequence, error: .combinedWithOutput
    ) { execution in
      try await started(execution.processIdentifier.value, execution.standardOutput)
    }.terminationStatus
  }

  /// The program to run does not exist or may not be run.
  public struct NotExecutable: Error, CustomStringConvertible {
    public let path: String
    public var description: String { "\(path) is not an executable file" }
  }

  /// Runs the command to its end, handing each output line to `onLine` and keeping the last
  /// `keep`; past `timeout` its whole group is killed.
  public func run(
    groups: ProcessGroups, timeout: Duration? = nil, keep: Int = 40,
    onLine: @escaping @Sendable (String) -> Void = { _ in }
  ) async throws -> Result {
    let record = Record()
    let status = try await spawn(
      groups: groups,
      onStart: { group in
        guard let timeout else { return }
        record.watch(group: group, timeout: timeout)
      },
      onLine: { line in
        record.remember(line, keep: keep)
        onLine(line)
      })
    record.stopWatching()
    let (lines, timedOut) = record.state.withLock { ($0.lines, $0.timedOut) }
    return Result(status: status, lastLines: lines, timedOut: timedOut)
  }

  /// What the output loop and the timeout share.
  private final class Record: Sendable {
    struct State {
      var lines: [String] = []
      var timedOut = false
      var watchdog: Task<Void, Never>?
    }
    let state = Mutex(State())

    func remember(_ line: String, keep: Int) {
      state.withLock { state in
        state.lines.append(line)
        if state.lines.count > keep { state.lines.removeFirst(state.lines.count - keep) }
      }
    }

    func watch(group: pid_t, timeout: Duration) {
      let task = Task { [self] in
        guard (try? await Task.sleep(for: timeout)) != nil else { return }
        state.withLock { $0.timedOut = true }
        kill(-group, SIGKILL)
      }
      state.withLock { $0.watchdog = task }
    }

    func stopWatching() {
      state.withLock { $0.watchdog }?.cancel()
    }
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

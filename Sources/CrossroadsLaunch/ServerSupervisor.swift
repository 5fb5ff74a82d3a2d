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

/// Runs a dev server as the leader of its own process group, streams its output as lines,
/// keeps the last of them, and stops the whole group however the launch ends.
///
/// The server's stdin is /dev/null and its stdout and stderr share one pipe, so it never
/// reads or draws on the terminal. Subprocess spawns it with an empty signal mask and
/// default dispositions: the interface blocks SIGINT, SIGTERM, SIGHUP and SIGWINCH in its
/// threads, and a mask is inherited across exec, so without that reset the server would
/// ignore the SIGTERM that asks it to stop.
public final class ServerSupervisor: Sendable {
  /// What to start.
  public struct Command: Sendable, Equatable {
    public var executable: String
    public var arguments: [String]
    public var environment: [String: String?]
    public var workingDirectory: String

    public init(
      executable: String, arguments: [String], environment: [String: String?], workingDirectory: String
    ) {
      self.executable = executable
      self.arguments = arguments
      self.environment = environment
      self.workingDirectory = workingDirectory
    }
  }

  private struct State {
    var group: pid_t?
    var exitStatus: String?
    var lines: [String] = []
    var stopRequested = false
    var task: Task<Void, Never>?
  }

  public let command: Command
  private let keep: Int
  private let groups: ProcessGroups
  private let state = Mutex(State())

  public init(command: Command, groups: ProcessGroups, keepLines: Int = 200) {
    self.command = command
    self.groups = groups
    self.keep = keepLines
  }

  /// The server's last output lines, oldest first.
  public var lastLines: [String] { state.withLock { $0.lines } }

  /// How it ended ("exit status 1"), or nil while it runs.
  public var exitStatus: String? { state.withLock { $0.exitStatus } }

  public var hasExited: Bool { exitStatus != nil }

  /// The server's process group id (its pid), once started.
  public var processGroup: pid_t? { state.withLock { $0.group } }

  /// Starts the server; `onLine` gets each output line, `onExit` the way it ended.
  public func start(
    onLine: @escaping @Sendable (String) -> Void, onExit: @escaping @Sendable (String) -> Void
  ) {
    let command = command
    let task = Task { [self] in
      var options = PlatformOptions()
      options.processGroupID = 0
      let environment = Environment.inherit.updating(
        Dictionary(
          uniqueKeysWithValues: command.environment.map { (Environment.Key(rawValue: $0.key)!, $0.value) }))
      let status: String
      do {
        let result = try await Subprocess.run(
          .path(FilePath(command.executable)), arguments: Arguments(command.arguments),
          environment: environment, workingDirectory: FilePath(command.workingDirectory),
          platformOptions: options, input: .none, output: .sequence, error: .combinedWithOutput
        ) { execution in
          let group = execution.processIdentifier.value
          let stopFirst = state.withLock { state in
            state.group = group
            return state.stopRequested
          }
          groups.add(group)
          if stopFirst { kill(-group, SIGKILL) }
          for try await raw in execution.standardOutput.strings() {
            let line = LogLine.clean(raw)
            remember(line)
            onLine(line)
          }
        }
        status = result.terminationStatus.text
      } catch {
        status = "could not run \(command.executable): \(error)"
      }
      let group = state.withLock { state in
        state.exitStatus = status
        return state.group
      }
      if let group { groups.remove(group) }
      onExit(status)
    }
    state.withLock { $0.task = task }
  }

  private func remember(_ line: String) {
    state.withLock { state in
      state.lines.append(line)
      if state.lines.count > keep { state.lines.removeFirst(state.lines.count - keep) }
    }
  }

  /// Stops the whole group: SIGTERM, then SIGKILL after `grace`; returns once it is reaped.
  ///
  /// Safe to call more than once and before the server has started.
  public func stop(grace: Duration = .seconds(3)) async {
    let (group, task) = state.withLock { state in
      state.stopRequested = true
      return (state.group, state.task)
    }
    guard let task else { return }
    if let group, !hasExited { kill(-group, SIGTERM) }
    let clock = ContinuousClock()
    let deadline = clock.now + grace
    while !hasExited && clock.now < deadline {
      try? await Task.sleep(for: .milliseconds(10))
    }
    if !hasExited, let group = processGroup { kill(-group, SIGKILL) }
    await task.value
    // The leader is gone; anything it started that ignored SIGTERM goes now. The group id
    // cannot be reused while such a member lives, so this reaches only the sample.
    if let group = processGroup { kill(-group, SIGKILL) }
  }
}

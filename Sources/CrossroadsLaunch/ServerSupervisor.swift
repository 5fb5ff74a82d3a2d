import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a dev server as a `ChildCommand`, streams its output as lines, keeps the last of
/// them, and stops its whole group however the launch ends.
public final class ServerSupervisor: Sendable {
  private struct State {
    var group: pid_t?
    var exitStatus: String?
    var lines: [String] = []
    var stopRequested = false
    var task: Task<Void, Never>?
  }

  public let command: ChildCommand
  private let keep: Int
  private let groups: ProcessGroups
  private let state = Mutex(State())
  /// Opens when the server has exited and its output has all been read.
  public let exited = Latch()

  public init(command: ChildCommand, groups: ProcessGroups, keepLines: Int = 200) {
    self.command = command
    self.groups = groups
    self.keep = keepLines
  }

  /// The server's last output lines, oldest first.
  public var lastLines: [String] { state.withLock { $0.lines } }

  /// How it ended ("exit status 1"), or nil while it runs.
  public var exitStatus: String? { state.withLock { $0.exitStatus } }

  public var hasExited: Bool { exited.isOpen }

  /// The server's process group id (its pid), once started.
  public var processGroup: pid_t? { state.withLock { $0.group } }

  /// Starts the server; `onLine` gets each output line.
  public func start(onLine: @escaping @Sendable (String) -> Void) {
    let command = command
    let task = Task { [self] in
      let status: String
      do {
        status = try await command.spawn(
          groups: groups,
          onStart: { group in
            let stopFirst = self.state.withLock { state in
              state.group = group
              return state.stopRequested
            }
            if stopFirst { kill(-group, SIGKILL) }
          },
          onLine: { line in
            let line = LogLine.clean(line)
            self.remember(line)
            onLine(line)
          }
        ).text
      } catch {
        status = "could not run \(command.executable): \(error)"
      }
      state.withLock { $0.exitStatus = status }
      exited.open()
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
    if await !Latch.any([exited], timeout: grace), let group = processGroup { kill(-group, SIGKILL) }
    await task.value
  }
}

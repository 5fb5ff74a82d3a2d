import CrossroadsCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one owner of every running thing: each session's work and the process groups it
/// started, by session id.
///
/// A session is started with its id, and its work reports through whatever it was given
/// (messages carrying the id); cancelling asks its groups to stop and returns only when the
/// work has ended and nothing of it runs. Quitting cancels every session the same way.
public actor Supervisor {
  private struct Session {
    let groups: ProcessGroups
    let task: Task<Void, Never>
    /// Opens when the work has returned.
    let ended: Latch
    /// A launch's own handle, for requests to the running server (re-check).
    let launcher: Launcher?
    /// Stops what the session runs that is not a process of its groups (a file watcher, a
    /// measure's own launches), called when it is cancelled.
    let onStop: (@Sendable () -> Void)?
  }

  private var sessions: [SessionID: Session] = [:]

  public init() {}

  /// The ids of the sessions still running, oldest first.
  public var running: [SessionID] { sessions.keys.sorted() }

  /// Starts `work` as session `id`; `work` gets the session's process groups to run its
  /// children in, and `onStop` is called when the session is cancelled, to end what waits
  /// on something other than a process. The session ends when `work` returns.
  public func start(
    _ id: SessionID, onStop: (@Sendable () -> Void)? = nil,
    work: @escaping @Sendable (ProcessGroups) async -> Void
  ) {
    let groups = ProcessGroups()
    register(id, groups: groups, launcher: nil, onStop: onStop) { await work(groups) }
  }

  /// Starts a launch as session `id`, each of its events handed to `report` in order.
  public func launch(
    _ id: SessionID, target: LaunchTarget, options: Launcher.Options,
    report: @escaping @Sendable (LaunchEvent) -> Void
  ) {
    let groups = ProcessGroups()
    let launcher = Launcher(target: target, options: options, groups: groups)
    register(id, groups: groups, launcher: launcher, onStop: nil) {
      for await event in launcher.events() { report(event) }
    }
  }

  private func register(
    _ id: SessionID, groups: ProcessGroups, launcher: Launcher?, onStop: (@Sendable () -> Void)?,
    work: @escaping @Sendable () async -> Void
  ) {
    let ended = Latch()
    let task = Task {
      await work()
      ended.open()
      self.finished(id)
    }
    sessions[id] = Session(groups: groups, task: task, ended: ended, launcher: launcher, onStop: onStop)
  }

  private func finished(_ id: SessionID) {
    sessions[id] = nil
  }

  /// How long a session's processes get to end after SIGTERM before they are killed.
  public static let grace = Duration.seconds(4)

  /// Requests every endpoint of session `id`'s server again; nil if it is not serving.
  public func recheck(_ id: SessionID) async -> [EndpointResult]? {
    await sessions[id]?.launcher?.recheck()
  }

  /// Stops session `id` and returns once its work has ended and its groups are gone.
  ///
  /// A session that has ended, or never began, needs nothing: cancelling it is harmless.
  public func cancel(_ id: SessionID) async {
    guard let session = sessions[id] else { return }
    await Self.stop([session])
  }

  /// Stops every session at once, and returns when all have ended.
  public func cancelAll() async {
    await Self.stop(Array(sessions.values))
  }

  /// SIGTERM to every group of `stopping`, SIGKILL to what is left after the grace time,
  /// then waits for each session's work to return.
  private static func stop(_ stopping: [Session]) async {
    for session in stopping {
      session.groups.signalAll(SIGTERM)
      session.onStop?()
    }
    for session in stopping where await !Latch.any([session.ended], timeout: grace) {
      session.groups.signalAll(SIGKILL)
    }
    for session in stopping { await session.task.value }
  }
}

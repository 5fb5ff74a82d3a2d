import CrossroadsCore

/// Times a sample's server from process start to its first 200 on `/`, over fresh starts in
/// the environment a launch prepared (migrations done, so only the server's own start counts).
struct StartTimer: Sendable {
  /// Why a start could not be timed, with the server's last lines.
  struct Failure: Error {
    let reason: String
    let lastLines: [String]
  }

  let launcher: Launcher
  let groups: ProcessGroups
  /// The longest one start may take before it counts as failed.
  var limit: Duration = .seconds(20)

  /// Starts and stops the server `count` times, one after the other; each start's milliseconds.
  func run(count: Int, onStart: @Sendable (Int, Double) -> Void) async throws(Failure) -> [Double] {
    guard let environment = launcher.preparedEnvironment else {
      throw Failure(reason: "its environment is not ready", lastLines: [])
    }
    var samples: [Double] = []
    for index in 0..<count {
      let sample = try await once(environment)
      samples.append(sample)
      onStart(index + 1, sample)
    }
    return samples
  }

  private func once(_ environment: EnvironmentCache.Entry) async throws(Failure) -> Double {
    let wanted = launcher.target.framework.usualPort + 100
    guard let port = PortFinder.firstFree(from: wanted) else {
      throw Failure(reason: LaunchError.noFreePort(wanted).description, lastLines: [])
    }
    let command: ChildCommand
    do {
      command = try launcher.serverCommand(environment, port: port)
    } catch {
      throw Failure(reason: error.description, lastLines: [])
    }
    let supervisor = ServerSupervisor(command: command, groups: groups)
    let clock = ContinuousClock()
    let start = clock.now
    supervisor.start(onLine: { _ in })
    let deadline = start + limit
    var answered: Double?
    while clock.now < deadline && !groups.isStopping && !supervisor.hasExited {
      let status = await offThePool {
        try? LoopbackHTTP.request(method: "GET", path: "/", body: nil, port: port, timeoutSeconds: 10).status
      }
      if status == 200 {
        answered = LoadGenerator.milliseconds(clock.now - start)
        break
      }
      try? await Task.sleep(for: .milliseconds(5))
    }
    // Killed at once: it has answered one GET and holds nothing a graceful stop would save,
    // and Gunicorn's graceful stop alone takes a quarter of a second.
    await supervisor.stop(grace: .zero)
    if let answered { return answered }
    if groups.isStopping { throw Failure(reason: LaunchError.stopped.description, lastLines: []) }
    let reason =
      supervisor.exitStatus.map { LaunchError.serverExited($0).description }
      ?? LaunchError.notReady(seconds: Int(limit.components.seconds)).description
    throw Failure(reason: reason, lastLines: supervisor.lastLines)
  }
}

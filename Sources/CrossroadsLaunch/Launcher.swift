import CrossroadsCore
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Takes a generated sample from folder to answering server, step by step, as a stream of
/// events, and stops everything it started however the launch ends.
public final class Launcher: Sendable {
  /// What the person chose on the command line or the screen.
  public struct Options: Sendable, Equatable {
    public var pythonPath: String?
    public var port: Int?
    public var cacheRoot: String?
    /// Keep the server running after the checks, until `stop()` or until it exits.
    public var keepServing: Bool
    public var readinessLimit: Duration = .seconds(20)
    public var grace: Duration = .seconds(3)
    /// Which server runs the sample.
    public var server: Server = .development
    /// Requirements files installed after the sample's own: the measure adds Gunicorn this
    /// way, to an environment of its own, without touching the sample.
    public var extraRequirements: [String] = []

    public init(
      pythonPath: String? = nil, port: Int? = nil, cacheRoot: String? = nil, keepServing: Bool = false
    ) {
      self.pythonPath = pythonPath
      self.port = port
      self.cacheRoot = cacheRoot
      self.keepServing = keepServing
    }
  }

  /// The server a launch starts.
  public enum Server: Sendable, Equatable {
    /// The framework's development server: `flask run`, `manage.py runserver`.
    case development
    /// Gunicorn, the production WSGI server, with this many worker processes; the
    /// environment must have it installed.
    case gunicorn(workers: Int)
  }

  public static let superuserName = "demo"

  public let target: LaunchTarget
  public let options: Options
  /// Every process the launch starts; stopping them is stopping the launch.
  private let groups: ProcessGroups
  private let server = Mutex<ServerSupervisor?>(nil)
  /// The ports this launch's servers were given, released when they have stopped.
  private let claimedPorts = Mutex<[Int]>([])
  private let environment = Mutex<EnvironmentCache.Entry?>(nil)
  /// The port the server answers on, once it does.
  private let servingPort = Mutex<Int?>(nil)

  /// `groups` is the session's: the supervisor that holds it can stop the launch.
  public init(target: LaunchTarget, options: Options, groups: ProcessGroups = ProcessGroups()) {
    self.target = target
    self.options = options
    self.groups = groups
  }

  /// Starts the launch; the stream ends after `.done`, when nothing of the sample runs.
  public func events() -> AsyncStream<LaunchEvent> {
    let (stream, continuation) = AsyncStream<LaunchEvent>.makeStream()
    Task {
      let outcome = await perform { continuation.yield($0) }
      await shutDown()
      continuation.yield(.done(outcome))
      continuation.finish()
    }
    return stream
  }

  /// Asks the launch to end: the running step is stopped and the server's group with it.
  ///
  /// Returns at once and may be called any number of times; `.done` follows on the stream
  /// once everything has ended.
  public func stop() {
    groups.signalAll(SIGTERM)
  }

  /// Requests every endpoint again from the running server; nil until it answers.
  public func recheck() async -> [EndpointResult]? {
    guard let port = servingPort.withLock({ $0 }) else { return nil }
    let checker = EndpointChecker(port: port)
    var results: [EndpointResult] = []
    for endpoint in target.endpoints { results.append(await checker.check(endpoint)) }
    return results
  }

  /// The server's last output lines, to show after a failure.
  public var serverLog: [String] { server.withLock { $0 }?.lastLines ?? [] }

  /// The running server's process group, to read its memory; nil before it starts.
  public var serverGroup: Int32? { server.withLock { $0 }?.processGroup }

  /// The environment this launch prepared, once it is ready.
  var preparedEnvironment: EnvironmentCache.Entry? { environment.withLock { $0 } }

  /// The requirements files the environment is made from, whose contents key it.
  var requirementsPaths: [String] { target.requirementsPaths + options.extraRequirements }

  private func shutDown() async {
    groups.signalAll(SIGTERM)
    if let supervisor = server.withLock({ $0 }) { await supervisor.stop(grace: options.grace) }
    // Helpers get SIGTERM above; anything of theirs still there does not get a choice.
    groups.signalAll(SIGKILL)
    for port in claimedPorts.withLock({ $0 }) { release(port) }
  }

  private func perform(_ emit: @escaping @Sendable (LaunchEvent) -> Void) async -> LaunchOutcome {
    var step = LaunchStep.python
    do {
      // When this sample's environment is cached, the server starts while Python is still
      // being asked its version: both take about as long, and only a different version
      // (a new venv needed) makes the early start wasted.
      let cache = EnvironmentCache(root: options.cacheRoot)
      let early = cache.cached(requirementsPaths: requirementsPaths)
      // A failed early start is not reported here: the regular start below meets the same
      // problem and reports it as the server step's.
      var started = early.flatMap { try? startServer($0.entry, emit: emit) }

      emit(.started(.python))
      let finder = PythonFinder(explicitPath: options.pythonPath)
      var python = try await finder.find(groups: groups, needsVenv: early == nil)
      if let early, early.version != python.version {
        // A new environment is needed after all: check now that this Python can make one.
        python = try await finder.find(groups: groups, needsVenv: true)
      }
      emit(.finished(.python, "Python \(python.version) (\(python.path))"))

      step = .environment
      try checkStopping()
      emit(.started(.environment))
      let environment: EnvironmentCache.Entry
      if let early, early.version == python.version {
        environment = early.entry
      } else {
        if let wasted = started {
          await wasted.supervisor.stop(grace: options.grace)
          release(wasted.port)
          started = nil
        }
        environment = try await prepareEnvironment(cache, python: python, emit: emit)
      }
      try checkStopping()
      self.environment.withLock { $0 = environment }
      if !environment.installed { emit(.finished(.environment, "reused \(environment.directory)")) }

      step = .server
      emit(.started(.server))
      let (supervisor, port, wanted) = try started ?? startServer(environment, emit: emit)
      let busy = port == wanted ? "" : ", because \(wanted) is busy"
      emit(.finished(.server, "\(serverName) on port \(port)\(busy)"))

      // Migrations (Django's, or Flask-Migrate's) run while the server starts: it reads the
      // tables per request, and no request is sent before both are done.
      let groups = groups
      async let prepared: Void = prepareDjango(environment, emit: emit)

      step = .ready
      emit(.started(.ready))
      var probe = ReadinessProbe(port: port)
      probe.limit = options.readinessLimit
      let readiness = await probe.wait(hasExited: { supervisor.hasExited }, isStopping: { groups.isStopping })
      do {
        try await prepared
      } catch let failure as StepFailure {
        step = failure.step
        throw failure.error
      }
      switch readiness {
      case .ready: break
      case .stopped: throw LaunchError.stopped
      case .exited:
        // Let the last lines of a crash arrive before they are reported.
        await supervisor.stop(grace: options.grace)
        throw LaunchError.serverExited(supervisor.exitStatus ?? "ended")
      case .timedOut:
        let limit = Int(options.readinessLimit.components.seconds)
        throw LaunchError.notReady(seconds: limit)
      }
      let url = "http://127.0.0.1:\(port)/"
      emit(.finished(.ready, url))
      servingPort.withLock { $0 = port }
      emit(.serving(url: url))

      step = .check
      emit(.started(.check))
      let checker = EndpointChecker(port: port)
      var failures = 0
      for endpoint in target.endpoints {
        try checkStopping()
        let result = await checker.check(endpoint)
        if !result.passed { failures += 1 }
        emit(.endpoint(result))
      }
      let summary = "\(target.endpoints.count - failures) of \(target.endpoints.count) passed"
      if failures == 0 { emit(.finished(.check, summary)) } else { emit(.failed(.check, summary)) }

      guard options.keepServing else {
        return failures == 0 ? .passed : .endpointsFailed(failures)
      }
      _ = await Latch.any([groups.stopped, supervisor.exited])
      if groups.isStopping { return .stopped }
      // Give the crash's last lines time to arrive through the pipe before reporting.
      await supervisor.stop(grace: options.grace)
      let lines = supervisor.lastLines
      emit(.serverExited(status: supervisor.exitStatus ?? "ended", lastLines: lines))
      return .failed(.serverDied(supervisor.exitStatus ?? "ended"), lastLines: lines)
    } catch let error as LaunchError {
      if error == .stopped || groups.isStopping {
        emit(.skipped(step, "stopped"))
        return .stopped
      }
      emit(.failed(step, error.description))
      return .failed(error, lastLines: logFor(step))
    } catch {
      emit(.failed(step, String(describing: error)))
      return .failed(.step(String(describing: error)), lastLines: logFor(step))
    }
  }

  /// The server's log when it bears on a failure: not for Python or the environment, whose
  /// failures an early-started server has nothing to do with.
  private func logFor(_ step: LaunchStep) -> [String] {
    step == .python || step == .environment ? [] : serverLog
  }

  /// A Django step that failed while the server was starting: which one, and why.
  private struct StepFailure: Error {
    let step: LaunchStep
    let error: LaunchError
  }

  /// Migrations, then the demo superuser when the sample has the admin; for Flask, its
  /// migrations only (`prepareFlask`).
  ///
  /// Both are skipped when the record of the last launch still matches the database.
  private func prepareDjango(
    _ environment: EnvironmentCache.Entry, emit: @escaping @Sendable (LaunchEvent) -> Void
  )
    async throws
  {
    guard target.framework == .django else { return try await prepareFlask(environment, emit: emit) }
    let recordPath = DjangoState.path(
      cacheRoot: options.cacheRoot ?? EnvironmentCache.defaultRoot(), directory: target.directory)
    let fingerprint = DjangoState.fingerprint(directory: target.directory, environment: environment.directory)
    let record = DjangoState.load(from: recordPath).flatMap { $0.fingerprint == fingerprint ? $0 : nil }
    // Forgotten first, so a launch stopped halfway is redone in full next time.
    DjangoState.forget(at: recordPath)
    if record == nil {
      do {
        try await migrate(environment, emit: emit)
      } catch let error as LaunchError {
        throw StepFailure(step: .migrate, error: error)
      }
    } else {
      emit(.skipped(.migrate, "database up to date (nothing changed since the last launch)"))
    }
    var password: String?
    if target.features.contains("admin") {
      if let known = record?.superuserPassword {
        password = known
        emit(.superuser(username: Self.superuserName, password: known))
        emit(
          .skipped(
            .superuser, "log in at /admin/ as \(Self.superuserName) / \(known) (made by an earlier launch)"))
      } else {
        do {
          password = try await createSuperuser(environment, emit: emit)
        } catch let error as LaunchError {
          throw StepFailure(step: .superuser, error: error)
        }
      }
    }
    if let now = DjangoState.fingerprint(directory: target.directory, environment: environment.directory) {
      DjangoState(fingerprint: now, superuserPassword: password).save(to: recordPath)
    }
  }

  /// `flask db upgrade` when the sample has Flask-Migrate's `migrations/`, as `migrate` is for
  /// Django: the database's tables made or brought up to date before any request.
  private func prepareFlask(
    _ environment: EnvironmentCache.Entry, emit: @escaping @Sendable (LaunchEvent) -> Void
  ) async throws {
    guard FileSystem.isDirectory(target.directory + "/migrations"), let package = target.flaskPackage() else {
      return
    }
    try checkStopping()
    emit(.started(.migrate))
    let upgrade = ChildCommand(
      executable: environment.python, arguments: ["-m", "flask", "--app", package, "db", "upgrade"],
      environment: ["PYTHONUNBUFFERED": "1"], workingDirectory: target.directory)
    let result = try await upgrade.run(groups: groups, timeout: .seconds(120)) { line in
      // Alembic logs "INFO  [alembic.runtime.migration] Running upgrade  -> 0001, …".
      if let applied = line.firstRange(of: "Running upgrade") {
        emit(.progress(.migrate, String(line[applied.lowerBound...])))
      }
    }
    try checkStopping()
    guard result.succeeded else {
      throw StepFailure(
        step: .migrate,
        error: .step(
          "flask db upgrade failed (\(result.statusText)):\n"
            + result.lastLines.suffix(12).joined(separator: "\n")))
    }
    emit(.finished(.migrate, "database up to date"))
  }

  /// Creates the environment and installs the requirements, reporting the time it took.
  private func prepareEnvironment(
    _ cache: EnvironmentCache, python: PythonInterpreter, emit: @escaping @Sendable (LaunchEvent) -> Void
  ) async throws(LaunchError) -> EnvironmentCache.Entry {
    let clock = ContinuousClock()
    let started = clock.now
    let ticker = Task {
      var seconds = 0
      while (try? await Task.sleep(for: .seconds(1))) != nil {
        seconds += 1
        emit(.elapsed(.environment, seconds: seconds))
      }
    }
    defer { ticker.cancel() }
    let environment = try await cache.prepare(
      python: python, requirementsPaths: requirementsPaths, groups: groups
    ) { emit(.progress(.environment, $0)) }
    let elapsed = (clock.now - started).components
    let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    if environment.installed {
      emit(
        .finished(
          .environment, "installed in \(MeasureFormat.seconds(seconds)) (\(environment.directory))"))
    }
    return environment
  }

  /// Starts the dev server on the first free port from the wanted one.
  private func startServer(
    _ environment: EnvironmentCache.Entry, emit: @escaping @Sendable (LaunchEvent) -> Void
  )
    throws(LaunchError) -> (supervisor: ServerSupervisor, port: Int, wanted: Int)
  {
    try checkStopping()
    let wanted = options.port ?? target.framework.usualPort
    guard let port = PortFinder.claimFree(from: wanted) else { throw .noFreePort(wanted) }
    let command: ChildCommand
    do {
      command = try serverCommand(environment, port: port)
    } catch {
      PortFinder.release(port)
      throw error
    }
    claimedPorts.withLock { $0.append(port) }
    let supervisor = ServerSupervisor(command: command, groups: groups)
    // A wasted early start is replaced here, so shutDown always stops the one that runs.
    server.withLock { $0 = supervisor }
    supervisor.start(onLine: { emit(.log($0)) })
    return (supervisor, port, wanted)
  }

  private func release(_ port: Int) {
    claimedPorts.withLock { $0.removeAll { $0 == port } }
    PortFinder.release(port)
  }

  private func checkStopping() throws(LaunchError) {
    if groups.isStopping { throw .stopped }
  }

  /// "Flask dev server", "Gunicorn with 1 worker".
  var serverName: String {
    switch options.server {
    case .development: "\(target.framework.name) dev server"
    case .gunicorn(let workers): "Gunicorn with \(workers) worker\(workers == 1 ? "" : "s")"
    }
  }

  /// How the framework's own docs start its dev server (or Gunicorn its WSGI application),
  /// pinned to 127.0.0.1 and `port`.
  func serverCommand(_ environment: EnvironmentCache.Entry, port: Int) throws(LaunchError)
    -> ChildCommand
  {
    // Unbuffered, so each log line arrives when it is printed, not when a buffer fills.
    // The person's own FLASK_* and DJANGO_* variables are already gone (ChildEnvironment).
    var variables: [String: String?] = ["PYTHONUNBUFFERED": "1", "PYTHONDONTWRITEBYTECODE": nil]
    if case .gunicorn(let workers) = options.server {
      return try gunicornCommand(environment, port: port, workers: workers, variables: variables)
    }
    switch target.framework {
    case .flask:
      guard let package = target.flaskPackage() else { throw .noFlaskPackage(target.directory) }
      // The debugger off: it would execute code sent to it, and its reloader forks a child.
      variables["FLASK_DEBUG"] = "0"
      return ChildCommand(
        executable: environment.python,
        arguments: [
          "-m", "flask", "--app", package, "run", "--no-reload", "--no-debugger", "--host", "127.0.0.1",
          "--port",
          String(port),
        ],
        environment: variables, workingDirectory: target.directory)
    case .django:
      return ChildCommand(
        executable: environment.python,
        arguments: ["manage.py", "runserver", "--noreload", "127.0.0.1:\(port)"],
        environment: variables, workingDirectory: target.directory)
    }
  }

  private func manage(
    _ environment: EnvironmentCache.Entry, _ arguments: [String], variables: [String: String?] = [:]
  )
    -> ChildCommand
  {
    ChildCommand(
      executable: environment.python, arguments: ["manage.py"] + arguments,
      environment: variables.merging(["PYTHONUNBUFFERED": "1"]) { first, _ in first },
      workingDirectory: target.directory)
  }

  private func migrate(_ environment: EnvironmentCache.Entry, emit: @escaping @Sendable (LaunchEvent) -> Void)
    async throws
  {
    try checkStopping()
    emit(.started(.migrate))
    let result = try await manage(environment, ["migrate", "--noinput"]).run(
      groups: groups, timeout: .seconds(120)
    ) {
      line in
      if line.hasPrefix("  Applying") {
        emit(.progress(.migrate, line.trimmingPrefix(while: { $0 == " " }).description))
      }
    }
    try checkStopping()
    guard result.succeeded else {
      throw LaunchError.step(
        "manage.py migrate failed (\(result.statusText)):\n"
          + result.lastLines.suffix(12).joined(separator: "\n"))
    }
    emit(.finished(.migrate, "database up to date"))
  }

  /// Creates the demo superuser (or gives an existing one a new password); returns the password.
  private func createSuperuser(
    _ environment: EnvironmentCache.Entry, emit: @escaping @Sendable (LaunchEvent) -> Void
  ) async throws -> String {
    try checkStopping()
    emit(.started(.superuser))
    let password = Self.randomPassword()
    let variables: [String: String?] = [
      "DJANGO_SUPERUSER_USERNAME": Self.superuserName, "DJANGO_SUPERUSER_PASSWORD": password,
      "DJANGO_SUPERUSER_EMAIL": "demo@example.com",
    ]
    var result = try await manage(environment, ["createsuperuser", "--noinput"], variables: variables)
      .run(groups: groups, timeout: .seconds(60))
    if !result.succeeded && result.lastLines.contains(where: { $0.contains("already taken") }) {
      // A second launch of the same sample: give the existing demo user this run's password.
      let script = """
        import os
        from django.contrib.auth import get_user_model
        user = get_user_model().objects.get(username=os.environ["DJANGO_SUPERUSER_USERNAME"])
        user.set_password(os.environ["DJANGO_SUPERUSER_PASSWORD"])
        user.is_staff = user.is_superuser = True
        user.save()
        """
      result = try await manage(environment, ["shell", "-c", script], variables: variables)
        .run(groups: groups, timeout: .seconds(60))
    }
    try checkStopping()
    guard result.succeeded else {
      throw LaunchError.step(
        "creating the demo superuser failed (\(result.statusText)):\n"
          + result.lastLines.suffix(12).joined(separator: "\n"))
    }
    emit(.superuser(username: Self.superuserName, password: password))
    emit(.finished(.superuser, "log in at /admin/ as \(Self.superuserName) / \(password)"))
    return password
  }

  /// A fresh password each launch, so no sample ever ships a known admin login.
  static func randomPassword() -> String {
    let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    var generator = SystemRandomNumberGenerator()
    return String((0..<16).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
  }
}

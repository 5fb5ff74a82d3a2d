import CrossroadsCore
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The same app generated in both frameworks, both set up and started at once, then measured
/// side by side: a stream of events, each side's figures as they come, and a stop that ends
/// both launches and everything they started.
///
/// Setting up (install, migrations, start, checks) runs on both sides at once; the timed
/// steps then run one side at a time, so the two servers never compete for the processor.
public final class Measurement: Sendable {
  /// What to measure and how.
  public struct Options: Sendable {
    /// The optional features both samples get (each framework's `requires` added to both).
    public var features: [String]
    /// The questionnaire's answers the features came from, written into the samples' markers.
    public var answers: Answers?
    public var name: ProjectName
    /// The course's files, which hold the samples' templates.
    public var contentFiles: [String: String]
    /// A folder to write the samples into and keep; nil: a fresh one, removed afterwards.
    public var folder: String?
    /// Sequential requests per shared endpoint.
    public var requests = 200
    public var server: MeasureReport.Server = .gunicorn
    public var workers = 1
    public var pythonPath: String?
    /// The environment cache's folder; nil: `$XDG_CACHE_HOME/crossroads/envs`.
    public var cacheRoot: String?
    public var clients = 4
    public var throughputDuration: Duration = .seconds(2)
    public var starts = 3

    public init(
      features: [String], answers: Answers? = nil, name: ProjectName, contentFiles: [String: String]
    ) {
      self.features = features
      self.answers = answers
      self.name = name
      self.contentFiles = contentFiles
    }
  }

  /// The samples' project name unless one is chosen.
  public static let defaultName: ProjectName = {
    guard let name = try? ProjectName("measured") else { preconditionFailure("'measured' is a valid name") }
    return name
  }()

  /// What Gunicorn adds to each sample's requirements, in the measure's own copy of them.
  ///
  /// One major version, so figures from different days compare, and one that knows
  /// `--no-control-socket` (see `gunicornCommand`).
  static let gunicornRequirement = "gunicorn>=27.0,<28"

  public let options: Options
  /// The groups of what the measure starts itself (timed starts, the samples' tests).
  private let groups = ProcessGroups()
  private let launchers = Mutex<[Launcher]>([])
  private let stopRequested = Mutex(false)
  private let report: Mutex<MeasureReport>

  public init(options: Options) {
    self.options = options
    report = Mutex(
      MeasureReport(
        features: options.features, requests: options.requests, server: options.server,
        workers: options.server == .gunicorn ? options.workers : nil, connections: options.clients,
        throughputSeconds: LoadGenerator.milliseconds(options.throughputDuration) / 1000,
        machine: Self.machine()))
  }

  /// Starts the measure; the stream ends after `.done`, when nothing of either sample runs.
  public func events() -> AsyncStream<MeasureEvent> {
    let (stream, continuation) = AsyncStream<MeasureEvent>.makeStream()
    Task {
      let report = await perform { continuation.yield($0) }
      continuation.yield(.done(report))
      continuation.finish()
    }
    return stream
  }

  /// Asks the measure to end: both launches stop, their servers' groups with them, and every
  /// request loop ends at its next request. Returns at once; `.done` follows on the stream.
  public func stop() {
    stopRequested.withLock { $0 = true }
    groups.signalAll(SIGTERM)
    for launcher in launchers.withLock({ $0 }) { launcher.stop() }
  }

  private var isStopping: Bool { stopRequested.withLock { $0 } }

  /// Where a measure without a folder of its own writes: `measure` beside the environments'
  /// cache, so `$XDG_CACHE_HOME/crossroads/measure` by default.
  public static func workRoot(cacheRoot: String?) -> String {
    let envs = FileSystem.absolute(cacheRoot ?? EnvironmentCache.defaultRoot())
    return String(envs[..<(envs.lastIndex(of: "/") ?? envs.endIndex)]) + "/measure"
  }

  /// One side being measured: its sample, its launch, and the launch's events as they come.
  private final class Side: Sendable {
    let framework: Framework
    let target: LaunchTarget
    let launcher: Launcher
    /// Ends with the launch, giving how it ended.
    let events: Task<LaunchOutcome?, Never>
    /// True once the checks are done and the server serves; false if the launch ended first.
    let serving: Bool
    let port: Int?

    init(
      framework: Framework, target: LaunchTarget, launcher: Launcher, events: Task<LaunchOutcome?, Never>,
      serving: Bool, port: Int?
    ) {
      self.framework = framework
      self.target = target
      self.launcher = launcher
      self.events = events
      self.serving = serving
      self.port = port
    }
  }

  private func perform(_ emit: @escaping @Sendable (MeasureEvent) -> Void) async -> MeasureReport {
    let temporary = options.folder == nil
    let folder =
      options.folder.map(FileSystem.absolute)
      ?? "\(Self.workRoot(cacheRoot: options.cacheRoot))/run-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    defer { if temporary { FileSystem.remove(folder) } }
    let features: [String]
    do {
      try FileSystem.createDirectory(folder)
      features = try Self.sharedFeatures(options.features, contentFiles: options.contentFiles)
    } catch {
      for framework in Framework.allCases {
        fail(framework, .generate, "\(error)", emit: emit)
      }
      return finish()
    }
    report.withLock { $0.features = features }

    let sides = await withTaskGroup(of: Side?.self) { group in
      for framework in Framework.allCases {
        group.addTask { await self.prepare(framework, features: features, folder: folder, emit: emit) }
      }
      var sides: [Side] = []
      for await side in group { if let side { sides.append(side) } }
      return sides.sorted { $0.framework == .flask && $1.framework == .django }
    }

    let flask = sides.first { $0.framework == .flask }?.target
    let django = sides.first { $0.framework == .django }?.target
    let shared: SharedEndpoints =
      switch (flask, django) {
      case (let flask?, let django?): SharedEndpoints(flask: flask.endpoints, django: django.endpoints)
      case (let flask?, nil): SharedEndpoints(only: .flask, flask.endpoints)
      case (nil, let django?): SharedEndpoints(only: .django, django.endpoints)
      case (nil, nil): SharedEndpoints(flask: [], django: [])
      }
    for side in sides {
      await measure(side, shared: shared, emit: emit)
    }
    for side in sides {
      side.launcher.stop()
      _ = await side.events.value
    }
    // Whatever the measure started itself and is somehow still there goes now.
    groups.signalAll(SIGKILL)
    if temporary {
      // The folder goes, so the launcher's record of its Django database would only pile up.
      let cacheRoot = options.cacheRoot ?? EnvironmentCache.defaultRoot()
      for side in sides where side.framework == .django {
        DjangoState.forget(at: DjangoState.path(cacheRoot: cacheRoot, directory: side.target.directory))
      }
    }
    return finish()
  }

  /// The report as it ends: every side complete, a stopped side saying so.
  private func finish() -> MeasureReport {
    let stopped = isStopping
    return report.withLock { report in
      report.stopped = stopped
      for framework in Framework.allCases {
        report[framework].complete = true
        if stopped && report[framework].error == nil && report[framework].tests == nil {
          report[framework].error = "stopped before the measure ended"
        }
      }
      return report
    }
  }

  /// The features closed under both frameworks' `requires`, so both samples have the same;
  /// a feature either sample lacks is refused, with the ones it has.
  public static func sharedFeatures(_ features: [String], contentFiles: [String: String])
    throws(ScaffoldError)
    -> [String]
  {
    var shared: [String] = []
    for framework in Framework.allCases {
      let renderer = try SampleRenderer(framework: framework, contentFiles: contentFiles)
      for feature in try renderer.manifest.closure(of: features) where !shared.contains(feature) {
        shared.append(feature)
      }
    }
    return shared
  }

  // MARK: Setting up, both sides at once

  private func prepare(
    _ framework: Framework, features: [String], folder: String,
    emit: @escaping @Sendable (MeasureEvent) -> Void
  ) async -> Side? {
    guard !isStopping else { return nil }
    emit(.started(framework, .generate))
    let target: LaunchTarget
    do {
      let (written, reused) = try sample(framework, features: features, folder: folder)
      target = written
      emit(.finished(framework, .generate, (reused ? "reused " : "wrote ") + target.directory))
    } catch {
      fail(framework, .generate, "\(error)", emit: emit)
      return nil
    }
    update(framework, emit) { $0.folder = target.directory }

    emit(.started(framework, .count))
    let code = CodeCount.count(SampleFiles.read(target.directory))
    update(framework, emit) { $0.code = code }
    emit(
      .finished(
        framework, .count,
        "\(code.files) files: \(code.pythonLines) lines of Python, \(code.templateLines) of templates, "
          + "\(code.configLines) of settings and configuration"))

    var launchOptions = Launcher.Options(
      pythonPath: options.pythonPath, port: framework.usualPort, cacheRoot: options.cacheRoot,
      keepServing: true)
    if options.server == .gunicorn {
      launchOptions.server = .gunicorn(workers: options.workers)
      let path = "\(folder)/\(framework.rawValue)-requirements.txt"
      do {
        try FileSystem.write(
          "# Added by crossroads measure, for its own environment: the server both sides run under.\n"
            + Self.gunicornRequirement + "\n", to: path)
      } catch {
        fail(framework, .launch(.environment), "\(path) could not be written: \(error)", emit: emit)
        return nil
      }
      launchOptions.extraRequirements = [path]
    }
    let launcher = Launcher(target: target, options: launchOptions)
    let stopFirst = launchers.withLock { launchers in
      launchers.append(launcher)
      return isStopping
    }
    if stopFirst { launcher.stop() }

    let (milestones, milestone) = AsyncStream<Int?>.makeStream()
    let events = Task { [self] () -> LaunchOutcome? in
      let clock = ContinuousClock()
      var environmentStarted: ContinuousClock.Instant?
      var port: Int?
      var outcome: LaunchOutcome?
      for await event in launcher.events() {
        switch event {
        case .started(let step):
          if step == .environment { environmentStarted = clock.now }
          emit(.started(framework, .launch(step)))
        case .progress(let step, let line):
          emit(.progress(framework, .launch(step), line))
        case .finished(let step, let detail):
          if step == .environment, let environmentStarted {
            let seconds = LoadGenerator.milliseconds(clock.now - environmentStarted) / 1000
            update(framework, emit) { $0.installSeconds = seconds }
          }
          emit(.finished(framework, .launch(step), detail))
          if step == .check { milestone.yield(port) }
        case .skipped(let step, let why):
          emit(.skipped(framework, .launch(step), why))
        case .failed(let step, let reason):
          if step == .check {
            fail(framework, .launch(step), "some endpoints failed their check (\(reason))", emit: emit)
            milestone.yield(port)
          } else if !isStopping {
            fail(framework, .launch(step), reason, emit: emit)
          }
        case .endpoint(let result):
          emit(.progress(framework, .launch(.check), result.line))
        case .log(let line):
          emit(.log(framework, line))
        case .serving(let url):
          port = Int(url.split(separator: ":").last?.filter(\.isNumber) ?? "")
          emit(.progress(framework, .launch(.ready), "serving at \(url)"))
        case .superuser, .serverExited, .elapsed:
          break
        case .done(let end):
          outcome = end
        }
      }
      milestone.finish()
      return outcome
    }
    var served: Int??
    for await port in milestones {
      served = port
      break
    }
    if served == nil, case .failed(_, let lines)? = await events.value, !lines.isEmpty {
      update(framework, emit) { $0.lastLines = lines }
    }
    if let environment = launcher.preparedEnvironment {
      inventory(framework, environment: environment, launcher: launcher, emit: emit)
    }
    return Side(
      framework: framework, target: target, launcher: launcher, events: events, serving: served != nil,
      port: served ?? nil)
  }

  /// Writes the sample into `folder/FRAMEWORK/NAME`, or takes the one a kept folder holds.
  ///
  /// A kept sample is measured as it is, so a person can measure a changed copy; it must be
  /// of this framework and have the same features, or the two sides would not be the same app.
  private func sample(_ framework: Framework, features: [String], folder: String) throws -> (
    LaunchTarget, Bool
  ) {
    let parent = "\(folder)/\(framework.rawValue)"
    let directory = "\(parent)/\(options.name.value)"
    if FileSystem.exists(directory + "/" + LaunchTarget.markerName) {
      let target = try LaunchTarget.load(directory: directory)
      guard target.framework == framework, Set(target.features) == Set(features) else {
        throw LaunchError.step(
          "\(directory) holds a \(target.framework.name) sample with features "
            + "\(target.features.isEmpty ? "none" : target.features.joined(separator: ", ")), not this "
            + "measure's; measure into another folder.")
      }
      return (target, true)
    }
    try FileSystem.createDirectory(parent)
    let written = try ProjectGenerator(contentFiles: options.contentFiles).generate(
      framework: framework, name: options.name, features: features, into: parent, answers: options.answers)
    return (try LaunchTarget.load(directory: written.path), false)
  }

  /// The environment's packages and size, from the environment itself.
  private func inventory(
    _ framework: Framework, environment: EnvironmentCache.Entry, launcher: Launcher,
    emit: @escaping @Sendable (MeasureEvent) -> Void
  ) {
    emit(.started(framework, .inventory))
    let packages = EnvironmentInventory.packages(environment: environment.directory)
    let bytes = EnvironmentInventory.diskBytes(environment.directory)
    var server = launcher.serverName
    if case .gunicorn = launcher.options.server,
      let version = packages.first(where: { $0.name.lowercased() == "gunicorn" })?.version
    {
      server = server.replacing("Gunicorn", with: "Gunicorn \(version)")
    }
    update(framework, emit) { side in
      side.packages = packages
      side.environmentBytes = bytes
      side.installed = environment.installed
      side.server = server
    }
    emit(
      .finished(
        framework, .inventory,
        "\(packages.count) packages, \(MeasureFormat.bytes(Double(bytes))) on disk (\(environment.directory))"
      ))
  }

  // MARK: Measuring, one side at a time

  private func measure(
    _ side: Side, shared: SharedEndpoints, emit: @escaping @Sendable (MeasureEvent) -> Void
  )
    async
  {
    let framework = side.framework
    guard side.serving, let port = side.port, !isStopping else {
      for step in [MeasureStep.latency, .memory, .throughput, .starts, .tests] {
        emit(.skipped(framework, step, isStopping ? "stopped" : "the server is not running"))
      }
      return
    }
    let load = LoadGenerator(port: port, isStopping: { [self] in isStopping })

    emit(.started(framework, .latency))
    for pair in shared.pairs {
      guard !isStopping else { break }
      let endpoint = await load.latency(path: pair.path(framework), count: options.requests)
      update(framework, emit) { $0.endpoints.append(endpoint) }
      let median = endpoint.medianMilliseconds.map(MeasureFormat.milliseconds) ?? "none"
      let p95 = endpoint.p95Milliseconds.map(MeasureFormat.milliseconds) ?? "none"
      let problem = endpoint.problem.map { " (\($0))" } ?? ""
      emit(
        .progress(
          framework, .latency,
          "GET \(endpoint.path): median \(median), p95 \(p95) over \(endpoint.samples.count) requests\(problem)"
        ))
    }
    emit(
      .finished(
        framework, .latency, "\(shared.pairs.count) shared endpoints, \(options.requests) requests each"))

    emit(.started(framework, .memory))
    if let group = side.launcher.serverGroup, let bytes = ProcessGroupMemory.residentBytes(group: group) {
      update(framework, emit) { $0.rssBytes = bytes }
      emit(
        .finished(
          framework, .memory, "\(MeasureFormat.bytes(Double(bytes))) resident (process group \(group))"))
    } else {
      emit(.skipped(framework, .memory, "the server's processes could not be read from /proc"))
    }

    if let json = shared.jsonEndpoint, !isStopping {
      emit(.started(framework, .throughput))
      let path = json.path(framework)
      let (rate, failures) = await load.throughput(
        path: path, clients: options.clients, duration: options.throughputDuration)
      update(framework, emit) { side in
        side.throughput = rate
        side.throughputPath = path
      }
      let failed = failures == 0 ? "" : ", \(failures) requests failed"
      emit(.finished(framework, .throughput, "\(MeasureFormat.rate(rate)) on GET \(path)\(failed)"))
    } else {
      emit(.skipped(framework, .throughput, isStopping ? "stopped" : "no shared endpoint to load"))
    }

    // The timed starts need the port range free of the launch's own server.
    side.launcher.stop()
    _ = await side.events.value

    guard !isStopping else { return }
    emit(.started(framework, .starts))
    do {
      let samples = try await StartTimer(launcher: side.launcher, groups: groups).run(count: options.starts) {
        index, milliseconds in
        emit(.progress(framework, .starts, "start \(index): \(MeasureFormat.milliseconds(milliseconds))"))
      }
      update(framework, emit) { $0.startSamples = samples }
      let median = Statistics.median(samples).map(MeasureFormat.milliseconds) ?? "none"
      emit(.finished(framework, .starts, "median \(median) of \(samples.count) starts to the first 200 on /"))
    } catch {
      if !isStopping { fail(framework, .starts, error.reason, lastLines: error.lastLines, emit: emit) }
    }

    guard !isStopping, let environment = side.launcher.preparedEnvironment else { return }
    emit(.started(framework, .tests))
    let clock = ContinuousClock()
    let start = clock.now
    let summary = await SampleTests(target: side.target, environment: environment).run(groups: groups)
    let seconds = LoadGenerator.milliseconds(clock.now - start) / 1000
    guard !isStopping else { return }
    let run = MeasuredSide.TestRun(
      count: TestTally.count(in: summary.summary), seconds: seconds, passed: summary.passed,
      summary: summary.summary)
    update(framework, emit) { $0.tests = run }
    if summary.passed {
      emit(.finished(framework, .tests, "\(summary.summary) (\(MeasureFormat.seconds(seconds)) in all)"))
    } else {
      emit(.failed(framework, .tests, summary.summary))
    }
  }

  // MARK: Figures

  /// Changes a side's figures and sends them.
  private func update(
    _ framework: Framework, _ emit: @Sendable (MeasureEvent) -> Void, _ change: (inout MeasuredSide) -> Void
  ) {
    let side = report.withLock { report in
      change(&report[framework])
      return report[framework]
    }
    emit(.figures(side))
  }

  /// Records the first failure of a side, with the step and the lines that tell why.
  private func fail(
    _ framework: Framework, _ step: MeasureStep, _ reason: String, lastLines: [String] = [],
    emit: @Sendable (MeasureEvent) -> Void
  ) {
    emit(.failed(framework, step, reason))
    update(framework, emit) { side in
      guard side.error == nil else { return }
      side.error = reason
      side.failedStep = step.title
      if !lastLines.isEmpty { side.lastLines = lastLines }
    }
  }

  /// "Linux, 2 cores".
  static func machine() -> String {
    let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
    #if os(Linux)
      let system = "Linux"
    #else
      let system = "macOS"
    #endif
    return "\(system), \(cores) core\(cores == 1 ? "" : "s")"
  }
}

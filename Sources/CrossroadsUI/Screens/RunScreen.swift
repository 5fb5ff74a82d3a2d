import CrossroadsCore

/// A generated sample being set up, started and checked for real, as it happens.
///
/// Its work runs as sessions: the launch (restarted as a new session by `r`) and the
/// sample's own tests. Only the current sessions' messages reach it; a stopped launch's late
/// events are dropped by id, so they can never overwrite the state of the one that runs.
public struct RunScreen: Sendable, Equatable, KeyedScreen {
  /// Where one step of the launch stands.
  public enum StepState: Sendable, Equatable {
    /// At work: its last progress line, and the seconds since it started, once known.
    case running(String, seconds: Int? = nil)
    case done(String)
    case skipped(String)
    case failed(String)

    /// The step's mark, style and text as a step row shows them (the run screen's, and each
    /// column of the side-by-side screen).
    func shown(_ glyphs: Glyphs) -> (mark: String, style: Style, text: String) {
      switch self {
      case .running(let text, let seconds):
        ("…", .heading, (text.isEmpty ? "working" : text) + (seconds.map { ", \($0) s so far" } ?? ""))
      case .done(let text): (glyphs.done, .django, text)
      case .skipped(let text): ("-", .muted, text)
      case .failed(let text): ("x", .error, text)
      }
    }
  }

  public struct Credentials: Sendable, Equatable {
    public let username: String
    public let password: String
  }

  /// Where the sample's own tests stand.
  public enum TestsState: Sendable, Equatable {
    case running(SessionID, lastLine: String)
    case finished(passed: Bool, summary: String)
  }

  public let directory: String
  /// The launch session this screen shows.
  public private(set) var launch: SessionID
  public var steps: [LaunchStep: StepState] = [:]
  public var endpoints: [EndpointResult] = []
  public var url: String?
  public var credentials: Credentials?
  /// The installer's and the server's output, newest last; only the latest lines are kept.
  public var log: [String] = []
  /// How many lines the log view is scrolled up from its newest line (0 follows it).
  public var logScroll = 0
  /// Whether the log fills the screen (`l`).
  public var logOnly = false
  public var outcome: LaunchOutcome?
  /// The sample's own test run, once asked for with `t`.
  public var tests: TestsState?

  public init(directory: String, session: SessionID) {
    self.directory = directory
    self.launch = session
  }

  static let logLimit = 500

  enum Action: Sendable, Equatable {
    case recheck, restart, runTests, stop, toggleLog, openURL, back
    case scrollLog(Int)
    case followLog
  }

  func keys(_ context: ScreenContext) -> KeyTable<Action> { Self.table }

  static let table = KeyTable<Action>([
    .init("c", "re-check", [.character("c")], .recheck),
    .init("r", "restart", [.character("r")], .restart),
    .init("t", "run its tests", [.character("t")], .runTests),
    .init("s", "stop", [.character("s")], .stop),
    .init("o", "open in a browser", [.character("o")], .openURL),
    .init("l", "log", [.character("l")], .toggleLog),
    // ← and h are not back here: l is the log, so the vi-style pair would mislead.
    .init("Esc", "back", [.escape, .backspace, .character("q")], .back),
    .init(
      "↑↓ PgUp/PgDn End", "scroll the log", inStatusLine: false,
      [
        (Key.upKeys, .scrollLog(1)), (Key.downKeys, .scrollLog(-1)),
        ([.pageUp], .scrollLog(10)), ([.pageDown], .scrollLog(-10)), ([.end], .followLog),
      ]),
  ])

  var isServing: Bool { outcome == nil && url != nil }

  /// Takes in one event of the launch session `session`; another session's is dropped.
  mutating func apply(_ event: LaunchEvent, from session: SessionID) {
    guard session == launch else { return }
    switch event {
    case .started(let step): steps[step] = .running("")
    case .progress(let step, let text):
      if case .running(_, let seconds) = steps[step] {
        steps[step] = .running(text, seconds: seconds)
      } else {
        steps[step] = .running(text)
      }
      if step == .environment { appendLog(["install: " + text]) }
    case .elapsed(let step, let seconds):
      guard case .running(let text, _) = steps[step] else { break }
      steps[step] = .running(text, seconds: seconds)
    case .finished(let step, let text): steps[step] = .done(text)
    case .skipped(let step, let text): steps[step] = .skipped(text)
    case .failed(let step, let text):
      steps[step] = .failed(text)
      // A multi-line reason (an installer's error) is readable in full in the log.
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      if lines.count > 1 { appendLog(["-- \(step.title) failed:"] + lines) }
    case .superuser(let username, let password):
      credentials = Credentials(username: username, password: password)
    case .serving(let url): self.url = url
    case .endpoint(let result): endpoints.append(result)
    case .log(let line): appendLog([line])
    case .serverExited(let status, let lastLines):
      appendLog(["-- the server ended: \(status)"])
      if log.isEmpty { appendLog(lastLines) }
    case .done(let outcome):
      self.outcome = outcome
      url = nil
    }
  }

  /// Takes in the endpoints of a re-check by launch session `session`.
  mutating func rechecked(_ results: [EndpointResult], from session: SessionID) {
    guard session == launch else { return }
    endpoints = results
  }

  /// Takes in a line, or the end, of the test session `session`.
  mutating func testsReported(
    _ session: SessionID, line: String? = nil, passed: Bool? = nil, summary: String? = nil
  ) {
    guard case .running(let current, _) = tests, current == session else { return }
    if let passed, let summary {
      tests = .finished(passed: passed, summary: summary)
    } else if let line {
      tests = .running(session, lastLine: line)
    }
  }

  mutating func appendLog(_ lines: [String]) {
    log.append(contentsOf: lines)
    if log.count > Self.logLimit { log.removeFirst(log.count - Self.logLimit) }
  }

  /// The sessions this screen has running, to stop when it is left.
  var sessions: [SessionID] {
    var running = [launch]
    if case .running(let session, _) = tests { running.append(session) }
    return running
  }

  mutating func perform(_ action: Action, _ context: ScreenContext) -> Navigation {
    switch action {
    case .recheck:
      guard isServing else { return .stay }
      return .perform([.recheck(launch)])
    case .restart:
      // A new session: whatever the old one still sends is dropped by its id.
      let stopping = sessions
      self = RunScreen(directory: directory, session: context.freshSession)
      return .perform(stopping.map { .cancel($0) } + [.launch(launch, directory: directory)])
    case .runTests:
      if case .running = tests { return .stay }
      let session = context.freshSession
      tests = .running(session, lastLine: "")
      return .perform([.runSampleTests(session, directory: directory)])
    case .stop:
      return outcome == nil ? .perform([.cancel(launch)]) : .stay
    case .openURL:
      guard let url else { return .stay }
      return .perform([.openURL(url)])
    case .toggleLog:
      logOnly.toggle()
    case .scrollLog(let lines):
      // Counted up from the newest line: at most all but one of the lines above it.
      logScroll = ScrollOffset.clamped(logScroll, by: lines, count: log.count, page: 1)
    case .followLog:
      logScroll = 0
    case .back:
      return .back
    }
    return .stay
  }

  func title(_ context: ScreenContext) -> String {
    "Run " + (directory.split(separator: "/").last.map(String.init) ?? directory)
  }

  func draw(into canvas: inout Canvas, _ context: ScreenContext) {
    let area = context.body
    let width = area.width - 4
    var y = area.y + 1
    let glyphs = context.glyphs
    if !logOnly {
      for step in LaunchStep.allCases {
        guard let state = steps[step] else { continue }
        let (mark, style, text) = state.shown(glyphs)
        canvas.put(mark, x: 2, y: y, style: style)
        canvas.put(step.title, x: 4, y: y, style: .strong)
        canvas.put(text, x: 21, y: y, style: style == .django ? .plain : style, limit: width - 19)
        y += 1
      }
      y += 1
      if let url {
        canvas.put("Open ", x: 2, y: y)
        canvas.put(url, x: 7, y: y, style: .key)
        canvas.put(" in a browser.", x: 7 + url.cellWidth, y: y)
        y += 1
      }
      if let credentials {
        canvas.put(
          "Admin login: \(credentials.username) / \(credentials.password)", x: 2, y: y, style: .muted,
          limit: width)
        y += 1
      }
      if let outcome {
        let (text, style): (String, Style) =
          switch outcome {
          case .passed: ("Every endpoint answered as expected; the server is stopped.", .django)
          case .endpointsFailed(let count):
            ("\(count) endpoint\(count == 1 ? "" : "s") failed; the server is stopped.", .error)
          case .failed(let error, _): ("\(error)", .error)
          case .stopped: ("Stopped. Press r to start it again.", .muted)
          }
        for line in TextWrap.wrap([StyledRun(text, style)], width: width).prefix(3) {
          canvas.put(line, x: 2, y: y)
          y += 1
        }
      }
      if let tests {
        let (text, style): (String, Style) =
          switch tests {
          case .running(_, let line): ("running… " + line, .heading)
          case .finished(let passed, let summary): (summary, passed ? .django : .error)
          }
        canvas.put("Its own tests: " + text, x: 2, y: y, style: style, limit: width)
        y += 1
      }
      if !endpoints.isEmpty { y += 1 }
      for result in endpoints where y < area.maxY - 4 {
        let mark = result.passed ? glyphs.done : "x"
        canvas.put(mark, x: 2, y: y, style: result.passed ? .django : .error)
        let status = result.status.map(String.init) ?? "---"
        let line =
          "\(result.method.padded(toCells: 5)) \(result.path.padded(toCells: 16)) \(status)  "
          + "\(result.milliseconds) ms  " + (result.passed ? result.bodyStart : result.problem)
        canvas.put(line, x: 4, y: y, limit: width - 2)
        y += 1
      }
      y += 1
    }
    // The server's log fills what is left, newest at the bottom.
    let box = Rect(x: 1, y: y, width: area.width - 2, height: area.maxY - y)
    guard box.height >= 3 else { return }
    canvas.box(box, title: logScroll == 0 ? "Log" : "Log, \(logScroll) lines up")
    let rows = box.height - 2
    let end = max(0, log.count - logScroll)
    let shown = log[max(0, end - rows)..<end]
    for (offset, line) in shown.enumerated() {
      canvas.put(line, x: box.x + 2, y: box.y + 1 + offset, style: .muted, limit: box.width - 4)
    }
  }
}

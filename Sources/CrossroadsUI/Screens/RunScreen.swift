import CrossroadsCore

/// A generated sample being set up, started and checked for real, as it happens.
public struct RunScreen: Sendable, Equatable {
  /// Where one step of the launch stands.
  public enum StepState: Sendable, Equatable {
    case running(String)
    case done(String)
    case skipped(String)
    case failed(String)
  }

  public struct Credentials: Sendable, Equatable {
    public let username: String
    public let password: String
  }

  public let directory: String
  public var steps: [LaunchStep: StepState] = [:]
  public var endpoints: [EndpointResult] = []
  public var url: String?
  public var credentials: Credentials?
  /// The server's output, newest last; only the latest lines are kept.
  public var log: [String] = []
  /// How many lines the log view is scrolled up from its newest line (0 follows it).
  public var logScroll = 0
  /// Whether the log fills the screen (`l`).
  public var logOnly = false
  public var outcome: LaunchOutcome?
  /// The sample's own test run: nil before any, "running" while it runs, then its summary.
  public var tests: String?
  public var testsPassed: Bool?

  public init(directory: String) {
    self.directory = directory
  }

  static let logLimit = 500

  static let hints = [
    KeyHint("c", "re-check"), KeyHint("r", "restart"), KeyHint("t", "run its tests"), KeyHint("s", "stop"),
    KeyHint("l", "log"), KeyHint("Esc", "back"),
    KeyHint("↑↓ PgUp/PgDn", "scroll the server log", inStatusLine: false),
  ]

  var isServing: Bool { outcome == nil && url != nil }

  /// Takes in one event of the launch.
  mutating func apply(_ event: LaunchEvent) {
    switch event {
    case .started(let step): steps[step] = .running("")
    case .progress(let step, let text): steps[step] = .running(text)
    case .finished(let step, let text): steps[step] = .done(text)
    case .skipped(let step, let text): steps[step] = .skipped(text)
    case .failed(let step, let text): steps[step] = .failed(text)
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

  mutating func appendLog(_ lines: [String]) {
    log.append(contentsOf: lines)
    if log.count > Self.logLimit { log.removeFirst(log.count - Self.logLimit) }
  }

  /// Starts over: the runtime stops the old launch and begins a new one.
  mutating func restart() {
    self = RunScreen(directory: directory)
  }

  mutating func handle(_ key: Key, _ context: ScreenContext) -> Navigation {
    switch key {
    case .character("c"):
      guard isServing else { return .stay }
      return .perform(.recheck)
    case .character("r"):
      restart()
      return .perform(.launch(directory: directory))
    case .character("t"):
      guard tests != "running" else { return .stay }
      tests = "running"
      testsPassed = nil
      return .perform(.runSampleTests)
    case .character("s"):
      return outcome == nil ? .perform(.stopLaunch) : .stay
    case .character("l"):
      logOnly.toggle()
    case .up: logScroll = min(max(0, log.count - 1), logScroll + 1)
    case .down: logScroll = max(0, logScroll - 1)
    case .pageUp: logScroll = min(max(0, log.count - 1), logScroll + 10)
    case .pageDown: logScroll = max(0, logScroll - 10)
    case .end: logScroll = 0
    case let key where key.isBack: return .back
    default: break
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
        let (mark, style, text): (String, Style, String) =
          switch state {
          case .running(let text): ("…", .heading, text.isEmpty ? "working" : text)
          case .done(let text): (glyphs.done, .django, text)
          case .skipped(let text): ("-", .muted, text)
          case .failed(let text): ("x", .error, text)
          }
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
        let style: Style = testsPassed.map { $0 ? .django : .error } ?? .heading
        canvas.put(
          "Its own tests: " + (tests == "running" ? "running…" : tests), x: 2, y: y, style: style,
          limit: width)
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
    canvas.box(box, title: logScroll == 0 ? "Server log" : "Server log, \(logScroll) lines up")
    let rows = box.height - 2
    let end = max(0, log.count - logScroll)
    let shown = log[max(0, end - rows)..<end]
    for (offset, line) in shown.enumerated() {
      canvas.put(line, x: box.x + 2, y: box.y + 1 + offset, style: .muted, limit: box.width - 4)
    }
  }
}

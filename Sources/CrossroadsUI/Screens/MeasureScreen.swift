import CrossroadsCore

/// "Both, side by side": the same app generated in Flask and in Django, both set up and
/// started at once, then measured; each side's steps in its column as they happen, then the
/// measured table, its bars and sentences, and the shared endpoints' answers.
///
/// The measure is one session: leaving the screen stops it, both servers with it.
public struct MeasureScreen: Sendable, Equatable, KeyedScreen {
  /// What to measure: the same features in both samples, and the answers they came from.
  public struct Request: Sendable, Equatable {
    public let features: [String]
    public let answers: Answers?

    public init(features: [String], answers: Answers? = nil) {
      self.features = features
      self.answers = answers
    }
  }

  /// One line of a side's column: a step and where it stands.
  public struct StepLine: Sendable, Equatable {
    public let step: MeasureStep
    public var state: RunScreen.StepState
  }

  public let request: Request
  public private(set) var session: SessionID
  public var steps: [Framework: [StepLine]] = [:]
  /// The finished measure, once both sides have ended.
  public var report: MeasureReport?
  /// The result's first line shown, when it is longer than the screen.
  public var scroll = 0

  public init(request: Request, session: SessionID) {
    self.request = request
    self.session = session
  }

  enum Action: Sendable, Equatable {
    case scroll(Int)
    case page(Int)
    case again, back
  }

  func keys(_ context: ScreenContext) -> KeyTable<Action> { Self.table }

  static let table = KeyTable<Action>([
    .init(
      "↑↓", "scroll", [(Key.upKeys, .scroll(-1)), (Key.downKeys, .scroll(1))]),
    .init("PgUp/PgDn", "page", [([.pageUp], .page(-1)), ([.pageDown], .page(1))]),
    .init("r", "measure again", [.character("r")], .again),
    .init("Esc", "back, stopping both", Key.backKeys, .back),
  ])

  var sessions: [SessionID] { report == nil ? [session] : [] }

  /// Takes in one event of session `from`; another session's is dropped.
  mutating func apply(_ event: MeasureEvent, from: SessionID) {
    guard from == session else { return }
    switch event {
    case .started(let framework, let step): set(framework, step, .running(""))
    case .progress(let framework, let step, let text): set(framework, step, .running(text))
    case .finished(let framework, let step, let text): set(framework, step, .done(text))
    case .skipped(let framework, let step, let text): set(framework, step, .skipped(text))
    case .failed(let framework, let step, let text): set(framework, step, .failed(text))
    case .log, .figures: break
    case .done(let report):
      self.report = report
      scroll = 0
    }
  }

  private mutating func set(_ framework: Framework, _ step: MeasureStep, _ state: RunScreen.StepState) {
    var lines = steps[framework] ?? []
    if let index = lines.firstIndex(where: { $0.step == step }) {
      lines[index].state = state
    } else {
      lines.append(StepLine(step: step, state: state))
    }
    steps[framework] = lines
  }

  mutating func perform(_ action: Action, _ context: ScreenContext) -> Navigation {
    let page = max(1, context.body.height - 2)
    switch action {
    case .scroll(let lines): scroll += lines
    case .page(let pages): scroll += pages * page
    case .again:
      let stopping = sessions
      self = MeasureScreen(request: request, session: context.freshSession)
      return .perform(stopping.map { .cancel($0) } + [.measure(session, request)])
    case .back: return .back
    }
    scroll = ScrollOffset.clamped(scroll, count: resultLines(context).count, page: page)
    return .stay
  }

  func title(_ context: ScreenContext) -> String {
    let features = request.features.isEmpty ? "no optional feature" : request.features.joined(separator: ", ")
    return "Both, side by side (\(features))"
  }

  /// What the status line shows at its right end.
  var progress: String { report == nil ? "measuring…" : "done" }

  private func resultLines(_ context: ScreenContext) -> [String] {
    guard let report else { return [] }
    let style: MeasureTable.Style = context.glyphs == .ascii ? .ascii : .unicode
    return MeasureTable.lines(report, style: style, width: context.body.width - 2)
  }

  func draw(into canvas: inout Canvas, _ context: ScreenContext) {
    let area = context.body
    if report != nil {
      for (row, line) in resultLines(context).dropFirst(scroll).prefix(area.height - 1).enumerated() {
        let style: Style = line.hasPrefix("  ") && !line.hasPrefix("   ") ? .muted : .plain
        // One cell in from each edge: the table's rows are 78 cells wide at the least.
        canvas.put(line, x: 1, y: area.y + 1 + row, style: style, limit: area.width - 2)
      }
      return
    }
    // Both sides at once, each in its column.
    let half = (area.width - 3) / 2
    for (column, framework) in Framework.allCases.enumerated() {
      let x = 2 + column * (half + 1)
      canvas.put(framework.name, x: x, y: area.y + 1, style: framework == .flask ? .flask : .django)
      for (row, line) in (steps[framework] ?? []).prefix(area.height - 3).enumerated() {
        let (mark, style, text) = line.state.shown(context.glyphs)
        let y = area.y + 3 + row
        canvas.put(mark, x: x, y: y, style: style)
        canvas.put(line.step.title, x: x + 2, y: y, style: .strong, limit: 14)
        canvas.put(text, x: x + 16, y: y, style: style == .django ? .plain : style, limit: half - 17)
      }
    }
  }
}

import CrossroadsCore

/// One exercise, done in the learner's own practice project: the task, the files to
/// change, the latest check's result, hints one at a time, and the solution on request.
///
/// While it is open the project is watched (one session): every save is checked again,
/// and a newer save cancels a check still running.
public struct ExerciseScreen: Sendable, Equatable, KeyedScreen {
  /// What the watch session reports.
  public enum Event: Sendable, Equatable {
    case checking
    case result(CheckOutcome)
    /// The check cannot run yet, and why.
    case unavailable(Unavailable)
  }

  /// What stands in the way of checking, and what Enter then does about it.
  public enum Unavailable: Sendable, Equatable {
    /// There is no practice project at the folder: Enter generates it.
    case noProject
    /// The project's environment is not set up: Enter opens its run screen, which sets it up.
    case noEnvironment
  }

  /// One file of the reference solution against the learner's.
  public struct SolutionFile: Sendable, Equatable {
    public let path: String
    public let lines: [LineDiff.Line]

    public init(path: String, lines: [LineDiff.Line]) {
      self.path = path
      self.lines = lines
    }
  }

  public enum Status: Sendable, Equatable {
    case starting
    case checking
    case checked(CheckOutcome)
    case unavailable(Unavailable)
  }

  public let exerciseID: String
  public let framework: Framework
  /// The practice project's folder.
  public let directory: String
  public private(set) var session: SessionID
  public var status = Status.starting
  public var hintsShown = 0
  /// Waiting for y before the solution is shown.
  public var confirmingSolution = false
  public var solution: [SolutionFile]?
  /// The check's whole output instead of the task (`o`).
  public var showsOutput = false
  public var scroll = 0

  public init(exerciseID: String, framework: Framework, directory: String, session: SessionID) {
    self.exerciseID = exerciseID
    self.framework = framework
    self.directory = directory
    self.session = session
  }

  var sessions: [SessionID] { [session] }

  enum Action: Sendable, Equatable {
    case hint, edit, solution, confirmSolution, output, next, fix, back
    case scroll(Int)
  }

  func keys(_ context: ScreenContext) -> KeyTable<Action> {
    if confirmingSolution {
      return KeyTable([.init("y", "show the solution", [.character("y")], .confirmSolution)])
    }
    var entries: [KeyTable<Action>.Entry] = []
    if case .unavailable(let why) = status {
      switch why {
      case .noProject: entries.append(.init("Enter", "generate the project", [.enter], .fix))
      case .noEnvironment: entries.append(.init("Enter", "set it up", [.enter], .fix))
      }
    }
    entries += [
      .init("h", "next hint", [.character("h")], .hint),
      .init("e", "edit", [.character("e")], .edit),
    ]
    if case .checked(let outcome) = status, outcome.passed {
      entries.append(.init("n", "next exercise", [.character("n")], .next))
    }
    entries += [
      .init("o", "full output", [.character("o")], .output),
      .init("s", "solution", [.character("s")], .solution),
      .init("Esc", "back", [.escape, .backspace, .character("q")], .back),
      .init(
        "↑↓", "scroll", inStatusLine: false,
        [(Key.upKeys, .scroll(-1)), (Key.downKeys, .scroll(1))]),
    ]
    return KeyTable(entries)
  }

  /// Any other key answers no to showing the solution.
  mutating func unbound(_ key: Key, _ context: ScreenContext) -> Navigation {
    confirmingSolution = false
    return .stay
  }

  /// Takes in an event of the watch session `from`; another session's is dropped. True when
  /// it was a check's result, which the progress records.
  mutating func apply(_ event: Event, from: SessionID) -> Bool {
    guard from == session else { return false }
    switch event {
    case .checking: status = .checking
    case .result(let outcome):
      status = .checked(outcome)
      return true
    case .unavailable(let why): status = .unavailable(why)
    }
    return false
  }

  private func exercise(_ context: ScreenContext) -> Exercise.Version? {
    context.exercises.exercise(id: exerciseID)?.versions[framework]
  }

  /// The package the project's code is in: what `_project_` stands for in its paths.
  private var package: String { String(directory.split(separator: "/").last ?? "") }

  func files(_ context: ScreenContext) -> [String] {
    (exercise(context)?.files ?? []).map { Exercise.resolve($0, package: package) }
  }

  mutating func perform(_ action: Action, _ context: ScreenContext) -> Navigation {
    guard let version = exercise(context) else { return action == .back ? .back : .stay }
    switch action {
    case .hint: hintsShown = min(version.hints.count, hintsShown + 1)
    case .edit:
      guard let first = files(context).first else { return .stay }
      return .perform([.edit(path: directory + "/" + first)])
    case .solution: confirmingSolution = true
    case .confirmSolution:
      confirmingSolution = false
      return .perform([.showSolution(exerciseID, framework, directory: directory)])
    case .output: showsOutput.toggle()
    case .next:
      guard let next = context.exercises.next(after: exerciseID), next.versions[framework] != nil else {
        return .stay
      }
      return .replace(
        .exercise(
          ExerciseScreen(
            exerciseID: next.id, framework: framework, directory: directory, session: context.freshSession)))
    case .fix:
      guard case .unavailable(let why) = status else { return .stay }
      switch why {
      case .noProject:
        let parent = String(directory[..<(directory.lastIndex(of: "/") ?? directory.endIndex)])
        return .push(
          .generate(
            GenerateScreen(
              contentFiles: context.contentFiles, folder: parent.isEmpty ? "." : parent, framework: framework,
              name: package, features: context.exercises.features(for: framework))))
      case .noEnvironment:
        return .push(.run(RunScreen(directory: directory, session: context.freshSession)))
      }
    case .scroll(let lines): scroll = max(0, scroll + lines)
    case .back: return .back
    }
    return .stay
  }

  /// Coming back from generating the project or setting it up: check again, as a new session.
  mutating func restart(_ context: ScreenContext) -> [Effect] {
    guard case .unavailable = status else { return [] }
    let old = session
    session = context.freshSession
    status = .starting
    return [.cancel(old)] + startEffects
  }

  var startEffects: [Effect] { [.practice(session, exerciseID, framework, directory: directory)] }

  func title(_ context: ScreenContext) -> String {
    let title = context.exercises.exercise(id: exerciseID)?.title ?? exerciseID
    return "Practice \(exerciseID) (\(framework.name)): \(title)"
  }

  /// What the status line shows at its right end.
  var progress: String {
    switch status {
    case .starting, .checking: "checking…"
    case .checked(let outcome): outcome.passed ? "passed" : "failing"
    case .unavailable: "not checked"
    }
  }

  /// Every line the screen shows, for its width: the result, then the task or the output.
  func lines(_ context: ScreenContext) -> [StyledLine] {
    let width = max(20, context.body.width - 4)
    var lines: [StyledLine] = []
    func add(_ runs: [StyledRun], indent: String = "") {
      lines += TextWrap.wrap(runs, width: width, indent: StyledRun(indent), hangingIndent: StyledRun(indent))
    }
    switch status {
    case .starting, .checking:
      add([StyledRun("Checking… ", .heading), StyledRun("the check runs against your project as it is now.")])
    case .checked(let outcome):
      if outcome.passed {
        add([StyledRun("\(context.glyphs.done) Passed: ", .django), StyledRun(outcome.sentence)])
        if let next = context.exercises.next(after: exerciseID) {
          add([StyledRun("Press n for the next exercise: \(next.title).", .muted)])
        }
      } else {
        add([StyledRun("Not yet: ", .error), StyledRun(outcome.sentence)])
      }
    case .unavailable(.noProject):
      add([
        StyledRun("There is no practice project at \(directory) yet. ", .heading),
        StyledRun(
          "Press Enter to generate it, with the features the exercises need; then run it once to set up its environment."
        ),
      ])
    case .unavailable(.noEnvironment):
      add([
        StyledRun("Its environment is not set up yet. ", .heading),
        StyledRun("Press Enter to open its run screen, which sets it up; come back with Esc."),
      ])
    }
    lines.append(.blank)
    if confirmingSolution {
      add([
        StyledRun(
          "Show the solution, as a diff against your files? Press y to see it, any other key not to.",
          .heading)
      ])
      lines.append(.blank)
    }
    if let solution {
      for file in solution {
        add([StyledRun("Solution: \(file.path)", .strong)])
        for line in file.lines {
          let style: Style =
            switch line {
            case .same: .muted
            case .added: .django
            case .removed: .error
            }
          lines.append(StyledLine(line.text, style))
        }
        lines.append(.blank)
      }
    }
    if showsOutput, case .checked(let outcome) = status {
      add([StyledRun("The check's output:", .strong)])
      for line in outcome.output { lines.append(StyledLine(line, .code)) }
      return lines
    }
    guard let version = exercise(context) else { return lines }
    add([StyledRun("The task", .strong)])
    add([StyledRun(version.task)])
    lines.append(.blank)
    add([StyledRun("Files to change", .strong)])
    for file in files(context) { add([StyledRun(directory + "/" + file, .code)], indent: "  ") }
    lines.append(.blank)
    for (index, hint) in version.hints.prefix(hintsShown).enumerated() {
      add([StyledRun("Hint \(index + 1): ", .heading), StyledRun(hint)])
    }
    if hintsShown < version.hints.count {
      add([
        StyledRun(
          "\(version.hints.count - hintsShown) more hint\(version.hints.count - hintsShown == 1 ? "" : "s"): press h.",
          .muted)
      ])
    }
    return lines
  }

  func draw(into canvas: inout Canvas, _ context: ScreenContext) {
    let area = context.body
    let all = lines(context)
    let top = ScrollOffset.clamped(scroll, count: all.count, page: area.height - 1)
    for (row, line) in all.dropFirst(top).prefix(area.height - 1).enumerated() {
      canvas.put(line, x: area.x + 2, y: area.y + 1 + row, limit: area.width - 4)
    }
  }
}

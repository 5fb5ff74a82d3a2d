import CrossroadsCore

/// Applies one message to the state and returns the work the runtime must do.
///
/// Pure and synchronous: it never blocks, draws, or touches the disk.
public func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
  let effects = handle(&state, msg)
  guard !state.savesProgress else { return effects }
  return effects.filter {
    if case .saveProgress = $0 { false } else { true }
  }
}

private func handle(_ state: inout AppState, _ msg: Msg) -> [Effect] {
  switch msg {
  case .remembered(let remembered):
    state.remember(remembered)
    return []
  case .signal:
    return state.leave()
  case .notice(let text):
    state.notice = text
    return []
  case .resize(let size):
    state.size = size
    let context = state.context
    for index in state.screens.indices { state.screens[index].resize(context) }
    return []
  case .answersSaved(let save, let failure):
    if save.purpose == .remember, failure == nil { state.lastAnswers = save.answers }
    for index in state.screens.indices {
      if case .advisor(var screen) = state.screens[index] {
        screen.saved(save, failure: failure)
        state.screens[index] = .advisor(screen)
      }
    }
    return []
  case .answersExist(let save):
    for index in state.screens.indices {
      if case .advisor(var screen) = state.screens[index] {
        screen.askToReplace(save)
        state.screens[index] = .advisor(screen)
      }
    }
    return []
  case .generated(let outcome):
    // The answer goes to the generate screen that asked, wherever it is in the stack.
    if let index = state.screens.lastIndex(where: { if case .generate = $0 { true } else { false } }),
      case .generate(var screen) = state.screens[index]
    {
      screen.finish(outcome)
      state.screens[index] = .generate(screen)
    }
    return []
  // A session's messages go to every run screen; each keeps only its own sessions'.
  case .launch(let session, let event):
    state.updateRunScreens { $0.apply(event, from: session) }
    return []
  case .rechecked(let session, let results):
    state.updateRunScreens { $0.rechecked(results, from: session) }
    return []
  case .measure(let session, let event):
    for index in state.screens.indices {
      guard case .measure(var screen) = state.screens[index] else { continue }
      screen.apply(event, from: session)
      state.screens[index] = .measure(screen)
    }
    return []
  case .practice(let session, let event):
    var effects: [Effect] = []
    for index in state.screens.indices {
      guard case .exercise(var screen) = state.screens[index] else { continue }
      if screen.apply(event, from: session), case .result(let outcome) = event {
        // Each check's result is kept with the lesson progress: passing marks it done.
        state.progress.record(
          exercise: screen.exerciseID, framework: screen.framework, passed: outcome.passed)
        effects = [.saveProgress(state.progress)]
      }
      state.screens[index] = .exercise(screen)
    }
    return effects
  case .solution(let id, let files):
    for index in state.screens.indices {
      guard case .exercise(var screen) = state.screens[index], screen.exerciseID == id else { continue }
      screen.solution = files
      state.screens[index] = .exercise(screen)
    }
    return []
  case .sampleTestsOutput(let session, let line):
    state.updateRunScreens { $0.testsReported(session, line: line) }
    return []
  case .sampleTests(let session, let passed, let summary):
    state.updateRunScreens { $0.testsReported(session, passed: passed, summary: summary) }
    return []
  case .key(let key):
    return state.press(key)
  }
}

extension AppState {
  /// One key: global keys first (help, `g h`, Ctrl-C), then the screen's own table.
  mutating func press(_ key: Key) -> [Effect] {
    // Cleared first: loading may have something to say (saved answers that do not fit).
    notice = nil
    loadCourse()
    // Every key may start a session; the context offers it an id not used before.
    defer { sessionCounter += 1 }
    let chord = afterG
    afterG = false
    let global = GlobalKeys.table.action(for: key)
    if global == .quit { return leave() }
    if helpVisible {
      // Any key closes help, and does nothing else.
      helpVisible = false
      return []
    }
    if isTooSmall {
      return key == .character("q") ? leave() : []
    }
    if !screen.takesText {
      if chord, key == .character("h") { return goHome() }
      afterG = key == .character("g")
    }
    switch global {
    case .help:
      helpVisible = true
      return []
    case .home:
      return goHome()
    case .quit, nil:
      break
    }
    return follow(screen.handle(key, context))
  }

  /// Does what a screen's key asked for.
  private mutating func follow(_ navigation: Navigation) -> [Effect] {
    let context = context
    switch navigation {
    case .stay:
      return []
    case .push(var screen):
      if case .lesson(var lesson) = screen {
        lesson.scroll = progress.positions[lesson.lessonID] ?? 0
        progress.lastLesson = lesson.lessonID
        screen = .lesson(lesson)
      }
      return open(screen)
    case .back:
      guard screens.count > 1 else { return [] }
      return pop(to: screens.count - 1)
    case .quit:
      return leave()
    case .markDone(let id):
      progress.done.insert(id)
      return [.saveProgress(progress)]
    case .resetProgress(let id):
      if let id { progress.reset(id) } else { progress = CourseProgress() }
      return [.saveProgress(progress)]
    case .perform(let effects):
      return effects
    case .replace(var screen):
      let stopping = self.screen.sessions.map { Effect.cancel($0) }
      screen.resize(context)
      self.screen = screen
      return stopping + screen.startEffects
    }
  }

  /// Back to the home screen from anywhere, as if Esc were pressed on each screen above it.
  mutating func goHome() -> [Effect] {
    pop(to: 1)
  }

  /// Closes the screens above the first `count`: each one's place in a lesson is kept, and
  /// each one's sessions are stopped.
  private mutating func pop(to count: Int) -> [Effect] {
    var changed = false
    var effects: [Effect] = []
    while screens.count > max(1, count) {
      changed = recordPosition() || changed
      effects += screen.sessions.map { .cancel($0) }
      screens.removeLast()
    }
    // An exercise waiting for its project or environment checks again on coming back.
    if case .exercise(var exercise) = screen {
      effects += exercise.restart(context)
      screen = .exercise(exercise)
    }
    return (changed ? [.saveProgress(progress)] : []) + effects
  }

  /// Remembers where the open lesson was left; true if that changed the progress.
  mutating func recordPosition() -> Bool {
    guard case .lesson(let lesson) = screen else { return false }
    let before = progress
    progress.positions[lesson.lessonID] = lesson.scroll == 0 ? nil : lesson.scroll
    progress.lastLesson = lesson.lessonID
    return progress != before
  }

  /// Quits, saving first where any open lesson was left; the runtime's teardown stops every
  /// session, so quitting never waits for a screen to stop its own.
  mutating func leave() -> [Effect] {
    let effects = pop(to: 1).filter { if case .saveProgress = $0 { true } else { false } }
    return effects + [.quit]
  }

  /// Applies a change to every run screen in the stack.
  mutating func updateRunScreens(_ change: (inout RunScreen) -> Void) {
    for index in screens.indices {
      guard case .run(var screen) = screens[index] else { continue }
      change(&screen)
      screens[index] = .run(screen)
    }
  }
}

extension Screen {
  /// What opening the screen starts: the run screen starts its launch session.
  var startEffects: [Effect] {
    switch self {
    case .run(let run): [.launch(run.launch, directory: run.directory)]
    case .measure(let measure): [.measure(measure.session, measure.request)]
    case .exercise(let exercise): exercise.startEffects
    default: []
    }
  }
}

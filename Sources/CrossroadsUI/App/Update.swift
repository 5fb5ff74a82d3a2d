import CrossroadsCore

/// Applies one message to the state and returns the work the runtime must do.
///
/// Pure and synchronous: it never blocks, draws, or touches the disk.
public func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
  switch msg {
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
  case .launch(let event):
    state.updateRunScreen { $0.apply(event) }
    return []
  case .rechecked(let results):
    state.updateRunScreen { $0.endpoints = results }
    return []
  case .sampleTests(let passed, let summary):
    state.updateRunScreen {
      $0.tests = summary
      $0.testsPassed = passed
    }
    return []
  case .key(.control("c")):
    return state.leave()
  case .key(let key):
    // Cleared first: loading may have something to say (saved answers that do not fit).
    state.notice = nil
    state.loadCourse()
    if state.helpVisible {
      // Any key closes help, and does nothing else.
      state.helpVisible = false
      return []
    }
    if state.isTooSmall {
      return key == .character("q") ? state.leave() : []
    }
    if key == .character("?") {
      state.helpVisible = true
      return []
    }
    let context = state.context
    // A text field takes h, j, k and l as letters, not as arrows.
    switch state.screen.handle(state.screen.takesText ? key : key.normalized, context) {
    case .stay:
      return []
    case .push(var screen):
      if case .lesson(var lesson) = screen {
        lesson.scroll = state.progress.positions[lesson.lessonID] ?? 0
        state.progress.lastLesson = lesson.lessonID
        screen = .lesson(lesson)
      }
      screen.resize(context)
      state.screens.append(screen)
      // Opening the run screen starts the sample.
      if case .run(let run) = screen { return [.launch(directory: run.directory)] }
      return []
    case .back:
      guard state.screens.count > 1 else { return [] }
      let changed = state.recordPosition()
      let leavingRun = { if case .run = state.screen { true } else { false } }()
      state.screens.removeLast()
      // Leaving the run screen stops the sample.
      return (changed ? [.saveProgress(state.progress)] : []) + (leavingRun ? [.stopLaunch] : [])
    case .quit:
      return state.leave()
    case .markDone(let id):
      state.progress.done.insert(id)
      return [.saveProgress(state.progress)]
    case .resetProgress(let id):
      if let id { state.progress.reset(id) } else { state.progress = CourseProgress() }
      return [.saveProgress(state.progress)]
    case .perform(let effect):
      return [effect]
    }
  }
}

extension AppState {
  /// Remembers where the open lesson was left; true if that changed the progress.
  mutating func recordPosition() -> Bool {
    guard case .lesson(let lesson) = screen else { return false }
    let before = progress
    progress.positions[lesson.lessonID] = lesson.scroll == 0 ? nil : lesson.scroll
    progress.lastLesson = lesson.lessonID
    return progress != before
  }

  /// Quits, saving first where any open lesson was left.
  mutating func leave() -> [Effect] {
    var changed = false
    while screens.count > 1 {
      changed = recordPosition() || changed
      screens.removeLast()
    }
    return changed ? [.saveProgress(progress), .quit] : [.quit]
  }
}

extension Key {
  /// Esc, Backspace, Left and `q` all go back on screens below home.
  var isBack: Bool {
    switch self {
    case .escape, .backspace, .left, .character("q"): true
    default: false
    }
  }
}

extension AppState {
  /// Applies a change to the run screen, wherever it is in the stack.
  mutating func updateRunScreen(_ change: (inout RunScreen) -> Void) {
    guard let index = screens.lastIndex(where: { if case .run = $0 { true } else { false } }),
      case .run(var screen) = screens[index]
    else { return }
    change(&screen)
    screens[index] = .run(screen)
  }
}

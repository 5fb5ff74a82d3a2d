/// Applies one message to the state and returns the work the runtime must do.
///
/// Pure and synchronous: it never blocks, draws, or touches the disk.
public func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
  switch msg {
  case .signal:
    return [.quit]
  case .resize(let size):
    state.size = size
    let context = state.context
    for index in state.screens.indices { state.screens[index].resize(context) }
    return []
  case .key(.control("c")):
    return [.quit]
  case .generated(let outcome):
    // The answer goes to the generate screen that asked, wherever it is in the stack.
    if let index = state.screens.lastIndex(where: { if case .generate = $0 { true } else { false } }),
      case .generate(var screen) = state.screens[index]
    {
      screen.finish(outcome)
      state.screens[index] = .generate(screen)
    }
    return []
  case .key(let key):
    state.loadCourse()
    if state.helpVisible {
      // Any key closes help; q and Esc only close it.
      state.helpVisible = false
      return []
    }
    if state.isTooSmall {
      return key == .character("q") ? [.quit] : []
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
    case .run(let effect):
      return [effect]
    case .push(var screen):
      screen.resize(context)
      state.screens.append(screen)
      return []
    case .back:
      if state.screens.count > 1 { state.screens.removeLast() }
      return []
    case .quit:
      return [.quit]
    }
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

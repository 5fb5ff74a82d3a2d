/// A screen whose keys are a `KeyTable`: the table dispatches, and also gives the hints.
protocol KeyedScreen {
  associatedtype Action: Sendable & Equatable

  /// The keys that work now (a screen with steps or a focus may change them as it goes).
  func keys(_ context: ScreenContext) -> KeyTable<Action>
  mutating func perform(_ action: Action, _ context: ScreenContext) -> Navigation
  /// A mouse press at `point`: select what is there, and open it when it was selected.
  mutating func click(at point: Point, _ context: ScreenContext) -> Navigation
  /// A key the table does not bind: typed text, for a screen with a text field.
  mutating func unbound(_ key: Key, _ context: ScreenContext) -> Navigation
}

extension KeyedScreen {
  mutating func click(at point: Point, _ context: ScreenContext) -> Navigation { .stay }
  mutating func unbound(_ key: Key, _ context: ScreenContext) -> Navigation { .stay }

  mutating func handle(_ key: Key, _ context: ScreenContext) -> Navigation {
    if let point = key.pressed { return click(at: point, context) }
    let table = keys(context)
    let plain = key.withoutPosition
    // A wheel turn scrolls: where a screen binds no wheel of its own, it is ↑ or ↓.
    let fallback: Key? = plain == .wheelUp ? .up : plain == .wheelDown ? .down : nil
    if let action = table.action(for: plain) ?? fallback.flatMap(table.action(for:)) {
      return perform(action, context)
    }
    return unbound(key, context)
  }

  func hints(_ context: ScreenContext) -> [KeyHint] { keys(context).hints }
}

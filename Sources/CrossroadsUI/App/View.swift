/// Draws the whole app into `canvas`: title bar, the current screen, status line, overlays.
/// Every cell is blanked first, so the canvas may hold an earlier frame.
///
/// Pure: it reads the state and writes cells, nothing else.
public func view(_ state: AppState, into canvas: inout Canvas) {
  canvas.fill(canvas.bounds)
  if state.isTooSmall {
    TooSmallView.draw(size: state.size, into: &canvas)
    return
  }
  let context = state.context
  let screen = state.screen
  let width = state.size.width
  canvas.fill(Rect(x: 0, y: 0, width: width, height: 1), style: .statusBar)
  canvas.put(" Crossroads ", x: 0, y: 0, style: Style(bold: true, reverse: true))
  canvas.put(
    screen.title(context).truncated(toCells: width - 14, ellipsis: state.glyphs.ellipsis), x: 13, y: 0,
    style: .statusBar)
  screen.draw(into: &canvas, context)
  if let notice = state.notice {
    let lines = TextWrap.wrap([StyledRun(notice, .heading)], width: width - 4)
    for (index, line) in lines.enumerated() {
      let y = state.size.height - 1 - lines.count + index
      canvas.fill(Rect(x: 0, y: y, width: width, height: 1))
      canvas.put(line, x: 2, y: y)
    }
  }
  let hints = screen.hints(context) + GlobalKeys.table.hints
  StatusLine.draw(hints: hints, trailing: trailing(screen, context), into: &canvas)
  if state.helpVisible {
    HelpOverlay.draw(hints: hints, into: &canvas)
  }
}

/// What the status line shows at its right end: where the reader is in a lesson or the
/// questionnaire.
private func trailing(_ screen: Screen, _ context: ScreenContext) -> String {
  switch screen {
  case .lesson(let lesson): lesson.progress
  case .advisor(let advisor): advisor.progress(context)
  case .measure(let measure): measure.progress
  case .exercise(let exercise): exercise.progress
  default: ""
  }
}

/// The bottom line: the keys that work on this screen.
enum StatusLine {
  static func draw(hints: [KeyHint], trailing: String, into canvas: inout Canvas) {
    let y = canvas.size.height - 1
    let width = canvas.size.width
    canvas.fill(Rect(x: 0, y: y, width: width, height: 1), style: .statusBar)
    func needed(_ hint: KeyHint) -> Int { hint.keys.cellWidth + hint.action.cellWidth + 3 }
    // The way to every other key, `?`, always keeps its place; the screen's own keys take
    // the room before it, most useful first.
    let shown = hints.filter(\.inStatusLine)
    let globalHints = GlobalKeys.table.hints
    let global = shown.filter { globalHints.contains($0) }
    var room = width - trailing.cellWidth - 2 - global.reduce(0) { $0 + needed($1) }
    var fitting: [KeyHint] = []
    for hint in shown where !global.contains(hint) {
      guard needed(hint) <= room else { break }
      fitting.append(hint)
      room -= needed(hint)
    }
    var x = 1
    for hint in fitting + global {
      x += canvas.put(hint.keys, x: x, y: y, style: Style(bold: true, reverse: true))
      x += canvas.put(" " + hint.action + "  ", x: x, y: y, style: .statusBar)
    }
    canvas.put(trailing, x: width - trailing.cellWidth - 1, y: y, style: .statusBar)
  }
}

/// The `?` overlay: every key of the current screen, in a framed box over it.
enum HelpOverlay {
  static func draw(hints: [KeyHint], into canvas: inout Canvas) {
    let keyWidth = (hints.map(\.keys.cellWidth).max() ?? 0) + 3
    let footer = "Press any key to close this help."
    let widest = max(footer.cellWidth, keyWidth + (hints.map(\.action.cellWidth).max() ?? 0))
    let width = min(canvas.size.width - 4, max(40, widest + 6))
    let height = min(canvas.size.height - 2, hints.count + 5)
    let box = Rect(
      x: (canvas.size.width - width) / 2, y: (canvas.size.height - height) / 2, width: width, height: height)
    canvas.fill(box)
    canvas.box(box, title: "Keys on this screen")
    for (index, hint) in hints.prefix(height - 5).enumerated() {
      canvas.put(hint.keys, x: box.x + 3, y: box.y + 2 + index, style: .key)
      canvas.put(hint.action, x: box.x + 3 + keyWidth, y: box.y + 2 + index, limit: width - 6 - keyWidth)
    }
    canvas.put(footer, x: box.x + 3, y: box.maxY - 2, style: .muted, limit: width - 6)
  }
}

/// Shown instead of any screen while the terminal is smaller than the design allows.
enum TooSmallView {
  static func draw(size: Size, into canvas: inout Canvas) {
    let lines = [
      "This terminal is too small for Crossroads.",
      "It is \(size.width)×\(size.height); Crossroads needs at least \(Size.minimum.width)×\(Size.minimum.height).",
      "Enlarge the window to go on, or press q to quit.",
    ]
    var y = max(0, (size.height - lines.count * 2) / 2)
    for (index, line) in lines.enumerated() {
      for part in TextWrap.wrap(
        [StyledRun(line, index == 0 ? .heading : .plain)], width: max(1, size.width - 2))
      {
        canvas.put(part, x: max(0, (size.width - part.cellWidth) / 2), y: y)
        y += 1
      }
      y += 1
    }
  }
}

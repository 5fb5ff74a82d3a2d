/// The selection and scroll of a list of rows, one row per line: what every list screen
/// moves with its keys and its mouse, in one place.
public struct ListCursor: Sendable, Equatable {
  /// The selected row, from 0.
  public var selection = 0
  /// The first row shown.
  public var scroll = 0

  public init(selection: Int = 0) {
    self.selection = selection
  }

  /// Moves the selection by `delta` rows within `count`, and scrolls it into the `visible` rows.
  public mutating func move(by delta: Int, count: Int, visible: Int) {
    select(selection.addingReportingOverflow(delta).partialValue, count: count, visible: visible)
  }

  /// Selects `row` (clamped to the list), scrolled into view.
  public mutating func select(_ row: Int, count: Int, visible: Int) {
    selection = min(max(0, row), max(0, count - 1))
    reveal(selection, visible: visible)
  }

  /// Scrolls so `row` is within the `visible` rows from `scroll`.
  public mutating func reveal(_ row: Int, visible: Int) {
    let visible = max(1, visible)
    if row < scroll { scroll = max(0, row) }
    if row >= scroll + visible { scroll = row - visible + 1 }
  }

  /// The row drawn at screen line `y` of a list whose first shown row is at line `top`.
  public func row(atLine y: Int, top: Int, count: Int, visible: Int) -> Int? {
    let row = scroll + (y - top)
    guard y >= top, y < top + visible, row < count else { return nil }
    return row
  }
}

/// The first line shown of a pane of text that scrolls (a lesson, a code pair's side, a
/// previewed file, a measure's table), kept where there is something to show.
public enum ScrollOffset {
  /// `top` moved by `delta` lines (saturating), kept between 0 and the last full page of
  /// `count` lines shown `page` at a time.
  public static func clamped(_ top: Int, by delta: Int = 0, count: Int, page: Int) -> Int {
    min(max(0, top.addingReportingOverflow(delta).partialValue), max(0, count - page))
  }

  /// The lines a wheel notch scrolls, as most terminal programs do.
  public static let wheelLines = 3
}

/// A grid of styled cells that views draw into; the backend shows it as one frame.
///
/// A wide character occupies its cell and marks the next one as its continuation, so the
/// grid always has exactly `width` cells a row, as the terminal does.
public struct Canvas: Sendable, Equatable {
  public struct Cell: Sendable, Equatable {
    /// The grapheme drawn here; empty in the second cell of a wide character.
    public var text: String
    public var style: Style

    public static let blank = Cell(text: " ", style: .plain)
    public var isContinuation: Bool { text.isEmpty }

    /// Inlinable, as `Style`'s is: the terminal compares every cell of a frame with the last.
    @inlinable public static func == (_ one: Cell, _ other: Cell) -> Bool {
      one.style == other.style && one.text == other.text
    }
  }

  public let size: Size
  public let glyphs: Glyphs
  public private(set) var cells: [Cell]

  public init(size: Size, glyphs: Glyphs = .unicode) {
    self.size = size
    self.glyphs = glyphs
    self.cells = Array(repeating: .blank, count: max(0, size.width * size.height))
  }

  public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

  public subscript(x: Int, y: Int) -> Cell {
    cells[y * size.width + x]
  }

  /// Draws `text` from (x, y), clipped to `limit` cells and to the canvas; returns the cells used.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
    guard y >= 0, y < size.height else { return 0 }
    let end = min(size.width, x + (limit ?? size.width))
    var column = x
    // Printable ASCII, most of what is drawn, is a cell a byte: no need to break the text
    // into characters, which was most of the cost of drawing a screen of code.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      for byte in text.utf8 {
        if column + 1 > end { break }
        if column >= 0 { set(x: column, y: y, Cell(text: Self.asciiText[Int(byte)], style: style)) }
        column += 1
      }
      return column - x
    }
    for character in text {
      let w = character.cellWidth
      if w == 0 { continue }
      if column + w > end { break }
      if column >= 0 {
        set(x: column, y: y, Cell(text: String(character), style: style))
        if w == 2 { set(x: column + 1, y: y, Cell(text: "", style: style)) }
      }
      column += w
    }
    return column - x
  }

  /// Each ASCII character as text, made once.
  private static let asciiText = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

  /// Draws a styled line from (x, y), clipped to `limit` cells; returns the cells used.
  @discardableResult
  public mutating func put(_ line: StyledLine, x: Int, y: Int, limit: Int? = nil) -> Int {
    var used = 0
    let limit = limit ?? size.width - x
    for run in line.runs {
      used += put(run.text, x: x + used, y: y, style: run.style, limit: limit - used)
    }
    return used
  }

  /// Fills a rectangle with spaces in `style`.
  public mutating func fill(_ rect: Rect, style: Style = .plain) {
    let columns = max(0, rect.x)..<min(size.width, rect.maxX)
    guard columns.count > 0 else { return }
    let cell = Cell(text: " ", style: style)
    for y in max(0, rect.y)..<min(size.height, rect.maxY) {
      // Only the edges can cut a wide character in two, so only they need `set`'s care; every
      // frame fills the whole screen first, and doing that cell by cell was a tenth of a key.
      set(x: columns.lowerBound, y: y, cell)
      set(x: columns.upperBound - 1, y: y, cell)
      let row = y * size.width
      for x in columns.dropFirst().dropLast() { cells[row + x] = cell }
    }
  }

  /// Draws a frame around `rect`, with an optional title in its top edge.
  public mutating func box(
    _ rect: Rect, style: Style = .frame, title: String? = nil, titleStyle: Style = .title
  ) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let inner = String(repeating: glyphs.horizontal, count: rect.width - 2)
    put(glyphs.topLeft + inner + glyphs.topRight, x: rect.x, y: rect.y, style: style)
    put(glyphs.bottomLeft + inner + glyphs.bottomRight, x: rect.x, y: rect.maxY - 1, style: style)
    for y in (rect.y + 1)..<(rect.maxY - 1) {
      put(glyphs.vertical, x: rect.x, y: y, style: style)
      put(glyphs.vertical, x: rect.maxX - 1, y: y, style: style)
    }
    if let title, rect.width > 6 {
      put(
        " \(title.truncated(toCells: rect.width - 6, ellipsis: glyphs.ellipsis)) ", x: rect.x + 2, y: rect.y,
        style: titleStyle)
    }
  }

  /// The text of every row, for snapshots and plain-text output.
  public var rows: [String] {
    (0..<size.height).map { y in
      (0..<size.width).map { self[$0, y].text }.joined()
    }
  }

  private mutating func set(x: Int, y: Int, _ cell: Cell) {
    guard x >= 0, x < size.width, y >= 0, y < size.height else { return }
    let index = y * size.width + x
    // Overwriting half of a wide character blanks its other half; a continuation cell is
    // written right after its own wide character, whose half it must not blank.
    if cells[index].isContinuation, x > 0, !cell.isContinuation { cells[index - 1] = .blank }
    // One byte is one ASCII cell: only longer text can be a wide character.
    if cells[index].text.utf8.count > 1, cells[index].text.cellWidth == 2, x + 1 < size.width {
      cells[index + 1] = .blank
    }
    cells[index] = cell
  }
}

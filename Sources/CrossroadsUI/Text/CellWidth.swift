import CrossroadsCore

/// How many terminal cells text takes: East Asian wide characters and emoji take two,
/// combining marks and zero-width joiners none.
extension Character {
  public var cellWidth: Int {
    let scalars = unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
    // An emoji presentation selector or a joined sequence is drawn as one wide glyph.
    if scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
    return first.cellWidth
  }
}

extension Unicode.Scalar {
  public var cellWidth: Int {
    // The punctuation, arrows and box drawing the interface draws with are one cell each;
    // looking their properties up was most of the cost of drawing a frame around a screen.
    for range in Self.narrowRanges where range.contains(value) { return 1 }
    return computedCellWidth
  }

  /// Blocks where every character takes one cell (`computedCellWidth` says so of each; a
  /// test holds it to that): general punctuation, arrows, box drawing and geometric shapes.
  static let narrowRanges: [ClosedRange<UInt32>] = [
    0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2500...0x25FC,
  ]

  /// A character's width from its Unicode properties.
  var computedCellWidth: Int {
    // Control characters take no cell and so are never drawn: a file cannot send the
    // terminal an escape sequence through the interface.
    if ControlCharacters.isControl(self) { return 0 }
    switch properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if properties.isEmojiPresentation { return 2 }
    let v = value
    for range in Self.wideRanges where range.contains(v) { return 2 }
    return 1
  }

  /// East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth W and F), condensed.
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
    0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
    0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
    0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]
}

extension StringProtocol where SubSequence == Substring {
  /// The number of terminal cells the text takes on one line.
  public var cellWidth: Int {
    // Most text is ASCII, where a byte is a cell (none for a control character): counting
    // bytes skips breaking the text into characters, most of the cost of wrapping it.
    var width = 0
    for byte in utf8 {
      guard byte < 0x80 else { return reduce(0) { $0 + $1.cellWidth } }
      if byte >= 0x20, byte != 0x7F { width += 1 }
    }
    return width
  }

  /// The longest prefix that fits in `width` cells, never splitting a wide character.
  public func prefix(cells width: Int) -> Substring {
    var used = 0
    var end = startIndex
    for index in indices {
      let w = self[index].cellWidth
      if used + w > width { break }
      used += w
      end = self.index(after: index)
    }
    return self[startIndex..<end]
  }
}

extension String {
  /// The text cut to `width` cells, ending in `ellipsis` when anything was cut.
  public func truncated(toCells width: Int, ellipsis: String) -> String {
    guard cellWidth > width else { return self }
    guard width > ellipsis.cellWidth else { return String(prefix(cells: width)) }
    return String(prefix(cells: width - ellipsis.cellWidth)) + ellipsis
  }

  /// The text padded with spaces to `width` cells (or cut to it).
  public func padded(toCells width: Int) -> String {
    let w = cellWidth
    if w >= width { return String(prefix(cells: width)) }
    return self + String(repeating: " ", count: width - w)
  }
}

/// How a cell looks: a semantic colour and a few attributes; the backend maps it to what
/// the terminal can show (or ignores the colour under `NO_COLOR`).
public struct Style: Sendable, Hashable {
  public enum Color: Int, Sendable, Hashable, CaseIterable {
    case `default`, black, red, green, yellow, blue, magenta, cyan, white
  }

  public var foreground: Color
  public var background: Color
  public var bold: Bool
  public var dim: Bool
  public var reverse: Bool
  public var underline: Bool

  public init(
    foreground: Color = .default, background: Color = .default, bold: Bool = false,
    dim: Bool = false, reverse: Bool = false, underline: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.reverse = reverse
    self.underline = underline
  }

  public static let plain = Style()

  /// Inlinable, so comparing the cells of a frame is not a call per cell.
  @inlinable public static func == (_ one: Style, _ other: Style) -> Bool {
    one.foreground == other.foreground && one.background == other.background && one.bold == other.bold
      && one.dim == other.dim && one.reverse == other.reverse && one.underline == other.underline
  }
}

extension Style {
  /// The styles every screen draws with, so the look is decided in one place.
  public static let title = Style(foreground: .cyan, bold: true)
  public static let heading = Style(foreground: .yellow, bold: true)
  public static let strong = Style(bold: true)
  public static let code = Style(foreground: .green)
  public static let muted = Style(dim: true)
  public static let selected = Style(reverse: true)
  public static let statusBar = Style(reverse: true)
  public static let key = Style(foreground: .cyan, bold: true)
  public static let frame = Style(foreground: .blue)
  public static let flask = Style(foreground: .cyan, bold: true)
  public static let django = Style(foreground: .green, bold: true)
  public static let error = Style(foreground: .red, bold: true)
}

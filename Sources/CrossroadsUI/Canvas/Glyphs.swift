/// The characters used for frames and marks: Unicode under a UTF-8 locale, ASCII otherwise.
public struct Glyphs: Sendable, Equatable {
  public let horizontal: String
  public let vertical: String
  public let topLeft: String
  public let topRight: String
  public let bottomLeft: String
  public let bottomRight: String
  public let bullet: String
  public let pointer: String
  public let ellipsis: String
  public let wrapMark: String
  public let done: String
  public let scrollUp: String
  public let scrollDown: String
  /// Radio choices and checkboxes, chosen and not.
  public let radioOn: String
  public let radioOff: String
  public let checkOn: String
  public let checkOff: String
  /// The filled and empty parts of a score bar.
  public let barFull: String
  public let barEmpty: String

  public static let unicode = Glyphs(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
    bottomRight: "┘", bullet: "•", pointer: "›", ellipsis: "…", wrapMark: "↪", done: "✓",
    scrollUp: "▲", scrollDown: "▼", radioOn: "(•)", radioOff: "( )", checkOn: "[x]", checkOff: "[ ]",
    barFull: "█", barEmpty: "░")

  public static let ascii = Glyphs(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
    bottomRight: "+", bullet: "*", pointer: ">", ellipsis: "~", wrapMark: ">", done: "x",
    scrollUp: "^", scrollDown: "v", radioOn: "(*)", radioOff: "( )", checkOn: "[x]", checkOff: "[ ]",
    barFull: "#", barEmpty: ".")
}

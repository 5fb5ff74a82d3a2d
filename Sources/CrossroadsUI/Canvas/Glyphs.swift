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

  public static let unicode = Glyphs(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
    bottomRight: "┘", bullet: "•", pointer: "›", ellipsis: "…", wrapMark: "↪", done: "✓",
    scrollUp: "▲", scrollDown: "▼")

  public static let ascii = Glyphs(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
    bottomRight: "+", bullet: "*", pointer: ">", ellipsis: "~", wrapMark: ">", done: "x",
    scrollUp: "^", scrollDown: "v")
}

/// A run of prose with the inline styles lessons use: `code` and **strong**.
public struct RichText: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case plain
    case code
    case strong
  }

  public struct Span: Sendable, Equatable {
    public let text: String
    public let kind: Kind

    public init(_ text: String, _ kind: Kind = .plain) {
      self.text = text
      self.kind = kind
    }
  }

  public let spans: [Span]

  public init(_ spans: [Span]) {
    self.spans = spans
  }

  /// The text without its styling.
  public var plain: String { spans.map(\.text).joined() }

  /// Parses backtick code spans and `**strong**` runs; an unclosed marker stays literal.
  ///
  /// The markers are ASCII, so the scan walks UTF-8 bytes: far cheaper than characters, and
  /// every course is parsed before its first lesson opens.
  public init(markdown: String) {
    let bytes = markdown.utf8
    var spans: [Span] = []
    var plainStart = bytes.startIndex
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let next = bytes.index(after: index)
      if bytes[index] == Self.backtick, let close = bytes[next...].firstIndex(of: Self.backtick) {
        spans += Self.strongSpans(markdown[plainStart..<index])
        spans.append(Span(String(markdown[next..<close]), .code))
        index = bytes.index(after: close)
        plainStart = index
      } else {
        index = next
      }
    }
    spans += Self.strongSpans(markdown[plainStart...])
    self.spans = spans
  }

  private static let backtick = UInt8(ascii: "`")
  private static let star = UInt8(ascii: "*")

  /// Splits plain text at `**` pairs (with something between them) into plain and strong spans.
  private static func strongSpans(_ text: Substring) -> [Span] {
    let bytes = text.utf8
    var spans: [Span] = []
    var plainStart = bytes.startIndex
    var index = bytes.startIndex
    func isPair(at position: Substring.UTF8View.Index) -> Bool {
      let second = bytes.index(after: position)
      return bytes[position] == star && second < bytes.endIndex && bytes[second] == star
    }
    while index < bytes.endIndex {
      guard isPair(at: index) else {
        index = bytes.index(after: index)
        continue
      }
      let inner = bytes.index(index, offsetBy: 2)
      var close = inner < bytes.endIndex ? bytes.index(after: inner) : bytes.endIndex
      while close < bytes.endIndex, !isPair(at: close) { close = bytes.index(after: close) }
      guard close < bytes.endIndex else { break }
      if plainStart < index { spans.append(Span(String(text[plainStart..<index]))) }
      spans.append(Span(String(text[inner..<close]), .strong))
      index = bytes.index(close, offsetBy: 2)
      plainStart = index
    }
    if plainStart < bytes.endIndex { spans.append(Span(String(text[plainStart...]))) }
    return spans
  }
}

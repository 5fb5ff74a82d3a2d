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
  public init(markdown: String) {
    var spans: [Span] = []
    var plain = ""
    var rest = Substring(markdown)
    func flush() {
      if !plain.isEmpty { spans.append(Span(plain)) }
      plain = ""
    }
    while let first = rest.first {
      if first == "`", let close = rest.dropFirst().firstIndex(of: "`") {
        flush()
        spans.append(Span(String(rest[rest.index(after: rest.startIndex)..<close]), .code))
        rest = rest[rest.index(after: close)...]
      } else if rest.hasPrefix("**"), let close = rest.dropFirst(2).firstRange(of: "**"),
        close.lowerBound > rest.index(rest.startIndex, offsetBy: 2)
      {
        flush()
        spans.append(Span(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound]), .strong))
        rest = rest[close.upperBound...]
      } else {
        plain.append(first)
        rest = rest.dropFirst()
      }
    }
    flush()
    self.spans = spans
  }
}

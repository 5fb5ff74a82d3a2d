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
    let pieces = markdown.split(separator: "`", omittingEmptySubsequences: false)
    // Pieces alternate plain, code, plain...; an odd number of backticks leaves the last one
    // unclosed, and it is shown as written.
    let closed = pieces.count % 2 == 1 ? pieces.count : pieces.count - 1
    var plain = ""
    for (index, piece) in pieces.enumerated() {
      if index % 2 == 1 && index < closed {
        spans += Self.strongSpans(plain)
        plain = ""
        spans.append(Span(String(piece), .code))
      } else {
        plain += index >= closed ? "`" + piece : piece
      }
    }
    spans += Self.strongSpans(plain)
    self.spans = spans
  }

  /// Splits plain text at `**` pairs into plain and strong spans.
  private static func strongSpans(_ text: String) -> [Span] {
    guard text.contains("**") else { return text.isEmpty ? [] : [Span(text)] }
    let pieces = text.split(separator: "**", omittingEmptySubsequences: false)
    let closed = pieces.count % 2 == 1 ? pieces.count : pieces.count - 1
    var spans: [Span] = []
    var plain = ""
    for (index, piece) in pieces.enumerated() {
      if index % 2 == 1 && index < closed && !piece.isEmpty {
        if !plain.isEmpty { spans.append(Span(plain)) }
        plain = ""
        spans.append(Span(String(piece), .strong))
      } else if index % 2 == 1 && index < closed {
        plain += "****"
      } else {
        plain += index >= closed ? "**" + piece : piece
      }
    }
    if !plain.isEmpty { spans.append(Span(plain)) }
    return spans
  }
}

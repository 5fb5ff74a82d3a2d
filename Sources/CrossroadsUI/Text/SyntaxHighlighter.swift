import CrossroadsCore

/// Colours Python by token: keywords, strings, comments, decorators and numbers.
///
/// A small scanner, not a parser: enough for lesson-sized code, and it carries an open
/// triple-quoted string from one line to the next.
public struct SyntaxHighlighter {
  public enum Token: Sendable, Equatable {
    case plain, keyword, string, comment, decorator, number
  }

  /// The quote of a triple-quoted string still open at the end of the last line.
  private var openTripleQuote: String?

  public init() {}

  static let keywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
    "yield", "match", "case",
  ]

  /// Splits one line into runs of text and the token each run is.
  public mutating func tokens(_ line: Substring) -> [(String, Token)] {
    var result: [(String, Token)] = []
    var rest = line
    func emit(_ text: Substring, _ token: Token) {
      guard !text.isEmpty else { return }
      if let last = result.last, last.1 == token {
        result[result.count - 1].0 += text
      } else {
        result.append((String(text), token))
      }
    }
    if let quote = openTripleQuote {
      if let end = rest.firstRange(of: quote) {
        emit(rest[..<end.upperBound], .string)
        rest = rest[end.upperBound...]
        openTripleQuote = nil
      } else {
        emit(rest, .string)
        return result
      }
    }
    let atLineStart = rest.drop { $0 == " " }
    if atLineStart.first == "@" {
      emit(rest[..<atLineStart.startIndex], .plain)
      let end = atLineStart.firstIndex { $0 == "(" || $0 == " " } ?? atLineStart.endIndex
      emit(atLineStart[..<end], .decorator)
      rest = atLineStart[end...]
    }
    while let first = rest.first {
      if first == "#" {
        emit(rest, .comment)
        break
      } else if first == "\"" || first == "'" {
        let triple = String(repeating: first, count: 3)
        if rest.hasPrefix(triple) {
          let body = rest.dropFirst(3)
          if let end = body.firstRange(of: triple) {
            emit(rest[..<end.upperBound], .string)
            rest = rest[end.upperBound...]
          } else {
            emit(rest, .string)
            openTripleQuote = triple
            break
          }
        } else {
          var index = rest.index(after: rest.startIndex)
          while index < rest.endIndex, rest[index] != first {
            if rest[index] == "\\" { index = rest.index(after: index) }
            if index < rest.endIndex { index = rest.index(after: index) }
          }
          let end = index < rest.endIndex ? rest.index(after: index) : rest.endIndex
          emit(rest[..<end], .string)
          rest = rest[end...]
        }
      } else if first.isLetter || first == "_" {
        let end = rest.firstIndex { !($0.isLetter || $0.isNumber || $0 == "_") } ?? rest.endIndex
        let word = rest[..<end]
        // A string prefix such as f"..." or rb'...' belongs to the string.
        if let quote = rest[end...].first, quote == "\"" || quote == "'",
          word.count <= 2, word.lowercased().allSatisfy({ "rbfu".contains($0) })
        {
          emit(word, .string)
        } else {
          emit(word, Self.keywords.contains(String(word)) ? .keyword : .plain)
        }
        rest = rest[end...]
      } else if first.isNumber {
        let end = rest.firstIndex { !($0.isNumber || $0.isLetter || $0 == "." || $0 == "_") } ?? rest.endIndex
        emit(rest[..<end], .number)
        rest = rest[end...]
      } else {
        emit(rest.prefix(1), .plain)
        rest = rest.dropFirst()
      }
    }
    return result
  }
}

extension SyntaxHighlighter.Token {
  var style: Style {
    switch self {
    case .plain: Style()
    case .keyword: Style(foreground: .magenta, bold: true)
    case .string: Style(foreground: .yellow)
    case .comment: Style(foreground: .blue, dim: true)
    case .decorator: Style(foreground: .cyan)
    case .number: Style(foreground: .red)
    }
  }
}

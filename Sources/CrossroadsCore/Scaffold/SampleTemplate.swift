/// A sample's template: Mustache's variables, sections, inverted sections and comments, in
/// the delimiters `<% %>` so that the `{{ }}` and `{% %}` of Jinja and Django templates pass
/// through untouched.
///
/// It follows the Mustache specification for what it has, with one difference: a value is
/// put in as it is, never HTML-escaped, because the output is source code (the values are
/// project names, keys and versions). A section, inverted section, closing tag or comment
/// alone on its line (spaces and tabs aside) takes its whole line with it, as Mustache's
/// standalone rule says; a variable never does. Partials, changed delimiters and lists are
/// not used by the samples and are refused.
struct SampleTemplate: Sendable {
  /// What a template is rendered with: the text values, and the flags that are on.
  struct Context: Sendable {
    var values: [String: String]
    var flags: Set<String>
  }

  /// A problem in a template's text, at its line (counted from 1).
  struct SyntaxError: Error, Equatable, CustomStringConvertible {
    let line: Int
    let problem: String
    var description: String { "line \(line): \(problem)" }
  }

  private indirect enum Part: Sendable {
    case text(Substring)
    case value(String)
    case section(String, inverted: Bool, [Part])
  }

  private let parts: [Part]

  init(_ text: String) throws(SyntaxError) {
    parts = try Self.parse(text)
  }

  func render(_ context: Context) -> String {
    var output = ""
    Self.render(parts, context, into: &output)
    return output
  }

  private static func render(_ parts: [Part], _ context: Context, into output: inout String) {
    for part in parts {
      switch part {
      case .text(let text):
        output += text
      case .value(let name):
        output += context.values[name] ?? ""
      case .section(let name, let inverted, let inner):
        let isOn = context.flags.contains(name) || !(context.values[name] ?? "").isEmpty
        if isOn != inverted { render(inner, context, into: &output) }
      }
    }
  }

  // MARK: - Parsing

  private enum Tag {
    case value(String)
    case open(String, inverted: Bool)
    case close(String)
    case comment

    var canStandAlone: Bool {
      if case .value = self { return false }
      return true
    }
  }

  /// A piece of one line: its text, or a tag.
  private enum Piece {
    case text(Substring)
    case tag(Tag)
  }

  private static func parse(_ text: String) throws(SyntaxError) -> [Part] {
    // The open sections, innermost last, each with its name, kind, line and parts so far.
    var open: [(name: String, inverted: Bool, line: Int, parts: [Part])] = [("", false, 0, [])]
    let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() {
      let lineNumber = index + 1
      let isLast = index == lines.count - 1
      var pieces = try self.pieces(of: Substring(line), lineNumber: lineNumber)
      if !isLast { pieces.append(.text("\n")) }
      let tags = pieces.compactMap { piece -> Tag? in
        if case .tag(let tag) = piece { return tag }
        return nil
      }
      let isStandalone =
        tags.count == 1 && tags[0].canStandAlone
        && pieces.allSatisfy { piece in
          guard case .text(let text) = piece else { return true }
          return text.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        }
      for piece in pieces {
        switch piece {
        case .text(let text):
          if !isStandalone, !text.isEmpty { open[open.count - 1].parts.append(.text(text)) }
        case .tag(.value(let name)):
          open[open.count - 1].parts.append(.value(name))
        case .tag(.comment):
          break
        case .tag(.open(let name, let inverted)):
          open.append((name, inverted, lineNumber, []))
        case .tag(.close(let name)):
          guard open.count > 1 else {
            throw SyntaxError(line: lineNumber, problem: "'\(name)' is closed but was never opened")
          }
          let section = open.removeLast()
          guard section.name == name else {
            throw SyntaxError(
              line: lineNumber,
              problem: "'\(name)' is closed where '\(section.name)' (line \(section.line)) is open")
          }
          open[open.count - 1].parts.append(.section(name, inverted: section.inverted, section.parts))
        }
      }
    }
    guard open.count == 1 else {
      let section = open[open.count - 1]
      throw SyntaxError(line: section.line, problem: "'\(section.name)' is opened here and never closed")
    }
    return open[0].parts
  }

  /// The text and tags of one line (without its line break).
  private static func pieces(of line: Substring, lineNumber: Int) throws(SyntaxError) -> [Piece] {
    var pieces: [Piece] = []
    var rest = line
    while let start = rest.firstRange(of: "<%") {
      pieces.append(.text(rest[..<start.lowerBound]))
      guard let end = rest[start.upperBound...].firstRange(of: "%>") else {
        throw SyntaxError(line: lineNumber, problem: "a tag opened with <% is not closed with %> on its line")
      }
      pieces.append(.tag(try tag(rest[start.upperBound..<end.lowerBound], lineNumber: lineNumber)))
      rest = rest[end.upperBound...]
    }
    pieces.append(.text(rest))
    return pieces
  }

  private static func tag(_ body: Substring, lineNumber: Int) throws(SyntaxError) -> Tag {
    let sigil = body.first { $0 != " " }
    func name(dropping count: Int) throws(SyntaxError) -> String {
      let name = body.drop { $0 == " " }.dropFirst(count).trimmingSpaces
      guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
        throw SyntaxError(line: lineNumber, problem: "'<%\(body)%>' does not name a value")
      }
      return name
    }
    switch sigil {
    case "#": return .open(try name(dropping: 1), inverted: false)
    case "^": return .open(try name(dropping: 1), inverted: true)
    case "/": return .close(try name(dropping: 1))
    case "!": return .comment
    case ">", "=", "{", "&":
      throw SyntaxError(
        line: lineNumber,
        problem: "'<%\(body)%>': partials, delimiter changes and unescaped tags are not used here")
    default: return .value(try name(dropping: 0))
    }
  }
}

/// Parses a lesson's body: headings, paragraphs, lists and fenced code blocks.
struct BodyParser {
  let file: String
  private var blocks: [LessonBlock] = []
  private var paragraph: [String] = []
  /// Whether the open list is numbered, or nil when no list is open.
  private var listOrdered: Bool?
  /// The open list's items, appended to in place: copying them per item made long lists
  /// quadratic (40,000 items took 6 s).
  private var listItems: [String] = []

  init(file: String) {
    self.file = file
  }

  /// Fence tags an author may use, beyond `flask FILE` and `django FILE`.
  static let plainTags: [String: CodeBlock.Language] = [
    "python": .python, "console": .console, "html": .html, "jinja": .html,
    "django-html": .html, "text": .text, "ini": .text, "toml": .text, "yaml": .text,
    "json": .text,
  ]

  mutating func parse(_ lines: ArraySlice<Substring>, firstLine: Int) throws(ContentError) -> [LessonBlock] {
    var index = lines.startIndex
    while index < lines.endIndex {
      let line = lines[index]
      let lineNumber = firstLine + (index - lines.startIndex)
      if line.hasPrefix("```") {
        flush()
        guard let close = lines[(index + 1)...].firstIndex(where: { $0.trimmingTrailingSpaces == "```" })
        else {
          throw ContentError(
            file: file, line: lineNumber, message: "this code block is never closed with ```")
        }
        let code = lines[(index + 1)..<close].joined(separator: "\n")
        blocks.append(.code(try codeBlock(info: line.dropFirst(3), code: code, line: lineNumber)))
        index = close + 1
        continue
      }
      if line.trimmingTrailingSpaces.isEmpty {
        flush()
      } else if let (level, text) = heading(line) {
        guard level <= 3 else {
          throw ContentError(file: file, line: lineNumber, message: "headings go from # to ###")
        }
        flush()
        blocks.append(.heading(level: level, text: RichText(markdown: text)))
      } else if let (ordered, text) = listItem(line) {
        flushParagraph()
        if let current = listOrdered, current != ordered { flushList() }
        listOrdered = ordered
        listItems.append(text)
      } else if listOrdered != nil, !listItems.isEmpty, line.hasPrefix("  ") {
        listItems[listItems.count - 1] += " " + line.trimmingLeadingSpaces
      } else {
        flushList()
        paragraph.append(String(line.trimmingLeadingSpaces.trimmingTrailingSpaces))
      }
      index += 1
    }
    flush()
    return pairing(blocks)
  }

  private func codeBlock(info: Substring, code: String, line: Int) throws(ContentError) -> CodeBlock {
    let words = info.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard let tag = words.first else {
      throw ContentError(
        file: file, line: line,
        message: "a code block needs a tag: flask FILE, django FILE, python, console or text")
    }
    guard words.count <= 2 else {
      throw ContentError(
        file: file, line: line, message: "a code block's tag is one word and an optional file name")
    }
    let fileName = words.count == 2 ? words[1] : nil
    if let side = CodeBlock.Side(rawValue: tag), side != .neither {
      guard let fileName else {
        throw ContentError(
          file: file, line: line, message: "a \(tag) block names its file, e.g. ```\(tag) app.py")
      }
      return CodeBlock(
        side: side, file: fileName, language: Self.language(ofFile: fileName), code: code, line: line,
        include: try include(code, line: line))
    }
    guard let language = Self.plainTags[tag] else {
      throw ContentError(
        file: file, line: line,
        message:
          "unknown code block tag '\(tag)'; use flask, django, \(Self.plainTags.keys.sorted().joined(separator: ", "))"
      )
    }
    return CodeBlock(side: .neither, file: fileName, language: language, code: code, line: line)
  }

  /// Reads `<<< TEMPLATE#REGION [feature,feature]`: the block shows that region of the sample.
  private func include(_ code: String, line: Int) throws(ContentError) -> CodeBlock.Include? {
    guard code.hasPrefix("<<< ") else { return nil }
    let words = code.dropFirst(4).split(separator: " ", omittingEmptySubsequences: true)
    guard !code.contains("\n"), (1...2).contains(words.count), let hash = words[0].firstIndex(of: "#"),
      hash != words[0].startIndex, words[0].index(after: hash) != words[0].endIndex
    else {
      throw ContentError(
        file: file, line: line + 1,
        message: "an include reads '<<< TEMPLATE#REGION', optionally followed by features such as orm,auth")
    }
    return CodeBlock.Include(
      templatePath: String(words[0][..<hash]), region: String(words[0][words[0].index(after: hash)...]),
      features: words.count == 2 ? words[1].split(separator: ",").map(String.init) : nil)
  }

  /// The language a file's extension implies: Python for `.py`, markup for templates.
  static func language(ofFile name: String) -> CodeBlock.Language {
    if name.hasSuffix(".py") { return .python }
    if name.hasSuffix(".html") || name.hasSuffix(".htm") || name.hasSuffix(".jinja") { return .html }
    return .text
  }

  private func heading(_ line: Substring) -> (Int, String)? {
    let hashes = line.prefix { $0 == "#" }
    guard !hashes.isEmpty, line.dropFirst(hashes.count).first == " " else { return nil }
    return (hashes.count, String(line.dropFirst(hashes.count + 1)).trimmingSpaces)
  }

  private func listItem(_ line: Substring) -> (Bool, String)? {
    if line.hasPrefix("- ") || line.hasPrefix("* ") {
      return (false, String(line.dropFirst(2)).trimmingSpaces)
    }
    let digits = line.prefix(while: \.isASCIIDigit)
    if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") {
      return (true, String(line.dropFirst(digits.count + 2)).trimmingSpaces)
    }
    return nil
  }

  private mutating func flush() {
    flushParagraph()
    flushList()
  }

  private mutating func flushParagraph() {
    guard !paragraph.isEmpty else { return }
    blocks.append(.paragraph(RichText(markdown: paragraph.joined(separator: " "))))
    paragraph = []
  }

  private mutating func flushList() {
    guard let ordered = listOrdered else { return }
    blocks.append(.list(ordered: ordered, items: listItems.map { RichText(markdown: $0) }))
    listOrdered = nil
    listItems = []
  }

  /// Joins a Flask block directly followed by a Django block into one side-by-side pair.
  private func pairing(_ blocks: [LessonBlock]) -> [LessonBlock] {
    var result: [LessonBlock] = []
    for block in blocks {
      if case .code(let django) = block, django.side == .django,
        case .code(let flask)? = result.last, flask.side == .flask
      {
        result[result.count - 1] = .pair(flask: flask, django: django)
      } else {
        result.append(block)
      }
    }
    return result
  }
}

extension StringProtocol where SubSequence == Substring {
  var trimmingLeadingSpaces: Substring {
    let text = self[...]
    return text.drop { $0 == " " || $0 == "\t" }
  }
}

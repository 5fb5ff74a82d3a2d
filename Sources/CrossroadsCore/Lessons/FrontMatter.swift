import Yams

/// A lesson's front matter, read from YAML with the line of every value kept for errors.
struct FrontMatter {
  let id: String
  let idLine: Int
  let title: String
  let summary: String
  let check: [CheckQuestion]

  static func parse(_ yaml: String, file: String, firstLine: Int) throws(LessonError) -> FrontMatter {
    let reader = Reader(file: file, lineOffset: firstLine - 1)
    let root: Node
    do {
      // The basic resolver reads every scalar as text: the default one compiles regular
      // expressions at start-up to guess types this schema never needs.
      guard let node = try Yams.compose(yaml: yaml, .basic) else {
        throw LessonError(file: file, line: firstLine, message: "the front matter is empty")
      }
      root = node
    } catch let error as LessonError {
      throw error
    } catch {
      throw reader.error(from: error)
    }
    let fields = try reader.mapping(root, named: "the front matter")
    try reader.rejectUnknownKeys(fields, allowed: ["id", "title", "summary", "check"], in: root)
    let idNode = try reader.required("id", in: fields, of: root)
    let questions = try reader.sequence(try reader.required("check", in: fields, of: root), named: "check")
    guard (1...3).contains(questions.count) else {
      throw reader.error(
        "check needs one to three questions, found \(questions.count)",
        at: reader.value("check", in: fields) ?? root)
    }
    return FrontMatter(
      id: try reader.string(idNode, named: "id"),
      idLine: reader.line(of: idNode),
      title: try reader.string(try reader.required("title", in: fields, of: root), named: "title"),
      summary: try reader.string(try reader.required("summary", in: fields, of: root), named: "summary"),
      check: try questions.map { (node) throws(LessonError) in try reader.question(node) })
  }

  /// Reads typed values out of YAML nodes, turning each mismatch into a `LessonError`.
  struct Reader {
    let file: String
    let lineOffset: Int

    func line(of node: Node) -> Int { (node.mark?.line ?? 1) + lineOffset }

    func error(_ message: String, at node: Node) -> LessonError {
      LessonError(file: file, line: line(of: node), message: message)
    }

    func error(from yamlError: any Error) -> LessonError {
      if let yamlError = yamlError as? YamlError {
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
          .composer(_, let problem, let mark, _):
          return LessonError(file: file, line: mark.line + lineOffset, message: "YAML: \(problem)")
        default:
          break
        }
      }
      return LessonError(file: file, line: lineOffset + 1, message: "YAML: \(yamlError)")
    }

    func mapping(_ node: Node, named name: String) throws(LessonError) -> Node.Mapping {
      guard case .mapping(let mapping) = node else {
        throw error("\(name) must be a mapping of keys to values", at: node)
      }
      return mapping
    }

    func sequence(_ node: Node, named name: String) throws(LessonError) -> [Node] {
      guard case .sequence(let sequence) = node else { throw error("\(name) must be a list", at: node) }
      return Array(sequence)
    }

    func string(_ node: Node, named name: String) throws(LessonError) -> String {
      guard case .scalar(let scalar) = node, !scalar.string.trimmingSpaces.isEmpty else {
        throw error("\(name) must be non-empty text", at: node)
      }
      return scalar.string.trimmingSpaces
    }

    func required(_ key: String, in mapping: Node.Mapping, of parent: Node) throws(LessonError) -> Node {
      guard let value = value(key, in: mapping) else { throw error("'\(key)' is missing", at: parent) }
      return value
    }

    /// Looks a key up by its text; comparing whole nodes would resolve their tags, which
    /// costs Yams' default resolver and its regular expressions.
    func value(_ key: String, in mapping: Node.Mapping) -> Node? {
      mapping.first { $0.key.string == key }?.value
    }

    func rejectUnknownKeys(_ mapping: Node.Mapping, allowed: Set<String>, in parent: Node) throws(LessonError)
    {
      for key in mapping.keys {
        let name = key.string ?? "?"
        if !allowed.contains(name) {
          throw error(
            "unknown key '\(name)'; expected one of: \(allowed.sorted().joined(separator: ", "))", at: key)
        }
      }
    }

    func question(_ node: Node) throws(LessonError) -> CheckQuestion {
      let fields = try mapping(node, named: "a check question")
      try rejectUnknownKeys(fields, allowed: ["question", "choices"], in: node)
      let text = try string(try required("question", in: fields, of: node), named: "question")
      let choiceNodes = try sequence(try required("choices", in: fields, of: node), named: "choices")
      guard (2...4).contains(choiceNodes.count) else {
        throw error("a question needs two to four choices, found \(choiceNodes.count)", at: node)
      }
      var choices: [CheckQuestion.Choice] = []
      var correct: [Int] = []
      for (index, choiceNode) in choiceNodes.enumerated() {
        let choiceFields = try mapping(choiceNode, named: "a choice")
        try rejectUnknownKeys(choiceFields, allowed: ["text", "why", "correct"], in: choiceNode)
        choices.append(
          CheckQuestion.Choice(
            text: try string(try required("text", in: choiceFields, of: choiceNode), named: "text"),
            why: try string(try required("why", in: choiceFields, of: choiceNode), named: "why")))
        if let flag = value("correct", in: choiceFields) {
          switch flag.string {
          case "true": correct.append(index)
          case "false": break
          default: throw error("correct must be true or false", at: flag)
          }
        }
      }
      guard correct.count == 1 else {
        throw error("exactly one choice must be 'correct: true', found \(correct.count)", at: node)
      }
      return CheckQuestion(question: text, choices: choices, correctIndex: correct[0])
    }
  }
}

extension String {
  /// The text without leading and trailing spaces, tabs and line breaks.
  var trimmingSpaces: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
    else {
      return ""
    }
    return String(self[first...last])
  }
}

/// A lesson's front matter, read from YAML with the line of every value kept for errors.
struct FrontMatter {
  let id: String
  let idLine: Int
  let title: String
  let summary: String
  let check: [CheckQuestion]

  static func parse(_ yaml: String, file: String, firstLine: Int) throws(ContentError) -> FrontMatter {
    let reader = YAMLReader(file: file, lineOffset: firstLine - 1)
    let root = try reader.compose(yaml, empty: "the front matter is empty")
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
      check: try questions.map { (node) throws(ContentError) in try reader.question(node) })
  }
}

extension YAMLReader {
  /// One question of a lesson's knowledge check.
  func question(_ node: YAMLNode) throws(ContentError) -> CheckQuestion {
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

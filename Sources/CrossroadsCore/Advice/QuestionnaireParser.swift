/// Reads `questionnaire.yaml`, with every mistake reported as `file:line: message`.
public enum QuestionnaireParser {
  /// The highest weight one answer may give; the scale is explained in the file's header.
  public static let maximumWeight = 3

  public static func parse(_ yaml: String, file: String) throws(ContentError) -> Questionnaire {
    let reader = YAMLReader(file: file, lineOffset: 0)
    let root = try reader.compose(yaml, empty: "the questionnaire is empty")
    let fields = try reader.mapping(root, named: "the questionnaire")
    try reader.rejectUnknownKeys(fields, allowed: ["questions"], in: root)
    let nodes = try reader.sequence(
      try reader.required("questions", in: fields, of: root), named: "questions")
    var questions: [Question] = []
    for node in nodes {
      let question = try self.question(node, reader)
      if questions.contains(where: { $0.id == question.id }) {
        throw reader.error("the question id '\(question.id)' is used twice", at: node)
      }
      questions.append(question)
    }
    guard !questions.isEmpty else { throw reader.error("questions must not be empty", at: root) }
    return Questionnaire(questions: questions)
  }

  private static func question(_ node: YAMLNode, _ reader: YAMLReader) throws(ContentError) -> Question {
    let fields = try reader.mapping(node, named: "a question")
    try reader.rejectUnknownKeys(fields, allowed: ["id", "prompt", "choose", "default", "answers"], in: node)
    let id = try identifier(try reader.required("id", in: fields, of: node), reader)
    let prompt = try reader.string(try reader.required("prompt", in: fields, of: node), named: "prompt")
    let chooseNode = try reader.required("choose", in: fields, of: node)
    guard let kind = Question.Kind(rawValue: try reader.string(chooseNode, named: "choose")) else {
      throw reader.error("choose must be 'one' (radio choices) or 'any' (checkboxes)", at: chooseNode)
    }
    let optionNodes = try reader.sequence(
      try reader.required("answers", in: fields, of: node), named: "answers")
    guard optionNodes.count >= 2 else {
      throw reader.error("a question needs at least two answers, found \(optionNodes.count)", at: node)
    }
    var options: [Question.Option] = []
    for optionNode in optionNodes {
      let option = try self.option(optionNode, reader)
      if options.contains(where: { $0.id == option.id }) {
        throw reader.error("the answer id '\(option.id)' is used twice in '\(id)'", at: optionNode)
      }
      options.append(option)
    }
    let defaultNode = try reader.required("default", in: fields, of: node)
    let defaults: [String]
    switch kind {
    case .one:
      defaults = [try reader.string(defaultNode, named: "default")]
    case .any:
      defaults = try reader.sequence(defaultNode, named: "the default of a checkbox question").map {
        (value) throws(ContentError) in try reader.string(value, named: "a default")
      }
    }
    for value in defaults where !options.contains(where: { $0.id == value }) {
      throw reader.error(
        "the default '\(value)' is not one of the answers: \(options.map(\.id).joined(separator: ", "))",
        at: defaultNode)
    }
    return Question(id: id, prompt: prompt, kind: kind, options: options, defaults: defaults)
  }

  private static func option(_ node: YAMLNode, _ reader: YAMLReader) throws(ContentError)
    -> Question.Option
  {
    let fields = try reader.mapping(node, named: "an answer")
    try reader.rejectUnknownKeys(
      fields, allowed: ["id", "label", "detail", "with", "flask", "django", "why", "features"], in: node)
    func text(_ key: String) throws(ContentError) -> String {
      try reader.string(try reader.required(key, in: fields, of: node), named: key)
    }
    func weight(_ key: String) throws(ContentError) -> Int {
      let valueNode = try reader.required(key, in: fields, of: node)
      guard let value = Int(try reader.string(valueNode, named: key)), (0...maximumWeight).contains(value)
      else {
        throw reader.error("\(key) must be a whole number from 0 to \(maximumWeight)", at: valueNode)
      }
      return value
    }
    var features: [String] = []
    if let featuresNode = fields["features"] {
      features = try reader.sequence(featuresNode, named: "features").map {
        (value) throws(ContentError) in try identifier(value, reader)
      }
    }
    return Question.Option(
      id: try identifier(try reader.required("id", in: fields, of: node), reader),
      label: try text("label"), detail: try text("detail"), with: try text("with"),
      flask: try weight("flask"), django: try weight("django"), why: try text("why"), features: features)
  }

  /// Ids become flag names and values on the command line, so they stay plain.
  private static func identifier(_ node: YAMLNode, _ reader: YAMLReader) throws(ContentError) -> String {
    let id = try reader.string(node, named: "id")
    let allowed = id.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
    guard allowed else {
      throw reader.error("the id '\(id)' may use only lowercase letters, digits and hyphens", at: node)
    }
    return id
  }
}

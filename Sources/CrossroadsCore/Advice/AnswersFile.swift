import Yams

/// Reads and writes answers as a JSON object: `{"size": "small", "needs": ["admin", "orm"]}`.
///
/// The keys are the question ids. A checkbox question takes a list, or one text of
/// comma-separated values as `--needs` does.
public enum AnswersFile {
  /// Parses `text`, reporting where it is malformed as `file:line: message`.
  public static func parse(
    _ text: String, file: String, questionnaire: Questionnaire
  ) throws(LessonError) -> Answers {
    let reader = FrontMatter.Reader(file: file, lineOffset: 0)
    let root: Node
    do {
      // JSON is read as YAML, its superset, for the line of every value; the basic resolver
      // keeps it as cheap as reading lessons.
      guard let node = try Yams.compose(yaml: text, .basic) else {
        throw LessonError(file: file, line: 1, message: "the file is empty; expected a JSON object")
      }
      root = node
    } catch let error as LessonError {
      throw error
    } catch {
      throw reader.error(from: error)
    }
    let fields = try reader.mapping(root, named: "the answers (a JSON object)")
    var answers = Answers()
    for (keyNode, valueNode) in fields {
      let key = keyNode.string ?? "?"
      guard let question = questionnaire.question(key) else {
        throw reader.error(
          "unknown key '\(key)'; valid keys: \(questionnaire.questions.map(\.id).joined(separator: ", "))",
          at: keyNode)
      }
      let values: [String]
      switch (question.kind, valueNode) {
      case (.any, .sequence(let items)):
        values = try items.map { (item) throws(LessonError) in try reader.string(item, named: "a value") }
      case (.any, .scalar(let scalar)):
        values = splitList(scalar.string)
      case (.one, .scalar):
        values = [try reader.string(valueNode, named: key)]
      case (.one, _):
        throw reader.error("\(key) takes one text value: \(question.validValues)", at: valueNode)
      case (.any, _):
        throw reader.error("\(key) takes a list of values from: \(question.validValues)", at: valueNode)
      }
      do throws(AnswerError) {
        try questionnaire.validate(values, for: key)
      } catch {
        throw reader.error(error.message, at: valueNode)
      }
      answers[key] = question.ordered(values)
    }
    return answers
  }

  /// The answers as a JSON object, keys in questionnaire order, ending with a line break.
  public static func encode(_ answers: Answers, questionnaire: Questionnaire) -> String {
    let lines = questionnaire.questions.compactMap { question -> String? in
      guard let values = answers.values[question.id] else { return nil }
      let ordered = question.ordered(values)
      let value =
        question.kind == .one
        ? JSONText.string(ordered.first ?? "")
        : "[" + ordered.map(JSONText.string).joined(separator: ", ") + "]"
      return "  \(JSONText.string(question.id)): \(value)"
    }
    return lines.isEmpty ? "{}\n" : "{\n" + lines.joined(separator: ",\n") + "\n}\n"
  }

  /// Splits `admin, orm` into its values; an empty text is no value at all.
  public static func splitList(_ text: String) -> [String] {
    text.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
  }
}

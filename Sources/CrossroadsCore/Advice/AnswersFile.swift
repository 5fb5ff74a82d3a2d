#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reads and writes answers as a JSON object: `{"size": "small", "needs": ["admin", "orm"]}`.
///
/// The keys are the question ids. A checkbox question takes a list, or one text of
/// comma-separated values as `--needs` does.
public enum AnswersFile {
  /// One key of the file as JSON gave it: a text or a list of texts, and the key's line.
  public struct Entry: Sendable, Equatable {
    public let key: String
    public let values: [String]
    public let isList: Bool
    public let line: Int
  }

  /// Parses `text`, reporting where it is malformed as `file:line: message`.
  public static func parse(
    _ text: String, file: String, questionnaire: Questionnaire
  ) throws(ContentError) -> Answers {
    var answers = Answers()
    for entry in try entries(text, file: file) {
      guard let question = questionnaire.question(entry.key) else {
        throw ContentError(
          file: file, line: entry.line,
          message:
            "unknown key '\(entry.key)'; valid keys: \(questionnaire.questions.map(\.id).joined(separator: ", "))"
        )
      }
      let values: [String]
      switch (question.kind, entry.isList) {
      case (.any, true): values = entry.values
      case (.any, false): values = splitList(entry.values.first ?? "")
      case (.one, false): values = entry.values
      case (.one, true):
        throw ContentError(
          file: file, line: entry.line, message: "\(entry.key) takes one text value: \(question.validValues)")
      }
      do throws(AnswerError) {
        try questionnaire.validate(values, for: entry.key)
      } catch {
        throw ContentError(file: file, line: entry.line, message: error.message)
      }
      answers[entry.key] = question.ordered(values)
    }
    return answers
  }

  /// The keys of `text` in the order they are written, each a text or a list of texts:
  /// what any answers file must be, whatever the questionnaire asks.
  public static func entries(_ text: String, file: String) throws(ContentError) -> [Entry] {
    guard text.contains(where: { !$0.isWhitespace }) else {
      throw ContentError(file: file, line: 1, message: "the file is empty; expected a JSON object")
    }
    let object: [String: Value]
    do {
      object = try JSONDecoder().decode([String: Value].self, from: Data(text.utf8))
    } catch let error as DecodingError {
      try wrongType(error, file: file, text: text)
    } catch {
      throw ContentError(file: file, line: 1, message: notJSON)
    }
    return object.map { key, value in
      Entry(key: key, values: value.values, isList: value.isList, line: line(ofKey: key, in: text))
    }.sorted { ($0.line, $0.key) < ($1.line, $1.key) }
  }

  private static let notJSON =
    "this is not valid JSON (cut short, or a stray comma or quote?); expected an object such as {\"size\": \"small\"}"

  /// The message for a decoding error: a value of the wrong type names its key and line.
  private static func wrongType(_ error: DecodingError, file: String, text: String) throws(ContentError)
    -> Never
  {
    switch error {
    case .typeMismatch(_, let context) where !context.codingPath.isEmpty,
      .valueNotFound(_, let context) where !context.codingPath.isEmpty:
      let key = context.codingPath[0].stringValue
      throw ContentError(
        file: file, line: line(ofKey: key, in: text),
        message: "\(key) takes a text, or a list of texts such as [\"admin\", \"orm\"]")
    case .typeMismatch:
      throw ContentError(
        file: file, line: 1,
        message: "the answers must be a JSON object of keys to values, such as {\"size\": \"small\"}")
    default:
      throw ContentError(file: file, line: 1, message: notJSON)
    }
  }

  /// A value of an answers file: one text, or a list of texts.
  private struct Value: Decodable {
    let values: [String]
    let isList: Bool

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let text = try? container.decode(String.self) {
        values = [text]
        isList = false
      } else {
        values = try container.decode([String].self)
        isList = true
      }
    }
  }

  /// The line where `key` is written as a key; JSONDecoder keeps no positions, and a
  /// message that names the line is worth one scan of a small file.
  static func line(ofKey key: String, in text: String) -> Int {
    let quoted = Array(JSONText.string(key).utf8)
    let bytes = Array(text.utf8)
    var line = 1
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "\n") { line += 1 }
      if bytes[index] == quoted[0], bytes[index...].starts(with: quoted) {
        let after = bytes[(index + quoted.count)...].drop { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }
        if after.first == UInt8(ascii: ":") { return line }
      }
      index += 1
    }
    return 1
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

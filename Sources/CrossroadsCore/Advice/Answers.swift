/// The answers given so far: option ids by question id; a missing question takes its default.
public struct Answers: Sendable, Equatable, Hashable, Codable {
  /// The chosen option ids by question id: one for a radio question, any number for checkboxes.
  public var values: [String: [String]]

  public init(_ values: [String: [String]] = [:]) {
    self.values = values
  }

  public subscript(questionID: String) -> [String] {
    get { values[questionID] ?? [] }
    set { values[questionID] = newValue }
  }

  /// These answers, with `other`'s answers taking precedence where both answer a question.
  public func overridden(by other: Answers) -> Answers {
    Answers(values.merging(other.values) { _, new in new })
  }
}

extension Answers {
  /// Encoded as the plain object of lists it holds, e.g. `{"needs": ["orm"], "size": ["small"]}`.
  public init(from decoder: any Decoder) throws {
    values = try decoder.singleValueContainer().decode([String: [String]].self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(values)
  }
}

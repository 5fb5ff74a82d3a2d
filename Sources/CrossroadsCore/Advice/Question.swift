/// One question of the questionnaire, with the weight each answer gives each framework.
public struct Question: Sendable, Equatable {
  /// One possible answer to a question.
  public struct Option: Sendable, Equatable {
    /// The value scripts pass, e.g. `small` in `--size small`.
    public let id: String
    public let label: String
    /// A few words that say what the answer means, e.g. "days to weeks".
    public let detail: String
    /// Finishes "With …, Flask would lead", e.g. "a solo developer".
    public let with: String
    public let flask: Int
    public let django: Int
    /// Why the answer favours the framework it favours, in one sentence.
    public let why: String
    /// The sample features this answer asks for (`features:` in the questionnaire), which the
    /// sample's manifest completes with what they require.
    public let features: [String]

    public init(
      id: String, label: String, detail: String, with: String, flask: Int, django: Int, why: String,
      features: [String] = []
    ) {
      self.id = id
      self.label = label
      self.detail = detail
      self.with = with
      self.flask = flask
      self.django = django
      self.why = why
      self.features = features
    }

    /// The weight the answer gives `framework`.
    public func weight(for framework: Framework) -> Int {
      framework == .flask ? flask : django
    }

    /// How far the answer moves the balance towards Flask (negative: towards Django).
    public var balance: Int { flask - django }
  }

  /// Whether the question takes exactly one answer (radio choices) or any (checkboxes).
  public enum Kind: String, Sendable, Equatable {
    case one
    case any
  }

  /// The key in answers files and the flag's name, e.g. `size` for `--size`.
  public let id: String
  public let prompt: String
  public let kind: Kind
  public let options: [Option]
  /// The option ids taken when the question is not answered.
  public let defaults: [String]

  public init(id: String, prompt: String, kind: Kind, options: [Option], defaults: [String]) {
    self.id = id
    self.prompt = prompt
    self.kind = kind
    self.options = options
    self.defaults = defaults
  }

  public func option(_ id: String) -> Option? {
    options.first { $0.id == id }
  }

  /// The valid values, for error messages: "small, medium, large".
  public var validValues: String { options.map(\.id).joined(separator: ", ") }

  /// The values in the questionnaire's order, without repeats.
  public func ordered(_ values: [String]) -> [String] {
    options.map(\.id).filter { values.contains($0) }
  }

  /// The answer as words: "medium", or "admin, orm", or "none".
  public func describe(_ values: [String]) -> String {
    values.isEmpty ? "none" : ordered(values).joined(separator: ", ")
  }
}

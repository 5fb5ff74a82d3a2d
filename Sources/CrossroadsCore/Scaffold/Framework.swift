/// The two frameworks Crossroads compares; each has one sample under `Lessons/samples/`.
public enum Framework: String, Sendable, Hashable, CaseIterable, Codable {
  case flask
  case django

  /// The name as the framework spells it.
  public var displayName: String {
    switch self {
    case .flask: "Flask"
    case .django: "Django"
    }
  }
}

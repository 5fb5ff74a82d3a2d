/// One of the two frameworks Crossroads compares; each has a sample under `Lessons/samples/`.
public enum Framework: String, Sendable, Hashable, CaseIterable, Codable {
  case flask
  case django

  /// The name as people write it.
  public var name: String {
    switch self {
    case .flask: "Flask"
    case .django: "Django"
    }
  }

  /// The other framework.
  public var other: Framework { self == .flask ? .django : .flask }
}

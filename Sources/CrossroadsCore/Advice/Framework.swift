/// One of the two frameworks Crossroads compares.
public enum Framework: String, Sendable, Equatable, Hashable, CaseIterable {
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

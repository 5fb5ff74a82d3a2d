#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A parsed JSON document, to tell whether two answers carry the same data whatever their
/// spacing or key order: Flask writes `{"message":"…"}`, Django `{"message": "…"}`.
public indirect enum JSONValue: Sendable, Equatable, Decodable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  /// The text parsed as JSON, or nil when it is not JSON.
  public static func parse(_ text: String) -> JSONValue? {
    try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
  }

  /// How two answers' bodies compare: the same JSON, the same text, or different.
  public enum Likeness: Sendable, Equatable {
    case sameJSON
    case sameText
    case different
  }

  public static func compare(_ first: String, _ second: String) -> Likeness {
    if let one = parse(first), let other = parse(second) { return one == other ? .sameJSON : .different }
    return first.trimmingSpaces == second.trimmingSpaces ? .sameText : .different
  }
}

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `.crossroads.json`, written into every generated project: what it is and how to check it.
///
/// The launcher reads it back to know the framework and which endpoints to probe.
public struct ProjectMarker: Sendable, Equatable, Codable {
  /// An endpoint to probe, and what a working project answers.
  public struct Endpoint: Sendable, Equatable, Codable {
    public let method: String
    public let path: String
    public let body: String?
    public let status: Int
    public let expect: String
  }

  public static let fileName = ".crossroads.json"

  public let framework: Framework
  public let features: [String]
  public let answers: Answers?
  public let crossroadsVersion: String
  public let endpoints: [Endpoint]

  enum CodingKeys: String, CodingKey {
    case framework, features, answers, endpoints
    case crossroadsVersion = "crossroads_version"
  }

  /// Pretty-printed with sorted keys, so a project's marker diffs cleanly.
  public func json() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain strings, numbers and lists cannot fail.
    let data = try! encoder.encode(self)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  public static func parse(_ data: some Sequence<UInt8>) throws -> ProjectMarker {
    try JSONDecoder().decode(ProjectMarker.self, from: Data(data))
  }
}

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

    /// What makes `method` and `path` unfit for a request line, or nil: a control character
    /// (CR/LF would start headers of their own), a space, or a path not starting with `/`.
    public static func problem(method: String, path: String) -> String? {
      if method.isEmpty || !method.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) {
        let shown = ControlCharacters.escaped(method, oneLine: true)
        return "the method '\(shown)' must be capital letters such as GET"
      }
      if ControlCharacters.contains(path) || path.contains(" ") || !path.hasPrefix("/") {
        return
          "the path '\(ControlCharacters.escaped(path, oneLine: true))' must start with / and hold no spaces or control characters"
      }
      return nil
    }
  }

  /// Why a marker was refused, beyond not being JSON of the right shape.
  public struct Invalid: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String
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

  /// Reads a marker, refusing endpoints that could not be requested as written.
  public static func parse(_ data: some Sequence<UInt8>) throws -> ProjectMarker {
    let marker = try JSONDecoder().decode(ProjectMarker.self, from: Data(data))
    for (number, endpoint) in zip(1..., marker.endpoints) {
      if let problem = Endpoint.problem(method: endpoint.method, path: endpoint.path) {
        throw Invalid(description: "endpoint \(number): \(problem)")
      }
    }
    return marker
  }
}

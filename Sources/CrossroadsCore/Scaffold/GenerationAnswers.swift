#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The questionnaire's answers a sample is generated from (`--answers FILE`).
///
/// Kept as the JSON object it was read from, so the marker records exactly what was given;
/// the generator itself reads only `needs`, to tick features.
public struct GenerationAnswers: Sendable, Equatable, Codable {
  public let values: [String: JSONValue]

  /// The keys the questionnaire writes.
  public static let knownKeys: Set<String> = ["size", "team", "horizon", "needs", "security", "experience"]

  public init(values: [String: JSONValue]) {
    self.values = values
  }

  public init(from decoder: any Decoder) throws {
    values = try decoder.singleValueContainer().decode([String: JSONValue].self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(values)
  }

  /// Reads an answers file; the message of a failure says what is wrong with it.
  public static func parse(_ data: some Sequence<UInt8>) throws(AnswersError) -> GenerationAnswers {
    let answers: GenerationAnswers
    do {
      answers = try JSONDecoder().decode(GenerationAnswers.self, from: Data(data))
    } catch {
      throw AnswersError(message: "it is not a JSON object of answers (\(error))")
    }
    if let unknown = answers.values.keys.sorted().first(where: { !knownKeys.contains($0) }) {
      throw AnswersError(
        message: "'\(unknown)' is not a question; the keys are "
          + knownKeys.sorted().joined(separator: ", "))
    }
    if let needs = answers.values["needs"] {
      guard case .array(let items) = needs, items.allSatisfy({ if case .string = $0 { true } else { false } })
      else {
        throw AnswersError(message: "'needs' must be a list of text, such as [\"orm\", \"admin\"]")
      }
    }
    return answers
  }

  /// The needs ticked in the questionnaire, in the order given.
  public var needs: [String] {
    guard case .array(let items) = values["needs"] else { return [] }
    return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
  }

  /// The sample features the needs ask for; needs that no feature answers are left out.
  public func features(offeredBy manifest: SampleManifest) -> [String] {
    let offered = Set(manifest.features.map(\.name))
    return needs.filter(offered.contains)
  }
}

/// Why an answers file was refused.
public struct AnswersError: Error, Sendable, Equatable, CustomStringConvertible {
  public let message: String
  public var description: String { message }
}

import Mustache
import Synchronization

/// A sample's templates, each parsed the first time it is rendered and kept for the next.
///
/// Parsing is most of a file's rendering time, and the same template is rendered again and
/// again: a file the preview opens, every region a lesson includes from it. Copies of a
/// renderer share one cache; it is not part of the renderer's value.
final class ParsedTemplates: Sendable, Equatable {
  /// A template ready to render, and the values of the lines `compact` took out of it.
  struct Entry: Sendable {
    let template: MustacheTemplate
    let chunks: [String: String]
  }

  private let entries = Mutex<[String: Entry]>([:])

  /// The entry for `path`, made by `parse` the first time.
  func entry(_ path: String, parse: () throws -> Entry) rethrows -> Entry {
    if let entry = entries.withLock({ $0[path] }) { return entry }
    let entry = try parse()
    entries.withLock { $0[path] = entry }
    return entry
  }

  /// Every cache is equal: two renderers of the same sample are the same value.
  static func == (_: ParsedTemplates, _: ParsedTemplates) -> Bool { true }
}

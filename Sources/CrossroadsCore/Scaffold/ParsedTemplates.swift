import Synchronization

/// A sample's templates, each parsed the first time it is rendered and kept for the next.
///
/// The same template is rendered again and again: a file the preview opens on every key,
/// every region a lesson includes from it. Copies of a renderer share one cache; it is not
/// part of the renderer's value.
final class ParsedTemplates: Sendable, Equatable {
  private let templates = Mutex<[String: SampleTemplate]>([:])

  /// The template for `path`, made by `parse` the first time.
  func template(_ path: String, parse: () throws(SampleTemplate.SyntaxError) -> SampleTemplate)
    throws(SampleTemplate.SyntaxError) -> SampleTemplate
  {
    if let template = templates.withLock({ $0[path] }) { return template }
    let template = try parse()
    templates.withLock { $0[path] = template }
    return template
  }

  /// Every cache is equal: two renderers of the same sample are the same value.
  static func == (_: ParsedTemplates, _: ParsedTemplates) -> Bool { true }
}

import Foundation
import PackagePlugin

/// Embeds every file under `Lessons/` into the target as Swift source.
///
/// The lessons and sample templates are data, but a release binary copied alone to another
/// machine must still carry them, so they are compiled in rather than shipped beside it.
@main
struct EmbedContent: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let root = context.package.directoryURL.appending(path: "Lessons")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedContent.swift")
    return [
      .buildCommand(
        displayName: "Embedding Lessons/ into \(target.name)",
        executable: try context.tool(named: "embed-content").url,
        arguments: [root.path(), output.path()],
        inputFiles: try files(under: root),
        outputFiles: [output]
      )
    ]
  }

  /// Lists the files, so that adding, editing or removing one rebuilds the embedding.
  private func files(under root: URL) throws -> [URL] {
    guard
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey])
    else { return [] }
    var found: [URL] = []
    for case let url as URL in walker
    where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
      found.append(url)
    }
    return found.sorted { $0.path() < $1.path() }
  }
}

import CrossroadsCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension GenerationRequest {
  /// Renders and writes the project; runs off the UI thread.
  public func perform(contentFiles: [String: String]) -> GenerationOutcome {
    do throws(ScaffoldError) {
      let projectName: ProjectName
      do {
        projectName = try ProjectName(name)
      } catch {
        throw .invalidName(error)
      }
      let renderer = try SampleRenderer(framework: framework, contentFiles: contentFiles)
      let writer = AtomicProjectWriter(parent: Self.expandingHome(parent))
      try writer.checkTarget(for: projectName)
      let plan = try renderer.plan(name: projectName, features: features, answers: answers)
      return .written(path: try writer.write(plan), fileCount: plan.files.count)
    } catch {
      return .refused(error.description)
    }
  }

  /// `~/code` as a shell would read it: the folder field is typed, not passed by a shell.
  static func expandingHome(_ path: String) -> String {
    guard path == "~" || path.hasPrefix("~/"), let home = getenv("HOME") else { return path }
    return String(cString: home) + path.dropFirst()
  }
}

import CrossroadsCore

extension GenerationRequest {
  /// Renders and writes the project; runs off the UI thread.
  func perform(contentFiles: [String: String]) -> GenerationOutcome {
    do throws(ScaffoldError) {
      let projectName: ProjectName
      do {
        projectName = try ProjectName(name)
      } catch {
        throw .invalidName(error)
      }
      let renderer = try SampleRenderer(framework: framework, contentFiles: contentFiles)
      let writer = AtomicProjectWriter(parent: parent)
      try writer.checkTarget(for: projectName)
      let plan = try renderer.plan(name: projectName, features: features)
      return .written(path: try writer.write(plan), fileCount: plan.files.count)
    } catch {
      return .refused(error.description)
    }
  }
}

/// Writes a sample project: the one pipeline the generate screen, `crossroads generate`, the
/// measure and practice all go through, so each refuses and writes the same way.
///
/// Every refusal comes before the first file: the framework's templates are read, the
/// features checked, the target refused if it exists, and only then is the project written,
/// all at once, by `AtomicProjectWriter`.
public struct ProjectGenerator: Sendable {
  public let contentFiles: [String: String]

  public init(contentFiles: [String: String]) {
    self.contentFiles = contentFiles
  }

  /// Writes `name` into the folder `parent` and returns its path and what was written.
  public func generate(
    framework: Framework, name: ProjectName, features: [String], into parent: String, answers: Answers? = nil
  ) throws(ScaffoldError) -> (path: String, plan: ProjectPlan) {
    let renderer = try SampleRenderer(framework: framework, contentFiles: contentFiles)
    let writer = AtomicProjectWriter(parent: parent)
    // A taken name is refused before anything is rendered, so the message comes at once.
    try writer.checkTarget(for: name)
    let plan = try renderer.plan(name: name, features: features, answers: answers)
    return (try writer.write(plan), plan)
  }
}

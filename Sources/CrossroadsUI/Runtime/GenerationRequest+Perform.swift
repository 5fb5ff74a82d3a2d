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
      let (path, plan) = try ProjectGenerator(contentFiles: contentFiles).generate(
        framework: framework, name: projectName, features: features, into: Self.expandingHome(parent),
        answers: answers)
      return .written(path: path, fileCount: plan.files.count)
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

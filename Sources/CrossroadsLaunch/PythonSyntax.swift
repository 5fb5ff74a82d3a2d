import CrossroadsCore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Runs `PythonSyntaxCheck` with the Python a launch would use, for `lessons --check`.
public enum PythonSyntax {
  /// Why the Python blocks could not be checked.
  public struct Unchecked: Error, Sendable, CustomStringConvertible {
    public let description: String
  }

  /// Each Python block of `course` that does not compile, as `file:line: message`.
  public static func problems(in course: Course, python: String? = nil) async throws(Unchecked) -> [String] {
    let groups = ProcessGroups()
    let interpreter: PythonInterpreter
    do {
      interpreter = try await PythonFinder(explicitPath: python).find(groups: groups, needsVenv: false)
    } catch {
      throw Unchecked(description: "the Python blocks were not compiled: \(error)")
    }
    // A file, not an argument: the course's code is larger than one argument may be.
    let input = FileManager.default.temporaryDirectory.appending(
      path: "crossroads-check-\(UUID().uuidString).json"
    )
    .path()
    defer { FileSystem.remove(input) }
    do {
      try FileSystem.write(PythonSyntaxCheck.input(for: course), to: input)
      let command = ChildCommand(
        executable: interpreter.path, arguments: ["-I", "-S", "-c", PythonSyntaxCheck.script, input])
      let result = try await command.run(groups: groups, timeout: .seconds(60), keep: 10_000)
      guard result.succeeded else {
        throw Unchecked(
          description: "the Python blocks could not be compiled (\(result.statusText)): "
            + result.lastLines.suffix(3).joined(separator: " "))
      }
      return result.lastLines.filter { !$0.isEmpty }
    } catch let error as Unchecked {
      throw error
    } catch {
      throw Unchecked(description: "the Python blocks could not be compiled: \(error)")
    }
  }
}

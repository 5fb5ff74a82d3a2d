import CrossroadsCore
import CrossroadsUI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// An exercise's reference solution against what the learner's files hold now.
enum Solution {
  static func diff(_ id: String, _ framework: Framework, directory: String, content: [String: String])
    -> [ExerciseScreen.SolutionFile]
  {
    guard let version = ExerciseCatalog(files: content).exercise(id: id)?.versions[framework] else {
      return []
    }
    let package = String(directory.split(separator: "/").last ?? "")
    return version.solution(package: package).sorted { $0.key < $1.key }.map { path, solution in
      let current =
        FileManager.default.contents(atPath: directory + "/" + path).map {
          String(decoding: $0, as: UTF8.self)
        }
        ?? ""
      return ExerciseScreen.SolutionFile(path: path, lines: LineDiff.lines(from: current, to: solution))
    }
  }
}

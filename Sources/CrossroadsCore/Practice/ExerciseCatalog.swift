/// Every exercise under `Lessons/exercises/`, in course order; a broken one is kept as its
/// error, so one mistake never hides the others.
public struct ExerciseCatalog: Sendable, Equatable {
  public let exercises: [Exercise]
  public let errors: [ContentError]

  /// The folder under `Lessons/` that holds the exercises.
  public static let folder = "exercises/"

  /// Reads every `exercises/ID/` among `files` (paths relative to `Lessons/`); folders
  /// whose name starts with `_` hold what the checks share, not exercises.
  public init(files: [String: String], displayPrefix: String = "Lessons/") {
    var manifests: [Framework: Set<String>] = [:]
    for (framework, manifest) in SampleManifest.all(in: files) {
      manifests[framework] = Set(manifest.features.map(\.name))
    }
    let lessonPaths = Course.lessonPaths(in: files)
    // "04-routing.md" is the lesson routing: its slug.
    let lessonIDs = lessonPaths.map { String($0.dropFirst(3).dropLast(3)) }
    var ids = Set<String>()
    for path in files.keys where path.hasPrefix(Self.folder) {
      let parts = path.dropFirst(Self.folder.count).split(separator: "/")
      if parts.count >= 2, !parts[0].hasPrefix("_") { ids.insert(String(parts[0])) }
    }
    var exercises: [Exercise] = []
    var errors: [ContentError] = []
    for id in ids.sorted() {
      do throws(ContentError) {
        exercises.append(
          try ExerciseParser.parse(
            id: id, files: files, features: manifests, lessons: Set(lessonIDs), displayPrefix: displayPrefix))
      } catch {
        errors.append(error)
      }
    }
    let order = Dictionary(lessonIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    self.exercises = exercises.sorted {
      (order[$0.lesson] ?? .max, $0.id) < (order[$1.lesson] ?? .max, $1.id)
    }
    self.errors = errors
    var support: [Framework: [String: String]] = [:]
    for framework in Framework.allCases {
      let prefix = Self.folder + "_support/\(framework.rawValue)/"
      support[framework] = files.filter { $0.key.hasPrefix(prefix) }.reduce(into: [:]) {
        $0[String($1.key.dropFirst(prefix.count))] = $1.value
      }
    }
    self.support = support
  }

  /// What every check of a framework runs with: the Flask fixtures, the Django runner.
  public let support: [Framework: [String: String]]

  public func exercise(id: String) -> Exercise? {
    exercises.first { $0.id == id }
  }

  /// The features a practice project of `framework` is generated with: every exercise's.
  public func features(for framework: Framework) -> [String] {
    var all: [String] = []
    for exercise in exercises {
      for feature in exercise.versions[framework]?.features ?? [] where !all.contains(feature) {
        all.append(feature)
      }
    }
    return all
  }

  /// The exercise after `id`, to offer once it passes.
  public func next(after id: String) -> Exercise? {
    guard let index = exercises.firstIndex(where: { $0.id == id }), index + 1 < exercises.count else {
      return nil
    }
    return exercises[index + 1]
  }
}

extension ExerciseCatalog {
  /// Every problem of the exercise data among `files`, as `file:line: message`: an
  /// exercise that does not parse (a missing check or solution, an unknown feature or
  /// lesson), a framework without its shared check support, and a lesson that does not point
  /// to its exercise.
  public static func problems(files: [String: String], displayPrefix: String = "Lessons/") -> [ContentError] {
    let catalog = ExerciseCatalog(files: files, displayPrefix: displayPrefix)
    var problems = catalog.errors
    guard !catalog.exercises.isEmpty else { return problems }
    let supportFiles: [Framework: String] = [.flask: "conftest.py", .django: "runner.py"]
    for (framework, name) in supportFiles where catalog.support[framework]?[name] == nil {
      problems.append(
        ContentError(
          file: displayPrefix + folder + "_support/\(framework.rawValue)/\(name)", line: 1,
          message: "missing: every \(framework.name) check runs with it"))
    }
    for exercise in catalog.exercises {
      guard
        let path = Course.lessonPaths(in: files).first(where: { $0.dropFirst(3) == exercise.lesson + ".md" })
      else { continue }
      let pointer = pointer(to: exercise.id)
      if files[path]?.contains(pointer) != true {
        let yaml = files[folder + exercise.id + "/" + ExerciseParser.fileName] ?? ""
        let line =
          (yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
            $0.hasPrefix("lesson:")
          } ?? 0) + 1
        problems.append(
          ContentError(
            file: exercise.file, line: line,
            message:
              "the lesson \(displayPrefix)\(path) does not point here: end it with 'Practice: \(pointer)'"))
      }
    }
    return problems
  }

  /// What the lesson's closing "Practice:" line says to point to exercise `id`.
  public static func pointer(to id: String) -> String { "crossroads practice show \(id)" }

  /// The practice project's name in `framework`: `practice_flask`, `practice_django`.
  public static func projectName(for framework: Framework) -> String { "practice_\(framework.rawValue)" }
}

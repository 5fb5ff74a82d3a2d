/// Reads one exercise folder, with every mistake reported as `file:line: message`.
///
/// `exercise.yaml` holds the title, the lesson, the task and, per framework, the features,
/// the files, the hints and the check's file name; the check and the solution are files
/// beside it (`flask/check_health.py`, `flask/solution/_project_/views.py`).
public enum ExerciseParser {
  /// The file every exercise folder has.
  public static let fileName = "exercise.yaml"

  /// Parses `exercises/ID/exercise.yaml` among `files` (paths relative to `Lessons/`).
  ///
  /// `features` lists each framework's sample features, `lessons` the course's lesson ids:
  /// naming any other is an error at its line.
  public static func parse(
    id: String, files: [String: String], features: [Framework: Set<String>], lessons: Set<String>,
    displayPrefix: String = "Lessons/"
  ) throws(ContentError) -> Exercise {
    let folder = "exercises/\(id)/"
    let file = displayPrefix + folder + fileName
    guard let yaml = files[folder + fileName] else {
      throw ContentError(file: file, line: 1, message: "the exercise folder has no \(fileName)")
    }
    let reader = YAMLReader(file: file, lineOffset: 0)
    let root = try reader.compose(yaml, empty: "the exercise is empty")
    let fields = try reader.mapping(root, named: "an exercise")
    let frameworkKeys = Framework.allCases.map(\.rawValue)
    try reader.rejectUnknownKeys(fields, allowed: Set(["title", "lesson", "task"] + frameworkKeys), in: root)
    let title = try reader.string(try reader.required("title", in: fields, of: root), named: "title")
    let lessonNode = try reader.required("lesson", in: fields, of: root)
    let lesson = try reader.string(lessonNode, named: "lesson")
    if !lessons.isEmpty, !lessons.contains(lesson) {
      let near = Suggestions.nearest(to: lesson, in: Array(lessons))
      throw reader.error(
        "lesson '\(lesson)' is not a lesson of the course"
          + (near.isEmpty ? "" : "; did you mean \(near.joined(separator: ", "))?"), at: lessonNode)
    }
    let task = try reader.string(try reader.required("task", in: fields, of: root), named: "task")
    var versions: [Framework: Exercise.Version] = [:]
    for framework in Framework.allCases {
      let node = try reader.required(framework.rawValue, in: fields, of: root)
      versions[framework] = try version(
        framework, node: node, task: task, folder: folder, files: files, known: features[framework] ?? [],
        reader: reader)
    }
    return Exercise(id: id, title: title, lesson: lesson, file: file, versions: versions)
  }

  private static func version(
    _ framework: Framework, node: YAMLNode, task: String, folder: String, files: [String: String],
    known: Set<String>, reader: YAMLReader
  ) throws(ContentError) -> Exercise.Version {
    let fields = try reader.mapping(node, named: framework.rawValue)
    try reader.rejectUnknownKeys(
      fields, allowed: ["task", "features", "files", "hints", "check", "environment"], in: node)
    let ownTask = try reader.value("task", in: fields).map { (value) throws(ContentError) in
      try reader.string(value, named: "task")
    }
    var features: [String] = []
    if let featuresNode = reader.value("features", in: fields) {
      for value in try reader.sequence(featuresNode, named: "features") {
        let name = try reader.string(value, named: "a feature")
        guard known.contains(name) else {
          throw reader.error(
            "unknown feature '\(name)' of the \(framework.name) sample; features: "
              + known.sorted().joined(separator: ", "), at: value)
        }
        features.append(name)
      }
    }
    let touched = try strings("files", in: fields, of: node, reader: reader)
    guard !touched.isEmpty else { throw reader.error("files must name at least one file", at: node) }
    let hints = try strings("hints", in: fields, of: node, reader: reader)
    guard !hints.isEmpty else { throw reader.error("hints must hold at least one hint", at: node) }
    let checkNode = try reader.required("check", in: fields, of: node)
    let checkName = try reader.string(checkNode, named: "check")
    let checkPath = folder + framework.rawValue + "/" + checkName
    guard let check = files[checkPath] else {
      throw reader.error("the check \(checkPath) is missing", at: checkNode)
    }
    let solutionFolder = folder + framework.rawValue + "/solution/"
    var solution: [String: String] = [:]
    for (path, text) in files where path.hasPrefix(solutionFolder) {
      solution[String(path.dropFirst(solutionFolder.count))] = text
    }
    guard !solution.isEmpty else {
      throw reader.error(
        "the reference solution is missing: put the changed files in \(solutionFolder)", at: node)
    }
    var environment: [String: String] = [:]
    if let environmentNode = reader.value("environment", in: fields) {
      for (key, value) in try reader.mapping(environmentNode, named: "environment") {
        environment[try reader.string(key, named: "a variable")] = value.string ?? ""
      }
    }
    return Exercise.Version(
      framework: framework, task: ownTask ?? task, features: features, files: touched, hints: hints,
      checkName: checkName, check: check, solution: solution, environment: environment)
  }

  private static func strings(
    _ key: String, in fields: YAMLNode.Mapping, of node: YAMLNode, reader: YAMLReader
  ) throws(ContentError) -> [String] {
    try reader.sequence(try reader.required(key, in: fields, of: node), named: key).map {
      (value) throws(ContentError) in try reader.string(value, named: "an entry of \(key)")
    }
  }
}

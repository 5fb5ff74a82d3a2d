/// What an author must fix in a course, each problem as `file:line: message`.
public enum LessonCheck {
  /// The longest code line a lesson may show, as `Lessons/README.md` promises: a pair fits
  /// side by side at 160 columns and wraps cleanly at 80.
  public static let maximumCodeLine = 72

  public static func problems(in course: Course) -> [String] {
    var problems = course.errors.map(\.description)
    var seen: [String: String] = [:]
    for lesson in course.lessons {
      if let other = seen[lesson.id] {
        problems.append("\(lesson.file):1: id '\(lesson.id)' is also used by \(other)")
      }
      seen[lesson.id] = lesson.file
      if !lesson.hasPairs {
        problems.append(
          "\(lesson.file):1: no Flask/Django pair; follow a ```flask FILE block with a ```django FILE block")
      }
    }
    if course.entries.isEmpty { problems.append("no lesson files (NN-slug.md) were found") }
    return problems
  }

  /// Everything `problems(in:)` finds, and what only the files show: names that are not
  /// read as lessons, over-long code lines, and the questionnaire. `displayPrefix` is the
  /// folder the files came from, as the person gave it.
  public static func problems(in course: Course, files: [String: String], displayPrefix: String) -> [String] {
    var problems = problems(in: course)
    let lessonPaths = Set(Course.lessonPaths(in: files))
    for path in files.keys.sorted() where !path.contains("/") && path.lowercased().hasSuffix(".md") {
      if !lessonPaths.contains(path), path != "README.md" {
        problems.append(
          "\(displayPrefix)\(path):1: not read as a lesson: the name must be NN-slug.md (two digits, a hyphen, "
            + "lowercase words)")
      }
    }
    for path in lessonPaths.sorted() {
      // Unresolved, so a line number is a line of this file, never of an included template.
      guard let lesson = try? LessonParser.parse(files[path] ?? "", file: displayPrefix + path) else {
        continue
      }
      problems += longCodeLines(lesson)
    }
    problems += questionnaireProblems(
      files[Questionnaire.fileName], file: displayPrefix + Questionnaire.fileName)
    return problems
  }

  /// Code lines of `lesson`'s own Flask, Django and Python blocks longer than the limit.
  static func longCodeLines(_ lesson: Lesson) -> [String] {
    lesson.codeBlocks.filter { $0.include == nil && ($0.side != .neither || $0.language == .python) }
      .flatMap { block in
        block.lines.enumerated().compactMap { index, line -> String? in
          let width = line.count
          guard width > maximumCodeLine else { return nil }
          return "\(lesson.file):\(block.line + index + 1): this code line is \(width) characters; "
            + "the limit is \(maximumCodeLine)"
        }
      }
  }

  /// The questionnaire's problem, if it is missing or does not parse.
  static func questionnaireProblems(_ text: String?, file: String) -> [String] {
    guard let text else { return ["\(file):1: the questionnaire is missing"] }
    do throws(ContentError) {
      _ = try QuestionnaireParser.parse(text, file: file)
      return []
    } catch {
      return [error.description]
    }
  }

  /// Bytes no lesson or questionnaire may hold: NUL, and invalid UTF-8 (its first line).
  public static func encodingProblems(_ bytes: [UInt8], file: String) -> [String] {
    var problems: [String] = []
    var reportedUTF8 = false
    let lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() {
      if line.contains(0) {
        problems.append("\(file):\(index + 1): a NUL byte; lessons are plain UTF-8 text")
      }
      if !reportedUTF8, String(validating: line, as: UTF8.self) == nil {
        problems.append("\(file):\(index + 1): not UTF-8 text; save the file as UTF-8")
        reportedUTF8 = true
      }
    }
    return problems
  }
}

extension Lesson {
  /// The lesson's Flask/Django pairs, in reading order.
  public var pairs: [(flask: CodeBlock, django: CodeBlock)] {
    blocks.compactMap { if case .pair(let flask, let django) = $0 { (flask, django) } else { nil } }
  }

  /// Whether the lesson has any Flask/Django pair, which makes it a Compare topic.
  public var hasPairs: Bool { !pairs.isEmpty }
}

import ArgumentParser
import CrossroadsCore
import CrossroadsLaunch
import CrossroadsUI
import Dispatch
import Synchronization

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `crossroads lessons`: list the course, print a lesson, or check lesson files.
struct LessonsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lessons",
    abstract: "List the lessons, print one as plain text, or check lesson files.",
    discussion: """
      crossroads lessons                  every lesson: id, title, and a done mark
      crossroads lessons routing          the lesson as plain text, $COLUMNS wide (default 100)
      crossroads lessons --check [DIR]    check lesson files (default: the built-in course)
      """)

  @Argument(help: "A lesson id to print (or, with --check, a folder of lessons).")
  var id: String?

  @Flag(help: "Check lesson files and report every problem as file:line.")
  var check = false

  @OptionGroup var content: ContentOptions

  func run() throws {
    if check {
      try runCheck()
      return
    }
    let course = try content.course()
    guard let id else {
      let (progress, notice, _) = ProgressStore.load()
      if let notice { printError(notice) }
      for entry in course.entries {
        switch entry {
        case .lesson(let lesson):
          let mark = progress.done.contains(lesson.id) ? "done" : "    "
          printOut("\(mark)  \(lesson.id.padded(toCells: 12)) \(lesson.title)")
        case .broken(_, let error):
          printOut("!!!!  unavailable: \(error)")
        }
      }
      return
    }
    guard let lesson = course.lesson(id: id) else {
      throw CommandFailure.unknown(kind: "lesson", name: id, known: course.lessons.map(\.id))
    }
    for line in PlainText.lesson(lesson, width: PlainOutput.width, glyphs: PlainOutput.glyphs) {
      printOut(line)
    }
  }

  private func runCheck() throws {
    let options = id.map { try? ContentOptions.parse(["--lessons", $0]) } ?? content
    guard let options else { throw ValidationError("could not read \(id ?? "")") }
    let files = try options.files()
    let prefix = options.displayPrefix
    let course = Course(files: files, displayPrefix: prefix)
    var problems = LessonCheck.problems(in: course, files: files, displayPrefix: prefix)
    // Bytes the decoded text no longer shows; only a folder has them.
    if options.directory != nil {
      for path in files.keys.sorted() where !path.contains("/") {
        let bytes = FileManager.default.contents(atPath: prefix + path).map(Array.init) ?? []
        problems += LessonCheck.encodingProblems(bytes, file: prefix + path)
      }
    }
    problems += try Self.pythonProblems(in: course)
    problems += ExerciseCatalog.problems(files: files, displayPrefix: prefix).map(\.description)
    for problem in problems { printError(problem) }
    guard problems.isEmpty else { throw ExitCode.failure }
    printOut("\(course.lessons.count) lessons checked, no problems.")
  }

  /// Compiles the course's Python blocks, waiting for the interpreter on this thread.
  private static func pythonProblems(in course: Course) throws -> [String] {
    let outcome = Blocking.wait { () async -> Result<[String], PythonSyntax.Unchecked> in
      do throws(PythonSyntax.Unchecked) {
        return .success(try await PythonSyntax.problems(in: course))
      } catch {
        return .failure(error)
      }
    }
    switch outcome {
    case .success(let problems): return problems
    case .failure(let error): throw ValidationError(error.description)
    }
  }
}

/// `crossroads compare TOPIC`: one topic's Flask and Django code, side by side.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Print a topic's Flask and Django code side by side.",
    discussion: "Topics are lesson ids that have code pairs: crossroads compare routing")

  @Argument(help: "The topic, e.g. routing, orm, admin.")
  var topic: String

  @OptionGroup var content: ContentOptions

  func run() throws {
    let topics = try content.course().lessons.filter(\.hasPairs)
    guard let lesson = topics.first(where: { $0.id == topic }) else {
      throw CommandFailure.unknown(kind: "topic", name: topic, known: topics.map(\.id))
    }
    for line in PlainText.compare(lesson, width: PlainOutput.width, glyphs: PlainOutput.glyphs) {
      printOut(line)
    }
  }
}

/// A refusal that says what to do next.
enum CommandFailure: Error, CustomStringConvertible {
  case unknown(kind: String, name: String, known: [String])

  var description: String {
    switch self {
    case .unknown(let kind, let name, let known):
      let near = Suggestions.nearest(to: name, in: known)
      let hint = near.isEmpty ? "" : " Did you mean \(near.joined(separator: ", "))?"
      return "no \(kind) '\(name)'.\(hint) Known: \(known.joined(separator: ", "))."
    }
  }
}

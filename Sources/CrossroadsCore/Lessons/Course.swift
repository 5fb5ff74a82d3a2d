/// Every lesson file of the course, parsed; a broken file is kept as its error.
///
/// One broken lesson must never take the others down, so loading never throws: each entry is
/// either a lesson or the `file:line` reason it could not be read.
public struct Course: Sendable, Equatable {
  public enum Entry: Sendable, Equatable {
    case lesson(Lesson)
    case broken(file: String, error: LessonError)

    public var file: String {
      switch self {
      case .lesson(let lesson): lesson.file
      case .broken(let file, _): file
      }
    }
  }

  /// The entries in course order (by file name).
  public let entries: [Entry]

  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// Parses every `NN-slug.md` at the top level of `files` (paths relative to `Lessons/`).
  public init(files: [String: String], displayPrefix: String = "Lessons/") {
    entries = files.keys.filter(Self.isLessonPath).sorted().map { path in
      let file = displayPrefix + path
      do throws(LessonError) {
        return .lesson(try LessonParser.parse(files[path] ?? "", file: file))
      } catch {
        return .broken(file: file, error: error)
      }
    }
  }

  /// A lesson file sits at the top level and is named `NN-something.md`.
  static func isLessonPath(_ path: String) -> Bool {
    !path.contains("/") && path.hasSuffix(".md") && path.prefix(2).allSatisfy(\.isASCIIDigit)
      && path.count > 5
  }

  public var lessons: [Lesson] {
    entries.compactMap {
      if case .lesson(let lesson) = $0 { lesson } else { nil }
    }
  }

  public var errors: [LessonError] {
    entries.compactMap {
      if case .broken(_, let error) = $0 { error } else { nil }
    }
  }

  public func lesson(id: String) -> Lesson? {
    lessons.first { $0.id == id }
  }
}

import Foundation
import Testing

@testable import CrossroadsCore

struct CourseTests {
  /// The repository's `Lessons/` folder.
  static let lessonsDirectory = URL(filePath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appending(path: "Lessons").path()

  @Test func everyLessonOfTheCourseParses() throws {
    let course = Course(files: try ContentFiles.read(directory: Self.lessonsDirectory))
    #expect(course.errors == [])
    #expect(course.lessons.first?.id == "philosophy")
    #expect(Set(course.lessons.map(\.id)).count == course.lessons.count, "lesson ids are unique")
  }

  @Test func aBrokenLessonIsReportedAndTheOthersStillLoad() {
    let course = Course(files: [
      "01-good.md": "---\nid: good\ntitle: T\nsummary: S\ncheck:\n  - question: Q\n    choices:\n"
        + "      - {text: A, why: W, correct: true}\n      - {text: B, why: W}\n---\n\nText.\n",
      "02-bad.md": "---\nid: bad\n",
      "README.md": "not a lesson",
      "samples/flask/01-x.md": "not a lesson either",
    ])
    #expect(course.lessons.map(\.id) == ["good"])
    #expect(course.entries.count == 2)
    #expect(
      course.errors.map(\.description) == [
        "Lessons/02-bad.md:1: the front matter is not closed by a line '---'"
      ])
  }

  @Test func readingAMissingFolderSaysSo() {
    #expect(throws: ContentError.notADirectory("/no/such/folder")) {
      try ContentFiles.read(directory: "/no/such/folder")
    }
  }
}

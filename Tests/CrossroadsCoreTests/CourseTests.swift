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
    #expect(course.lessons.last?.id == "choosing", "choosing closes the course, whatever its number")
    #expect(Set(course.lessons.map(\.id)).count == course.lessons.count, "lesson ids are unique")
  }

  /// Lessons/README.md promises 72 columns, so a pair fits side by side at 160 and wraps at 80.
  @Test func everyCodeLineFitsSeventyTwoColumns() throws {
    let course = Course(files: try ContentFiles.read(directory: Self.lessonsDirectory))
    let tooWide = course.lessons.flatMap { lesson in
      lesson.codeBlocks.flatMap { block in
        block.code.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
          .filter { $0.element.count > 72 }
          .map { "\(lesson.file):\(block.line + $0.offset + 1): \($0.element.count) columns" }
      }
    }
    #expect(tooWide == [])
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
    #expect(throws: ContentFolderError.notADirectory("/no/such/folder")) {
      try ContentFiles.read(directory: "/no/such/folder")
    }
  }
}

struct StateFileTests {
  private func temporaryPath() -> String {
    FileManager.default.temporaryDirectory.appending(
      path: "state-\(UUID().uuidString)/crossroads/progress.json"
    ).path()
  }

  @Test func savesAndLoadsProgress() throws {
    let file = StateFile<CourseProgress>(path: temporaryPath())
    guard case .missing = file.load() else {
      Issue.record("a new file should be missing")
      return
    }
    let progress = CourseProgress(done: ["routing"], positions: ["orm": 12], lastLesson: "orm")
    try file.save(progress)
    guard case .value(let loaded) = file.load() else {
      Issue.record("expected the saved value")
      return
    }
    #expect(loaded == progress)
    let folder = (file.path as NSString).deletingLastPathComponent
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder) == ["progress.json"],
      "no temporary file is left")
  }

  @Test func aCorruptFileIsKeptAsideNotLost() throws {
    let file = StateFile<CourseProgress>(path: temporaryPath())
    try FileManager.default.createDirectory(
      atPath: (file.path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try "{not json".write(toFile: file.path, atomically: true, encoding: .utf8)
    guard case .corrupt(let keptAs?, _) = file.load() else {
      Issue.record("expected the file to be reported corrupt")
      return
    }
    #expect(keptAs == file.path + ".corrupt")
    #expect(try String(contentsOfFile: keptAs, encoding: .utf8) == "{not json")
    #expect(!FileManager.default.fileExists(atPath: file.path))
  }

  /// Garbage, cut short, empty, of the wrong shape, not a file at all, or absurdly large:
  /// each is reported and kept aside byte for byte, and the next save starts a new file.
  @Test(arguments: [
    "\u{0}\u{1}garbage\u{FF}", "{\"done\": [\"routing\"", "", "[1, 2, 3]", "{\"done\": 5}", "null",
  ])
  func anUnusableFileIsKeptAsideAndSaidSo(contents: String) throws {
    let file = StateFile<CourseProgress>(path: temporaryPath())
    let folder = (file.path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
    try Data(contents.utf8).write(to: URL(filePath: file.path))
    guard case .corrupt(let keptAs?, let reason) = file.load() else {
      Issue.record("expected \(contents.debugDescription) to be reported")
      return
    }
    #expect(!reason.isEmpty)
    #expect(FileManager.default.contents(atPath: keptAs) == Data(contents.utf8))
    try file.save(CourseProgress(done: ["orm"]))
    #expect(FileManager.default.contents(atPath: keptAs) == Data(contents.utf8), "the original survives")
  }

  @Test func aFolderInPlaceOfTheFileIsReportedNotTakenForMissing() throws {
    let file = StateFile<CourseProgress>(path: temporaryPath())
    try FileManager.default.createDirectory(atPath: file.path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: file.path + ".corrupt") }
    guard case .corrupt(let keptAs?, let reason) = file.load() else {
      Issue.record("a folder at the path is not a missing file")
      return
    }
    #expect(reason == "it is not a regular file")
    #expect(keptAs == file.path + ".corrupt")
  }

  /// A 40 MB file took 6 s to the first frame: it is refused from its size, unread.
  @Test func aHugeFileIsRefusedWithoutBeingRead() throws {
    let file = StateFile<CourseProgress>(path: temporaryPath())
    let folder = (file.path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
    let entry = "\"lesson-with-a-long-name\": 12345, "
    let huge =
      "{\"done\": [], \"positions\": {" + String(repeating: entry, count: 40_000_000 / entry.utf8.count)
      + "\"x\": 1}}"
    try Data(huge.utf8).write(to: URL(filePath: file.path))
    let clock = ContinuousClock()
    let start = clock.now
    let loaded = file.load()
    let elapsed = clock.now - start
    guard case .corrupt(_?, let reason) = loaded else {
      Issue.record("a 40 MB progress file is not one Crossroads wrote")
      return
    }
    #expect(reason.contains("MB"))
    #expect(elapsed < .milliseconds(200), "\(elapsed)")
  }

  @Test func aFileForAPersonGoesOnlyIntoAFolderThatExists() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "atomic-\(UUID().uuidString)").path()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(throws: FileWriteError.self) { try AtomicFile.save("x", to: folder + "/a.json") }
    #expect(!FileManager.default.fileExists(atPath: folder))
    try AtomicFile.save("x", to: folder + "/state/a.json", creatingFolders: true)
    #expect(FileManager.default.fileExists(atPath: folder + "/state/a.json"))
  }

  @Test func followsTheXDGBaseDirectorySpec() {
    #expect(
      StateFile<CourseProgress>(named: "p.json", environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]).path
        == "/s/crossroads/p.json")
    #expect(
      StateFile<CourseProgress>(named: "p.json", environment: ["HOME": "/h"]).path
        == "/h/.local/state/crossroads/p.json")
    #expect(
      StateFile<CourseProgress>(named: "p.json", environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"]).path
        == "/h/.local/state/crossroads/p.json")
  }
}

struct LessonIncludeTests {
  static func lesson(including line: String) -> String {
    """
    ---
    id: shown
    title: T
    summary: S
    check:
      - question: Q
        choices:
          - {text: A, why: W, correct: true}
          - {text: B, why: W}
    ---

    ```flask mysite/models.py
    \(line)
    ```

    ```django core/models.py
    <<< core/models.py#model orm
    ```
    """
  }

  @Test func aBlockShowsExactlyTheGeneratedRegion() throws {
    var files = try ContentFiles.read(directory: CourseTests.lessonsDirectory)
    files = files.filter { !Course.lessonPaths(in: [$0.key: ""]).contains($0.key) }
    files["01-shown.md"] = Self.lesson(including: "<<< _project_/models.py#model orm")
    let course = Course(files: files)
    #expect(course.errors == [])
    let (flask, django) = try #require(course.lesson(id: "shown")?.pairs.first)
    #expect(flask.code.hasPrefix("class Item(db.Model):"))
    #expect(!flask.code.contains("# region") && !flask.code.contains("<%"))
    #expect(django.code.contains("name = models.CharField(max_length=100)"))
    #expect(flask.include == nil, "the include is resolved")
  }

  @Test func aMissingRegionBreaksTheLessonWithItsLine() throws {
    var files = try ContentFiles.read(directory: CourseTests.lessonsDirectory)
    files["99-shown.md"] = Self.lesson(including: "<<< _project_/models.py#no_such_region")
    let errors = Course(files: files).errors.filter { $0.file.hasSuffix("99-shown.md") }
    #expect(errors.count == 1)
    #expect(errors.first?.line == 13)
    #expect(errors.first?.message.contains("no_such_region") == true, "\(errors)")
  }

  @Test func aMalformedIncludeSaysHowToWriteIt() {
    let errors = Course(files: ["01-shown.md": Self.lesson(including: "<<< models.py")]).errors
    #expect(errors.first?.line == 13)
    #expect(errors.first?.message.hasPrefix("an include reads") == true)
  }
}

/// A state file is read whole up to its bound, sized by what it holds.
struct StoredFileTests {
  private func file(holding bytes: Int) throws -> StoredFile {
    let path = FileManager.default.temporaryDirectory.appending(path: "stored-\(UUID().uuidString)").path()
    try Data(repeating: UInt8(ascii: "a"), count: bytes).write(to: URL(filePath: path))
    return StoredFile(path: path)
  }

  @Test(arguments: [0, 1, 4096, StoredFile.maximumBytes])
  func aFileUpToTheBoundIsReadWhole(_ size: Int) throws {
    let stored = try file(holding: size)
    defer { try? FileManager.default.removeItem(atPath: stored.path) }
    #expect(stored.readContents() == .contents(Data(repeating: UInt8(ascii: "a"), count: size)))
  }

  @Test func aLargerFileIsNotRead() throws {
    let stored = try file(holding: StoredFile.maximumBytes + 1)
    defer { try? FileManager.default.removeItem(atPath: stored.path) }
    guard case .unreadable = stored.readContents() else {
      Issue.record("a file past the bound was read")
      return
    }
  }

  @Test func aMissingFileIsMissing() {
    #expect(StoredFile(path: "/nonexistent/crossroads/progress.json").readContents() == .missing)
  }
}

import Foundation
import Testing

/// `crossroads lessons --check DIR` finds what would break a lesson or the questionnaire,
/// each as `file:line: message` under the folder it was given.
struct LessonsCheckTests {
  static let lessons = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appending(path: "Lessons")
  static let fixture = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appending(path: "CrossroadsUITests/Fixtures/01-basics.md")

  /// A lesson that passes every check, with `id` and `code` as its Flask block.
  static func lesson(id: String, flask: String = "app = Flask(__name__)") throws -> String {
    let text = try String(contentsOf: fixture, encoding: .utf8)
    return text.replacing("id: basics", with: "id: \(id)")
      .replacing("from flask import Flask\n\napp = Flask(__name__)", with: flask)
  }

  /// A folder of good lessons and the real questionnaire, edited by `prepare`.
  private func check(_ prepare: (String) throws -> Void) throws -> (
    status: Int32, output: String, folder: String
  ) {
    let folder = FileManager.default.temporaryDirectory.appending(path: "check-\(UUID().uuidString)").path()
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: Self.lessons.appending(path: "questionnaire.yaml").path(),
      toPath: folder + "/questionnaire.yaml")
    try Self.lesson(id: "good").write(toFile: folder + "/01-good.md", atomically: true, encoding: .utf8)
    try prepare(folder)
    let result = try Tmux.execute([
      "/bin/sh", "-c", "\"$0\" lessons --check \"$1\" 2>&1", crossroadsBinary, folder,
    ])
    try? FileManager.default.removeItem(atPath: folder)
    return (result.status, result.output, folder)
  }

  private func write(_ bytes: [UInt8], _ path: String) throws {
    try Data(bytes).write(to: URL(filePath: path))
  }

  @Test func aGoodFolderPasses() throws {
    let result = try check { _ in }
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.contains("1 lessons checked, no problems"), "\(result.output)")
  }

  @Test func theRealCoursePasses() throws {
    let result = try Tmux.execute([
      "/bin/sh", "-c", "\"$0\" lessons --check \"$1\" 2>&1", crossroadsBinary, Self.lessons.path(),
    ])
    #expect(result.status == 0, "\(result.output)")
  }

  @Test func everyProblemIsReportedAsFileAndLineInTheGivenFolder() throws {
    let result = try check { folder in
      let good = Array(try Self.lesson(id: "nul").utf8)
      // Line 17 of the fixture is prose; a NUL byte there, and a Latin-1 é in the next file.
      var nul = good
      let line17 = try #require(Self.offset(ofLine: 17, in: good))
      nul.insert(0, at: line17)
      try write(nul, folder + "/02-nul.md")
      var latin = Array(try Self.lesson(id: "latin").utf8)
      latin.insert(0xE9, at: try #require(Self.offset(ofLine: 18, in: latin)))
      try write(latin, folder + "/03-latin.md")
      try Self.lesson(id: "syntax", flask: "def broken(:\n    pass").write(
        toFile: folder + "/04-syntax.md", atomically: true, encoding: .utf8)
      try Self.lesson(id: "long", flask: "app = Flask(__name__)  # " + String(repeating: "x", count: 60))
        .write(
          toFile: folder + "/05-long.md", atomically: true, encoding: .utf8)
      try Self.lesson(id: "misnamed").write(
        toFile: folder + "/6-misnamed.md", atomically: true, encoding: .utf8)
      try write([0xEF, 0xBB, 0xBF] + Array(try Self.lesson(id: "bom").utf8), folder + "/07-bom.md")
      let questionnaire = try String(contentsOfFile: folder + "/questionnaire.yaml", encoding: .utf8)
      try questionnaire.replacing("flask: 3", with: "flask: 99", maxReplacements: 1).write(
        toFile: folder + "/questionnaire.yaml", atomically: true, encoding: .utf8)
    }
    let folder = result.folder
    #expect(result.status != 0)
    // The line of the weight spoiled above (the first "flask: 3"), counted in the course's
    // questionnaire, which grows as it is edited.
    let questionnaire = try String(
      contentsOf: Self.lessons.appending(path: "questionnaire.yaml"), encoding: .utf8)
    let weightLine =
      try #require(
        questionnaire.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
          $0.contains("flask: 3")
        })
      + 1
    for expected in [
      "\(folder)/02-nul.md:17: a NUL byte",
      "\(folder)/03-latin.md:18: not UTF-8",
      "\(folder)/04-syntax.md:30: invalid syntax",
      "\(folder)/05-long.md:30: this code line is 85 characters; the limit is 72",
      "\(folder)/6-misnamed.md:1: not read as a lesson: the name must be NN-slug.md",
      "\(folder)/questionnaire.yaml:\(weightLine): flask must be a whole number from 0 to 3",
    ] {
      #expect(result.output.contains(expected), "expected \(expected) in:\n\(result.output)")
    }
    #expect(!result.output.contains("07-bom.md"), "a BOM is accepted:\n\(result.output)")
    #expect(!result.output.contains("Lessons/"), "the folder given is named:\n\(result.output)")
  }

  @Test func aMissingOrBrokenQuestionnaireIsReported() throws {
    let missing = try check { folder in
      try FileManager.default.removeItem(atPath: folder + "/questionnaire.yaml")
    }
    #expect(missing.status != 0)
    #expect(
      missing.output.contains("\(missing.folder)/questionnaire.yaml:1: the questionnaire is missing"),
      "\(missing.output)")
    let broken = try check { folder in
      try "questions: [\n  - id: size\n".write(
        toFile: folder + "/questionnaire.yaml", atomically: true, encoding: .utf8)
    }
    #expect(broken.status != 0)
    #expect(broken.output.contains("\(broken.folder)/questionnaire.yaml:"), "\(broken.output)")
  }

  /// The byte offset where 1-based `line` starts.
  static func offset(ofLine line: Int, in bytes: [UInt8]) -> Int? {
    var current = 1
    for (index, byte) in bytes.enumerated() {
      if current == line { return index }
      if byte == 10 { current += 1 }
    }
    return nil
  }
}

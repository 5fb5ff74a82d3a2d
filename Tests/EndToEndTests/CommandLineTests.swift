import Foundation
import Testing

/// The subcommands scripts rely on, run as the built binary.
struct CommandLineTests {
  static let lessonsDirectory = URL(filePath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appending(path: "Lessons").path()

  private func run(_ arguments: String..., binary: String = crossroadsBinary) throws -> (
    status: Int32, output: String
  ) {
    try Tmux.execute([binary] + arguments)
  }

  @Test func listsEveryLesson() throws {
    let result = try run("lessons")
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\n")
    #expect(lines.count >= 18)
    #expect(lines.contains { $0.contains("routing") && $0.contains("Routing") })
    #expect(lines.last?.contains("choosing") == true, "choosing closes the course")
  }

  @Test func aCopiedBinaryStillHasEveryLesson() throws {
    let directory = FileManager.default.temporaryDirectory.appending(path: "copied-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let copy = directory.appending(path: "crossroads").path()
    try FileManager.default.copyItem(atPath: crossroadsBinary, toPath: copy)
    let listed = try run("lessons", binary: copy)
    let inFolder = try FileManager.default.contentsOfDirectory(atPath: Self.lessonsDirectory)
      .filter { $0.hasSuffix(".md") && $0.first?.isNumber == true }
    #expect(listed.status == 0)
    #expect(listed.output.split(separator: "\n").count == inFolder.count)
  }

  @Test func printsALessonAsPlainTextAtColumnsWidth() throws {
    let result = try Tmux.execute([
      "/usr/bin/env", "COLUMNS=80", "LANG=C.UTF-8", crossroadsBinary, "lessons", "routing",
    ])
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("Lesson 4: Routing"))
    #expect(result.output.contains("Flask · "))
    #expect(result.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
    #expect(result.output.contains("Check yourself"))
  }

  @Test func comparesATopicSideBySide() throws {
    let result = try Tmux.execute([
      "/usr/bin/env", "COLUMNS=120", "LANG=C", crossroadsBinary, "compare", "orm",
    ])
    #expect(result.status == 0)
    #expect(result.output.split(separator: "\n").contains { $0.contains("Flask") && $0.contains("Django") })
    #expect(!result.output.contains("│"), "ASCII frames outside a UTF-8 locale")
  }

  @Test func anUnknownTopicSuggestsTheNearest() throws {
    let result = try Tmux.execute(["/bin/sh", "-c", "\(crossroadsBinary) compare rooting 2>&1"])
    #expect(result.status != 0)
    #expect(result.output.contains("Did you mean routing"))
  }

  @Test func checkReportsFileAndLine() throws {
    let good = try run("lessons", "--check", Self.lessonsDirectory)
    #expect(good.status == 0, "\(good.output)")
    let directory = FileManager.default.temporaryDirectory.appending(path: "check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try "---\nid: wrong\ntitle: T\nsummary: S\ncheck: []\n---\n".write(
      to: directory.appending(path: "01-right.md"), atomically: true, encoding: .utf8)
    let bad = try Tmux.execute([
      "/bin/sh", "-c", "\(crossroadsBinary) lessons --check \(directory.path()) 2>&1",
    ])
    #expect(bad.status != 0)
    #expect(
      bad.output.contains("01-right.md:5: check needs one to three questions, found 0"), "\(bad.output)")
  }

  @Test func lessonsFromAFolderShowEditsWithoutRebuilding() throws {
    let result = try run("lessons", "--lessons", Self.lessonsDirectory)
    #expect(result.status == 0)
    #expect(result.output.contains("philosophy"))
    let missing = try Tmux.execute(["/bin/sh", "-c", "\(crossroadsBinary) lessons --lessons /no/such 2>&1"])
    #expect(missing.status != 0)
    #expect(missing.output.contains("/no/such is not a folder of lessons"))
  }

  /// A negative port is a port out of range, not a missing value.
  @Test(arguments: ["99999", "-1", "0"])
  func runRefusesAPortOutOfRange(port: String) throws {
    let result = try Tmux.execute(["/bin/sh", "-c", "\(crossroadsBinary) run . --port \(port) --check 2>&1"])
    #expect(result.status != 0)
    #expect(result.output.contains("--port takes a port from 1 to 65535"), "\(result.output)")
  }

  /// A --python that is not Python says what it did, not "cannot create virtual environments ()".
  @Test func runSaysWhatAPythonThatIsNotPythonDid() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "python-\(UUID().uuidString)").path()
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let generated = try Tmux.execute([
      crossroadsBinary, "generate", "--framework", "flask", "--name", "p", "--into", folder,
    ])
    #expect(generated.status == 0)
    let result = try Tmux.execute([
      "/bin/sh", "-c", "\(crossroadsBinary) run \(folder)/p --python /bin/false --check 2>&1",
    ])
    #expect(result.status != 0)
    #expect(!result.output.contains("()"), "\(result.output)")
    #expect(
      result.output.contains("/bin/false did not answer as Python 3 does (exit status 1, no output)"),
      "\(result.output)")
  }
}

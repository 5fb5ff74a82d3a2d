import Foundation
import Testing

@testable import CrossroadsCore

/// Every Python block of the course compiles with the real interpreter, so no lesson shows
/// broken code.
struct LessonCodeTests {
  static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  @Test(.enabled(if: python != nil, "python3 is not installed; install it to compile the lessons' code"))
  func everyPythonBlockCompiles() throws {
    let course = Course(files: try ContentFiles.read(directory: CourseTests.lessonsDirectory))
    #expect(PythonSyntaxCheck.blockCount(in: course) > 30)
    // One interpreter for every block, with the script `lessons --check` runs.
    let input = FileManager.default.temporaryDirectory.appending(
      path: "python-check-\(UUID().uuidString).json")
    try Data(PythonSyntaxCheck.input(for: course).utf8).write(to: input)
    defer { try? FileManager.default.removeItem(at: input) }
    let process = Process()
    process.executableURL = URL(filePath: try #require(Self.python))
    process.arguments = ["-I", "-S", "-c", PythonSyntaxCheck.script, input.path()]
    let stdout = Pipe()
    process.standardOutput = stdout
    try process.run()
    let output = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(output.trimmingCharacters(in: .whitespacesAndNewlines) == "", "\(output)")
  }
}

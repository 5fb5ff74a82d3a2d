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
    let blocks = course.lessons.flatMap { lesson in
      lesson.codeBlocks.filter { $0.language == .python }.map { (lesson.file, $0) }
    }
    #expect(blocks.count > 30)
    // One interpreter for every block: each is compiled, and each failure printed as file:line.
    let script = """
      import json, sys
      failures = []
      for name, line, code in json.load(sys.stdin):
          try:
              compile(code, name, "exec")
          except SyntaxError as error:
              failures.append(f"{name}:{line + (error.lineno or 0)}: {error.msg}")
      print("\\n".join(failures))
      """
    let input = try JSONSerialization.data(
      withJSONObject: blocks.map { [$0.0, $0.1.line, $0.1.code] as [Any] })
    let process = Process()
    process.executableURL = URL(filePath: try #require(Self.python))
    process.arguments = ["-c", script]
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    try process.run()
    stdin.fileHandleForWriting.write(input)
    try stdin.fileHandleForWriting.close()
    let output = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(output.trimmingCharacters(in: .whitespacesAndNewlines) == "", "\(output)")
  }
}

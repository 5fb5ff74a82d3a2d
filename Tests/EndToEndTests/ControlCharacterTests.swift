import Foundation
import Testing

/// Text that came from a file reaches the terminal with its control characters escaped, so
/// an answers file, a lesson or a project marker cannot send the terminal a command.
struct ControlCharacterTests {
  static let escape = "\u{1B}"

  private func scratch() throws -> String {
    let path = FileManager.default.temporaryDirectory.appending(path: "e2e-controls-\(UUID().uuidString)")
      .path()
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// Every byte the command wrote, standard output and error, holds no control character
  /// but line feeds and tabs.
  private func expectNoControls(_ text: String, _ comment: Comment) {
    let controls = text.unicodeScalars.filter {
      $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t"
    }
    #expect(controls.isEmpty, comment)
  }

  @Test func anAnswersFileCannotWriteEscapesToTheTerminal() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/answers.json"
    try #"{"size\u001b]0;pwned\u0007\u001b[2J": "small"}"#.write(
      toFile: file, atomically: true, encoding: .utf8)
    let result = try Tmux.run([crossroadsBinary, "advise", "--answers", file])
    #expect(result.status != 0)
    expectNoControls(result.output + result.errors, "advise: \(result.errors.debugDescription)")
    #expect(result.errors.contains(#"unknown key 'size\x1B]0;pwned\x07\x1B[2J'"#), "\(result.errors)")
  }

  @Test func aLessonCannotWriteEscapesToTheTerminal() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let lesson = """
      ---
      id: tricks
      title: "Tricks \\e[31mred\\e[0m \\e]0;title\\a"
      summary: "Bell \\a and clear \\e[2J"
      check:
        - question: Q?
          choices:
            - {text: A, correct: true, why: W.}
            - {text: "B \\e[5m", why: W.}
      ---

      Body with \u{1B}[2J a clear and a carriage\rreturn.

      ```flask app.py
      print("\u{1B}[31m")
      ```

      ```django views.py
      print("\u{1B}[31m")
      ```
      """
    try lesson.write(toFile: folder + "/01-tricks.md", atomically: true, encoding: .utf8)
    let listed = try Tmux.run([crossroadsBinary, "lessons", "--lessons", folder])
    #expect(listed.status == 0, "\(listed.errors)")
    #expect(listed.output.contains("Tricks"))
    expectNoControls(listed.output + listed.errors, "lessons: \(listed.output.debugDescription)")
    let printed = try Tmux.run([crossroadsBinary, "lessons", "tricks", "--lessons", folder])
    #expect(printed.status == 0, "\(printed.errors)")
    #expect(printed.output.contains("Body with"))
    expectNoControls(printed.output + printed.errors, "lesson: \(printed.output.debugDescription)")
    let compared = try Tmux.run([crossroadsBinary, "compare", "tricks", "--lessons", folder])
    expectNoControls(compared.output + compared.errors, "compare: \(compared.output.debugDescription)")
  }

  /// A CR/LF in an endpoint's path would add headers to the request; the marker is refused.
  @Test func aMarkerWithControlCharactersInAPathIsRefused() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let marker = """
      {"answers": null, "crossroads_version": "1", "features": [], "framework": "flask",
       "endpoints": [{"method": "GET", "path": "/\\r\\nX-Injected: 1\\u001b[2J", "status": 200, "expect": "ok"}]}
      """
    try marker.write(toFile: folder + "/.crossroads.json", atomically: true, encoding: .utf8)
    let result = try Tmux.run([crossroadsBinary, "run", folder, "--check"])
    #expect(result.status == 2, "\(result.errors)")
    #expect(result.errors.contains("control character"), "\(result.errors)")
    expectNoControls(result.output + result.errors, "run: \(result.errors.debugDescription)")
  }
}

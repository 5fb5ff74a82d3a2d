import Foundation
import TestSupport
import Testing

/// The built `crossroads` binary, beside this test bundle in the build folder.
let crossroadsBinary: String = {
  let executable = URL(filePath: "/proc/self/exe").resolvingSymlinksInPath()
  return executable.deletingLastPathComponent().appending(path: "crossroads").path()
}()

/// Runs the real binary in tmux and checks, as a person would, that the terminal comes back
/// exactly as it was however the program ends.
@Suite(
  .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed; install it to run the end-to-end tests")
)
struct TerminalTests {
  /// Starts a shell that records `stty -g` before and after running crossroads, and its status.
  private func launch(environment: [String: String] = [:], prefix: String = "", arguments: String = "") throws
    -> Tmux
  {
    #expect(
      FileManager.default.isExecutableFile(atPath: crossroadsBinary), "\(crossroadsBinary) was not built")
    let tmux = try Tmux(environment: environment)
    let dir = tmux.directory.path()
    try tmux.type(
      "stty -g > \(dir)/before; \(prefix)\(crossroadsBinary) \(arguments); echo $? > \(dir)/status.tmp; "
        + "stty -g > \(dir)/after; mv \(dir)/status.tmp \(dir)/status")
    #expect(
      tmux.waitForScreen(containing: "Choose between Flask"),
      "the home screen did not appear:\n\(tmux.screen)")
    return tmux
  }

  private func openFirstLesson(_ tmux: Tmux) throws {
    try tmux.send("Enter")
    #expect(tmux.waitForScreen(containing: "01  "), "the lesson list did not appear:\n\(tmux.screen)")
    try tmux.send("Enter")
    #expect(tmux.waitForScreen(containing: "Lesson 1:"), "the lesson did not open:\n\(tmux.screen)")
  }

  /// The program has exited with `status`, the terminal settings are the same as before,
  /// the cursor shows, and the shell answers.
  private func expectTerminalGivenBack(
    _ tmux: Tmux, status: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    #expect(
      tmux.wait { tmux.file("status") != nil }, "crossroads did not exit:\n\(tmux.screen)",
      sourceLocation: sourceLocation)
    #expect(
      tmux.file("status")?.trimmingCharacters(in: .whitespacesAndNewlines) == status,
      sourceLocation: sourceLocation)
    #expect(
      tmux.file("before") != nil && tmux.file("before") == tmux.file("after"), "stty -g changed",
      sourceLocation: sourceLocation)
    #expect(tmux.cursorVisible, "the cursor is hidden", sourceLocation: sourceLocation)
    try tmux.type("echo prompt-is-usable")
    #expect(
      tmux.waitForScreen(containing: "\nprompt-is-usable"), "the shell does not answer:\n\(tmux.screen)",
      sourceLocation: sourceLocation)
  }

  @Test func quittingWithQGivesTheTerminalBack() throws {
    let tmux = try launch()
    try openFirstLesson(tmux)
    try tmux.send("PgDn")
    try tmux.send("q")
    #expect(tmux.waitForScreen(containing: "01  "), "q in a lesson goes back to the list")
    try tmux.send("q")
    #expect(tmux.waitForScreen(containing: "Choose between Flask"), "q in the list goes back home")
    try tmux.send("q")
    try expectTerminalGivenBack(tmux, status: "0")
  }

  @Test func ctrlCQuitsFromALesson() throws {
    let tmux = try launch()
    try openFirstLesson(tmux)
    try tmux.send("C-c")
    try expectTerminalGivenBack(tmux, status: "130")
  }

  @Test(arguments: [("TERM", "143"), ("HUP", "129")])
  func aSignalQuitsAndGivesTheTerminalBack(signal: String, status: String) throws {
    let tmux = try launch()
    try openFirstLesson(tmux)
    let pid = try #require(tmux.foregroundChild)
    _ = try Tmux.execute(["/bin/kill", "-\(signal)", "\(pid)"])
    try expectTerminalGivenBack(tmux, status: status)
  }

  @Test func ctrlBackslashQuitsTheOrdinaryWay() throws {
    // SIGQUIT from the keyboard: not a crash, no backtrace, no wait; the one way out.
    let tmux = try launch()
    try openFirstLesson(tmux)
    try tmux.send("C-\\")
    try expectTerminalGivenBack(tmux, status: "131")
    #expect(!tmux.screen.contains("Backtrace"), "\(tmux.screen)")
  }

  /// `crossroads run DIR` in a terminal is the run screen; a crash while the sample serves
  /// still stops the sample (the watchdog's pipe is closed first) and gives the terminal back.
  @Test(.timeLimit(.minutes(5)))
  func aCrashWhileASampleServesStopsItAndGivesTheTerminalBack() throws {
    let projects = FileManager.default.temporaryDirectory.appending(path: "crash-\(UUID().uuidString)").path()
    try FileManager.default.createDirectory(atPath: projects, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: projects) }
    let name = "crash_" + UUID().uuidString.prefix(8).lowercased()
    let generated = try Tmux.run([
      crossroadsBinary, "generate", "--framework", "flask", "--name", name, "--into", projects,
    ])
    #expect(generated.status == 0, "\(generated.errors)")
    let cache = FileManager.default.temporaryDirectory.appending(path: "crossroads-e2e-cache").path()
    let tmux = try Tmux(environment: ["XDG_CACHE_HOME": cache])
    let dir = tmux.directory.path()
    try tmux.type(
      "stty -g > \(dir)/before; SWIFT_BACKTRACE=enable=no \(crossroadsBinary) run \(projects)/\(name) "
        + "--port \(23_000 + Int.random(in: 0..<2000)); "
        + "echo $? > \(dir)/status.tmp; stty -g > \(dir)/after; mv \(dir)/status.tmp \(dir)/status")
    #expect(
      tmux.waitForScreen(containing: "Open http://127.0.0.1:", seconds: 240),
      "the run screen did not serve:\n\(tmux.screen)")
    #expect(tmux.screen.contains("Run \(name)"), "it is the run screen, not the plain stream")
    #expect(!Spawn.processes(mentioning: "--app \(name)").isEmpty, "the sample should be serving")
    let pid = try #require(tmux.foregroundChild)
    _ = try Tmux.execute(["/bin/kill", "-ABRT", "\(pid)"])
    try expectTerminalGivenBack(tmux, status: "134")
    #expect(
      Spawn.until(seconds: 2) { Spawn.processes(mentioning: name).isEmpty },
      "left running after the crash: \(Spawn.processes(mentioning: name))")
  }

  @Test func aCrashStillGivesTheTerminalBack() throws {
    // The crash guard restores the terminal, then Swift's runtime ends the process.
    let tmux = try launch(prefix: "SWIFT_BACKTRACE=enable=no ")
    try openFirstLesson(tmux)
    let pid = try #require(tmux.foregroundChild)
    _ = try Tmux.execute(["/bin/kill", "-ABRT", "\(pid)"])
    try expectTerminalGivenBack(tmux, status: "134")
  }

  @Test func aSmallTerminalGetsAPoliteMessageUntilEnlarged() throws {
    let tmux = try launch()
    try tmux.tmux(["resize-window", "-t", "e2e", "-x", "70", "-y", "20"])
    #expect(tmux.waitForScreen(containing: "too small"), "no message at 70×20:\n\(tmux.screen)")
    #expect(tmux.screen.contains("It is 70×20"))
    try tmux.tmux(["resize-window", "-t", "e2e", "-x", "100", "-y", "30"])
    #expect(
      tmux.waitForScreen(containing: "Choose between Flask"),
      "the home screen did not come back:\n\(tmux.screen)")
    try tmux.send("q")
    try expectTerminalGivenBack(tmux, status: "0")
  }

  @Test func withoutAUTF8LocaleFramesAreASCII() throws {
    let tmux = try launch(environment: ["LANG": "C", "LC_ALL": "C"])
    try tmux.send("Enter")
    #expect(tmux.wait { tmux.screen.contains("+----") }, "no ASCII frame:\n\(tmux.screen)")
    #expect(!tmux.screen.contains("│"))
    try tmux.send("C-c")
    try expectTerminalGivenBack(tmux, status: "130")
  }

  @Test func theAdvisorRemembersTheLastAnswersForTheNextVisit() throws {
    let state = FileManager.default.temporaryDirectory.appending(path: "state-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: state) }
    let answers = state.appending(path: "crossroads/answers.json").path()
    let tmux = try launch(environment: ["XDG_STATE_HOME": state.path()])
    try tmux.send("Down", "Down", "Enter")
    #expect(
      tmux.waitForScreen(containing: "Question 1 of 6"), "the first question did not appear:\n\(tmux.screen)")
    // A small project, every other answer left at its default, then the summary and the result.
    try tmux.send("Up", "Enter", "Enter", "Enter", "Enter", "Enter", "Enter")
    #expect(tmux.waitForScreen(containing: "See the recommendation"), "no summary:\n\(tmux.screen)")
    try tmux.send("Enter")
    #expect(tmux.waitForScreen(containing: "Flask fits best"), "no result:\n\(tmux.screen)")
    #expect(tmux.wait { FileManager.default.fileExists(atPath: answers) }, "the answers were not remembered")
    #expect((try? String(contentsOfFile: answers, encoding: .utf8))?.contains(#""size": "small""#) == true)
    try tmux.send("C-c")
    try expectTerminalGivenBack(tmux, status: "130")

    let again = try launch(environment: ["XDG_STATE_HOME": state.path()])
    try again.send("Down", "Down", "Enter")
    #expect(
      again.waitForScreen(containing: "Welcome back"), "the last answers were not offered:\n\(again.screen)")
    try again.send("Enter", "Enter")
    #expect(again.waitForScreen(containing: "Flask fits best"), "the remembered answers were not used")
    try again.send("C-c")
    try expectTerminalGivenBack(again, status: "130")
  }

  /// Unusable state files are said, kept aside as they were, and never saved over; a huge
  /// one does not delay the first frame; `s` asks before replacing an answers file.
  @Test func brokenStateFilesAreKeptAsideAndSaid() throws {
    let state = FileManager.default.temporaryDirectory.appending(path: "state-\(UUID().uuidString)")
    let work = state.appending(path: "work").path()
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: state.appending(path: "crossroads"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: state) }
    let answers = state.appending(path: "crossroads/answers.json").path()
    let progress = state.appending(path: "crossroads/progress.json").path()
    try Data(#"{"size": "sma"#.utf8).write(to: URL(filePath: answers))
    let entry = #""lesson": 1, "#
    let huge =
      #"{"done": [], "positions": {"# + String(repeating: entry, count: 40_000_000 / entry.count) + "}}"
    try Data(huge.utf8).write(to: URL(filePath: progress))
    try Data("keep me\n".utf8).write(to: URL(filePath: work + "/crossroads-answers.json"))

    let clock = ContinuousClock()
    let start = clock.now
    let tmux = try launch(environment: ["XDG_STATE_HOME": state.path()], prefix: "cd \(work) && ")
    let firstFrame = clock.now - start
    // The home screen within a second and a half, tmux and a shell included (it took 6 s).
    #expect(firstFrame < .milliseconds(1500), "\(firstFrame)")
    #expect(tmux.waitForScreen(containing: "answers could not be read"), "not said:\n\(tmux.screen)")
    #expect(tmux.screen.contains("progress file could not be read"), "\(tmux.screen)")
    #expect(FileManager.default.contents(atPath: answers + ".corrupt") == Data(#"{"size": "sma"#.utf8))
    #expect(FileManager.default.contents(atPath: progress + ".corrupt")?.count == huge.utf8.count)

    try tmux.send("Down", "Down", "Enter")
    #expect(tmux.waitForScreen(containing: "Question 1 of 6"), "\(tmux.screen)")
    try tmux.send("Up", "Enter", "Enter", "Enter", "Enter", "Enter", "Enter")
    #expect(tmux.waitForScreen(containing: "See the recommendation"), "no summary:\n\(tmux.screen)")
    try tmux.send("Enter")
    #expect(tmux.waitForScreen(containing: "Flask fits best"), "no result:\n\(tmux.screen)")
    #expect(
      tmux.wait { FileManager.default.fileExists(atPath: answers) }, "new answers are remembered afresh")
    #expect(FileManager.default.contents(atPath: answers + ".corrupt") == Data(#"{"size": "sma"#.utf8))
    try tmux.send("s")
    #expect(tmux.waitForScreen(containing: "Replace it?"), "not asked:\n\(tmux.screen)")
    try tmux.send("n")
    #expect(tmux.waitForScreen(containing: "Not saved"), "\(tmux.screen)")
    #expect(FileManager.default.contents(atPath: work + "/crossroads-answers.json") == Data("keep me\n".utf8))
    try tmux.send("s")
    #expect(tmux.waitForScreen(containing: "Replace it?"), "not asked:\n\(tmux.screen)")
    try tmux.send("y")
    #expect(tmux.waitForScreen(containing: "Saved to"), "\(tmux.screen)")
    #expect(
      (try? String(contentsOfFile: work + "/crossroads-answers.json", encoding: .utf8))?.contains(#""size""#)
        == true)
    try tmux.send("C-c")
    try expectTerminalGivenBack(tmux, status: "130")
  }

  /// Alt-x, Ctrl-Left, Shift-F5 and Home in a form TERM does not describe arrive as ESC and
  /// more bytes; none goes back a screen, and a lone Esc still does.
  @Test func unknownEscapeSequencesDoNothing() throws {
    let tmux = try launch()
    try tmux.send("Enter")
    #expect(tmux.waitForScreen(containing: "01  "), "the lesson list did not appear:\n\(tmux.screen)")
    for sequence in ["\u{1B}x", "\u{1B}[1;5D", "\u{1B}[15;2~", "\u{1B}[1;3H", "\u{1B}O5P"] {
      try tmux.tmux(["send-keys", "-t", "e2e", "-l", sequence])
    }
    // Give a wrongly taken Esc the time to go back, then check the list is still there.
    Thread.sleep(forTimeInterval: 0.5)
    #expect(tmux.screen.contains("01  "), "an escape sequence went back:\n\(tmux.screen)")
    try tmux.send("Escape")
    #expect(tmux.waitForScreen(containing: "Choose between Flask"), "Esc did not go back:\n\(tmux.screen)")
    try tmux.send("q")
    try expectTerminalGivenBack(tmux, status: "0")
  }

  @Test func theGenerateScreenWritesAProject() throws {
    let projects = FileManager.default.temporaryDirectory.appending(path: "e2e-projects-\(UUID().uuidString)")
      .path()
    try FileManager.default.createDirectory(atPath: projects, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: projects) }
    let tmux = try launch(prefix: "cd \(projects) && ")
    try tmux.send("End", "Up", "Up")
    try tmux.send("Enter")
    #expect(tmux.waitForScreen(containing: "Generate a sample app"), "no generate screen:\n\(tmux.screen)")
    try tmux.tmux(["send-keys", "-t", "e2e", "-l", "hello_e2e"])
    #expect(tmux.waitForScreen(containing: "a valid name"), "the name was not accepted:\n\(tmux.screen)")
    for _ in 0..<6 { try tmux.send("Tab") }
    try tmux.send("Enter")
    #expect(tmux.waitForScreen(containing: "Wrote 13 files"), "nothing was written:\n\(tmux.screen)")
    #expect(FileManager.default.fileExists(atPath: projects + "/hello_e2e/hello_e2e/__init__.py"))
    try tmux.send("Escape")
    #expect(tmux.waitForScreen(containing: "Choose between Flask"), "Esc did not go home:\n\(tmux.screen)")
    try tmux.send("q")
    try expectTerminalGivenBack(tmux, status: "0")
  }

  @Test func withoutATerminalItPrintsUsage() throws {
    let result = try Tmux.execute([crossroadsBinary])
    #expect(result.status == 0)
    #expect(result.output.contains("crossroads --help"))
  }

  @Test func passingACheckIsSavedInTheProgressFile() throws {
    let fixtures = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appending(path: "CrossroadsUITests/Fixtures").path()
    let tmux = try launch(arguments: "--lessons \(fixtures)")
    try openFirstLesson(tmux)
    try tmux.send("t")
    #expect(tmux.waitForScreen(containing: "Question 1 of 1"))
    try tmux.send("a")
    try tmux.send("Enter")
    try tmux.send("Enter")
    #expect(tmux.waitForScreen(containing: "1 of 1 correct"), "\(tmux.screen)")
    try tmux.send("C-c")
    try expectTerminalGivenBack(tmux, status: "130")
    let saved = try String(
      contentsOf: tmux.directory.appending(path: "state/crossroads/progress.json"), encoding: .utf8)
    let progress = try JSONSerialization.jsonObject(with: Data(saved.utf8)) as? [String: Any]
    #expect(progress?["done"] as? [String] == ["basics"])
    #expect(progress?["lastLesson"] as? String == "basics")
  }

  @Test(arguments: [false, true])
  func coloursFollowNoColor(noColor: Bool) throws {
    let tmux = try launch(prefix: noColor ? "NO_COLOR=1 " : "")
    let styled = try tmux.tmux(["capture-pane", "-e", "-p", "-t", "e2e"])
    // Foreground colours are SGR 30-37; bold and reverse (1, 7) are not colours.
    let coloured = styled.contains("\u{1B}[36m") || styled.contains(";36m")
    #expect(coloured == !noColor, "\(styled)")
    #expect(styled.contains("\u{1B}[1m"), "bold stays without colour")
    try tmux.send("q")
    try expectTerminalGivenBack(tmux, status: "0")
  }

  /// The whole journey as a person takes it: questionnaire, recommendation, generate, run,
  /// every endpoint passing on screen; then quitting leaves nothing of the sample running.
  @Test(.timeLimit(.minutes(5)))
  func fromQuestionsToARunningSample() throws {
    let projects = FileManager.default.temporaryDirectory.appending(path: "journey-\(UUID().uuidString)")
      .path()
    try FileManager.default.createDirectory(atPath: projects, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: projects) }
    // One cache of environments for every run of this test on this machine.
    let cache = FileManager.default.temporaryDirectory.appending(path: "crossroads-e2e-cache").path()
    let name = "journey_" + UUID().uuidString.prefix(8).lowercased()
    let tmux = try launch(environment: ["XDG_CACHE_HOME": cache], prefix: "cd \(projects) && ")
    try tmux.send("Down", "Down", "Enter")
    #expect(tmux.waitForScreen(containing: "Question 1 of 6"), "\(tmux.screen)")
    // A small project, the other answers at their defaults: Flask.
    try tmux.send("Up", "Enter", "Enter", "Enter", "Enter", "Enter", "Enter")
    #expect(tmux.waitForScreen(containing: "See the recommendation"), "\(tmux.screen)")
    try tmux.send("Enter")
    #expect(tmux.waitForScreen(containing: "Flask fits best"), "\(tmux.screen)")
    try tmux.send("g")
    #expect(tmux.waitForScreen(containing: "Generate a sample app"), "\(tmux.screen)")
    try tmux.tmux(["send-keys", "-t", "e2e", "-l", name])
    #expect(tmux.waitForScreen(containing: "a valid name"), "\(tmux.screen)")
    for _ in 0..<6 { try tmux.send("Tab") }
    try tmux.send("Enter")
    #expect(tmux.waitForScreen(containing: "[ Run it ]"), "nothing was written:\n\(tmux.screen)")
    try tmux.send("Enter")
    #expect(
      tmux.waitForScreen(containing: "2 of 2 passed", seconds: 180),
      "the endpoints did not pass:\n\(tmux.screen)")
    #expect(tmux.screen.contains("Hello, Flask!"))
    #expect(!Spawn.processes(mentioning: name).isEmpty, "the sample's server should be running now")
    try tmux.send("C-c")
    try expectTerminalGivenBack(tmux, status: "130")
    #expect(Spawn.processes(mentioning: name).isEmpty, "a process of the sample is left running")
  }

  /// Home → Both, side by side → the measured table on screen → quit: both samples set up
  /// for real, and nothing of either left running afterwards.
  @Test(.timeLimit(.minutes(6)))
  func bothSideBySideMeasuresAndLeavesNothingRunning() throws {
    let cache = FileManager.default.temporaryDirectory.appending(path: "crossroads-e2e-cache").path()
    let tmux = try launch(environment: ["XDG_CACHE_HOME": cache])
    try tmux.send("End", "Up", "Enter")
    #expect(tmux.waitForScreen(containing: "Both, side by side"), "\(tmux.screen)")
    #expect(
      tmux.waitForScreen(containing: "Files written", seconds: 300),
      "the measured table did not appear:\n\(tmux.screen)")
    #expect(tmux.screen.contains("Python lines"))
    #expect(tmux.screen.contains("done"))
    try tmux.send("C-c")
    try expectTerminalGivenBack(tmux, status: "130")
    #expect(Spawn.processes(mentioning: "/crossroads/measure/").isEmpty, "a process of the measure is left")
    #expect(Spawn.processes(mentioning: "gunicorn").isEmpty, "a server of the measure is left")
  }

  /// Practice as a person does it: the exercise on screen, `e` opens $EDITOR (here a script
  /// that writes the solution and exits), the terminal comes back, the save is checked for
  /// real and the screen turns to passed; quitting leaves the terminal as it was.
  @Test(.timeLimit(.minutes(6)))
  func practiceEditsInTheEditorAndTheSaveIsChecked() throws {
    let projects = FileManager.default.temporaryDirectory.appending(path: "practice-\(UUID().uuidString)")
      .path()
    try FileManager.default.createDirectory(atPath: projects, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: projects) }
    let cache = FileManager.default.temporaryDirectory.appending(path: "crossroads-e2e-cache").path()
    let started = try Tmux.run([
      crossroadsBinary, "practice", "start", "--framework", "flask", "--into", projects,
    ])
    #expect(started.status == 0, "\(started.errors)")
    let project = projects + "/practice_flask"
    // Its environment, as the run screen would make it.
    let setUp = try Tmux.run([
      "/usr/bin/env", "XDG_CACHE_HOME=\(cache)", crossroadsBinary, "run", project, "--check",
      // A port of its own: the launch tests run their servers at the same time from 5000.
      "--port", String(21_000 + Int.random(in: 0..<2000)),
    ])
    #expect(setUp.status == 0, "\(setUp.errors)")
    // The "editor": writes the exercise's reference solution into the file it is given.
    let solution = try #require(
      try String(
        contentsOf: URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
          .deletingLastPathComponent().appending(
            path: "Lessons/exercises/health/flask/solution/_project_/views.py"),
        encoding: .utf8))
    let editor = projects + "/editor.sh"
    try "#!/bin/sh\ncat > \"$1\" <<'CROSSROADS_EOF'\n\(solution)CROSSROADS_EOF\n".write(
      toFile: editor, atomically: true, encoding: .utf8)
    chmod(editor, 0o755)
    let tmux = try launch(
      environment: ["XDG_CACHE_HOME": cache, "EDITOR": editor], prefix: "cd \(projects) && ")
    try tmux.send("End", "Enter")
    #expect(tmux.waitForScreen(containing: "health"), "\(tmux.screen)")
    try tmux.send("Enter")
    #expect(
      tmux.waitForScreen(containing: "Not yet:", seconds: 60), "the first check did not fail:\n\(tmux.screen)"
    )
    try tmux.send("e")
    #expect(
      tmux.waitForScreen(containing: "Passed:", seconds: 60), "the save was not checked:\n\(tmux.screen)")
    #expect(tmux.screen.contains("Practice health (Flask)"), "back on the same screen")
    try tmux.send("C-c")
    try expectTerminalGivenBack(tmux, status: "130")
  }
}

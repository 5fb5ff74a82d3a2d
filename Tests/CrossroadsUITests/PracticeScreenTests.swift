import Testing

@testable import CrossroadsCore
@testable import CrossroadsUI

/// Practice in the interface: the list, an exercise watched as one session, its checks'
/// results from the runtime, hints, the editor, the solution, and the progress kept.
struct PracticeScreenTests {
  static func exerciseOpen() -> (AppDriver, SessionID, String) {
    var app = AppDriver(lessonFiles: GenerateScreenTests.course, workingDirectory: "/home/me/projects")
    app.press("end", "enter")
    #expect(app.screen.contains("health"), "\(app.screen)")
    app.press("enter")
    guard case .practice(let session, let id, let framework, let directory) = app.effects.last else {
      Issue.record("opening an exercise watches its project: \(app.effects)")
      return (app, SessionID(0), "")
    }
    #expect(framework == .flask)
    #expect(directory == "/home/me/projects/practice_flask")
    return (app, session, id)
  }

  static func outcome(passed: Bool) -> CheckOutcome {
    CheckOutcome(
      passed: passed,
      sentence: passed
        ? CheckOutcome.passedSentence
        : "GET /api/health answered 404; the task expects 200 with {\"status\": \"ok\"}.",
      output: ["FAILED test_health"], seconds: 0.4)
  }

  @Test func aCheckFailsThenPassesAndTheProgressKeepsIt() throws {
    var (app, session, id) = Self.exerciseOpen()
    app.send(.practice(session, .checking))
    #expect(app.screen.contains("Checking…"))
    app.send(.practice(session, .result(Self.outcome(passed: false))))
    #expect(app.screen.contains("Not yet: GET /api/health answered 404"), "\(app.screen)")
    #expect(app.state.progress.state(ofExercise: id, framework: .flask) == .failing)
    #expect(app.effects.last == .saveProgress(app.state.progress))
    assertSnapshot(app.terminal.styledSnapshot, named: "exercise-failing-80x24-styled")
    // A save later, the check passes: done, kept, and the next exercise offered.
    app.send(.practice(session, .result(Self.outcome(passed: true))))
    #expect(app.state.progress.state(ofExercise: id, framework: .flask) == .done)
    #expect(app.screen.contains("Press n for the next exercise"))
    app.press("n")
    guard case .practice(let next, let nextID, _, _) = app.effects.last else {
      Issue.record("n opens the next exercise: \(app.effects)")
      return
    }
    #expect(nextID != id)
    #expect(next != session)
    #expect(app.effects.contains(.cancel(session)), "the old watch stops")
  }

  @Test func anotherSessionsResultIsDroppedAndLeavingStopsTheWatch() {
    var (app, session, id) = Self.exerciseOpen()
    app.send(.practice(SessionID(session.value + 7), .result(Self.outcome(passed: true))))
    #expect(app.state.progress.state(ofExercise: id, framework: .flask) == .notStarted)
    app.press("esc")
    #expect(app.effects.last == .cancel(session))
  }

  @Test func hintsComeOneAtATimeAndTheSolutionOnlyAfterAYes() {
    var (app, session, id) = Self.exerciseOpen()
    app.send(.practice(session, .result(Self.outcome(passed: false))))
    #expect(!app.screen.contains("Hint 1:"))
    app.press("h")
    #expect(app.screen.contains("Hint 1:"), "\(app.screen)")
    #expect(!app.screen.contains("Hint 2:"))
    app.press("s")
    #expect(app.screen.contains("Show the solution"))
    app.press("x")
    #expect(!app.screen.contains("Show the solution"), "any other key keeps it hidden")
    let before = app.effects.count
    app.press("s", "y")
    #expect(app.effects.count == before + 1)
    #expect(app.effects.last == .showSolution(id, .flask, directory: "/home/me/projects/practice_flask"))
    app.send(
      .solution(
        exerciseID: id,
        [
          .init(
            path: "practice_flask/views.py",
            lines: LineDiff.lines(from: "a\nb\n", to: "a\nhealth\nb\n"))
        ]))
    #expect(app.screen.contains("+health"), "\(app.screen)")
  }

  @Test func eHandsTheFirstFileToTheEditor() {
    var (app, session, _) = Self.exerciseOpen()
    app.send(.practice(session, .unavailable(.noEnvironment)))
    app.press("e")
    guard case .edit(let path) = app.effects.last else {
      Issue.record("e opens the editor: \(app.effects)")
      return
    }
    #expect(path.hasPrefix("/home/me/projects/practice_flask/"))
  }

  @Test func withoutAProjectEnterOffersToGenerateItAndComingBackChecksAgain() {
    var (app, session, _) = Self.exerciseOpen()
    app.send(.practice(session, .unavailable(.noProject)))
    #expect(app.screen.contains("There is no practice project"))
    app.press("enter")
    guard case .generate(let generate) = app.state.screen else {
      Issue.record("Enter opens Generate:\n\(app.screen)")
      return
    }
    #expect(generate.name == "practice_flask")
    #expect(generate.folder == "/home/me/projects")
    app.press("esc")
    guard case .practice(let again, _, _, _) = app.effects.last else {
      Issue.record("coming back checks again: \(app.effects)")
      return
    }
    #expect(again != session)
  }

  @Test func aLessonsPOpensItsExercises() {
    var app = AppDriver(lessonFiles: GenerateScreenTests.course)
    app.press("enter")
    for _ in 0..<3 { app.press("down") }
    app.press("enter")
    app.press("p")
    guard case .practiceList = app.state.screen else {
      Issue.record("p in a lesson opens Practice:\n\(app.screen)")
      return
    }
  }
}

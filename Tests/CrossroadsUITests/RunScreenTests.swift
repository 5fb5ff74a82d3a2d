import Testing

@testable import CrossroadsCore
@testable import CrossroadsUI

/// The run screen's life driven through `update`, with the launch's events sent as the
/// runtime would send them.
struct RunScreenTests {
  static let directory = "/home/me/projects/blog"

  /// The app opened on a run screen, as `crossroads run DIR` opens it; returns its session.
  static func opened() -> (AppDriver, SessionID) {
    var app = AppDriver()
    let session = app.state.newSession()
    app.open(.run(RunScreen(directory: directory, session: session)))
    #expect(app.effects == [.launch(session, directory: directory)])
    app.effects = []
    return (app, session)
  }

  static func serve(_ app: inout AppDriver, _ session: SessionID, port: Int) {
    for event: LaunchEvent in [
      .started(.python), .finished(.python, "Python 3.11.7 (/usr/bin/python3)"),
      .started(.environment), .finished(.environment, "reused /cache/envs/3.11.7-abc"),
      .started(.server), .finished(.server, "Flask dev server on port \(port)"),
      .started(.ready), .finished(.ready, "http://127.0.0.1:\(port)/"),
      .serving(url: "http://127.0.0.1:\(port)/"),
      .started(.check),
      .endpoint(
        EndpointResult(
          method: "GET", path: "/", status: 200, expectedStatus: 200, expectedText: "Hello, Flask!",
          milliseconds: 3, bodyStart: "Hello, Flask!", passed: true, problem: "")),
      .finished(.check, "1 of 1 passed"),
    ] {
      app.send(.launch(session, event))
    }
  }

  static func runScreen(_ app: AppDriver) -> RunScreen? {
    if case .run(let screen) = app.state.screen { return screen }
    return nil
  }

  @Test func aRestartIgnoresTheOldLaunchsLateEvents() throws {
    var (app, first) = Self.opened()
    Self.serve(&app, first, port: 5000)
    app.press("r")
    let second = try #require(Self.runScreen(app)).launch
    #expect(second != first)
    #expect(app.effects.suffix(2) == [.cancel(first), .launch(second, directory: Self.directory)])
    Self.serve(&app, second, port: 5000)
    // The old launch's "stopped" arrives only now, after the new one serves.
    app.send(.launch(first, .serverExited(status: "killed by signal 15", lastLines: [])))
    app.send(.launch(first, .done(.stopped)))
    let screen = try #require(Self.runScreen(app))
    #expect(screen.outcome == nil, "the new launch is still serving")
    #expect(screen.isServing)
    #expect(!app.screen.contains("Stopped"))
    app.press("c")
    #expect(app.effects.last == .recheck(second), "c re-checks the new launch")
    app.press("s")
    #expect(app.effects.last == .cancel(second), "s stops the new launch")
  }

  @Test func lTogglesTheLogOnTheRunScreen() throws {
    var (app, session) = Self.opened()
    Self.serve(&app, session, port: 5000)
    #expect(try #require(Self.runScreen(app)).logOnly == false)
    app.press("l")
    #expect(try #require(Self.runScreen(app)).logOnly == true, "l shows the log alone, as its hint says")
    #expect(app.state.screens.count == 2, "l did not act as an arrow")
    app.press("l")
    #expect(try #require(Self.runScreen(app)).logOnly == false)
  }

  @Test func leavingTheScreenStopsTheLaunchAndTheTests() throws {
    var (app, launch) = Self.opened()
    Self.serve(&app, launch, port: 5000)
    app.press("t")
    guard case .runSampleTests(let tests, let directory) = app.effects.last else {
      Issue.record("t runs the sample's tests: \(app.effects)")
      return
    }
    #expect(directory == Self.directory)
    app.press("esc")
    #expect(app.effects.suffix(2) == [.cancel(launch), .cancel(tests)])
    #expect(app.state.screens.count == 1)
  }

  @Test func theTestsResultOfAnotherSessionIsDropped() throws {
    var (app, launch) = Self.opened()
    Self.serve(&app, launch, port: 5000)
    app.press("t")
    guard case .runSampleTests(let tests, _) = app.effects.last else {
      Issue.record("t runs the sample's tests: \(app.effects)")
      return
    }
    app.send(.sampleTests(SessionID(tests.value + 100), passed: false, summary: "1 failed"))
    #expect(!app.screen.contains("1 failed"))
    app.send(.sampleTestsOutput(tests, "tests/test_hello.py .."))
    #expect(app.screen.contains("running… tests/test_hello.py .."))
    app.send(.sampleTests(tests, passed: true, summary: "2 passed in 0.31s"))
    #expect(app.screen.contains("Its own tests: 2 passed in 0.31s"))
  }

  @Test func gThenHGoesHomeFromAnywhereAndStopsWhatRuns() throws {
    var (app, launch) = Self.opened()
    Self.serve(&app, launch, port: 5000)
    app.press("g", "h")
    #expect(app.state.screens.count == 1)
    #expect(app.effects.last == .cancel(launch))
  }

  @Test func oOpensTheURLWhileServing() throws {
    var (app, launch) = Self.opened()
    app.press("o")
    #expect(app.effects.isEmpty, "nothing to open before it serves")
    Self.serve(&app, launch, port: 5000)
    app.press("o")
    #expect(app.effects.last == .openURL("http://127.0.0.1:5000/"))
  }

  @Test func aColdInstallShowsItsLinesAndTheTimeSoFar() {
    var (app, session) = Self.opened()
    app.send(.launch(session, .started(.environment)))
    app.send(.launch(session, .elapsed(.environment, seconds: 3)))
    #expect(app.screen.contains("working, 3 s so far"), "\(app.screen)")
    app.send(.launch(session, .progress(.environment, "Collecting flask>=3.1.3  (4.0 s)")))
    app.send(.launch(session, .elapsed(.environment, seconds: 5)))
    #expect(app.screen.contains("Collecting flask>=3.1.3  (4.0 s), 5 s so far"))
    #expect(app.screen.contains("install: Collecting flask>=3.1.3"), "the installer's lines are in the log")
    app.send(.launch(session, .finished(.environment, "installed in 9.1 s")))
    app.send(.launch(session, .elapsed(.environment, seconds: 6)))
    #expect(!app.screen.contains("so far"), "a finished step stops counting")
  }

  @Test func theRunScreenWithItsStyles() {
    var (app, session) = Self.opened()
    Self.serve(&app, session, port: 5000)
    app.send(.launch(session, .log("127.0.0.1 - - \"GET / HTTP/1.1\" 200 -")))
    assertSnapshot(app.terminal.styledSnapshot, named: "run-serving-80x24-styled")
  }
}

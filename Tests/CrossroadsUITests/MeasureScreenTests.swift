import TestSupport
import Testing

@testable import CrossroadsCore
@testable import CrossroadsUI

/// The side-by-side screen, with the measure's events and figures injected as the runtime
/// would send them.
struct MeasureScreenTests {
  static func opened(features: [String] = ["orm"]) -> (AppDriver, SessionID) {
    var app = AppDriver()
    let session = app.state.newSession()
    let request = MeasureScreen.Request(features: features)
    app.open(.measure(MeasureScreen(request: request, session: session)))
    #expect(app.effects == [.measure(session, request)])
    app.effects = []
    return (app, session)
  }

  @Test func bothSidesStepsShowInTwoColumnsAsTheyHappen() {
    var (app, session) = Self.opened()
    for event: MeasureEvent in [
      .started(.flask, .generate), .finished(.flask, .generate, "wrote measured (12 files)"),
      .started(.django, .generate), .finished(.django, .generate, "wrote measured (20 files)"),
      .started(.flask, .launch(.environment)), .progress(.flask, .launch(.environment), "installing with uv"),
      .started(.django, .launch(.environment)),
      .failed(.django, .launch(.environment), "Django==9 not found"),
    ] {
      app.send(.measure(session, event))
    }
    assertSnapshot(app.terminal.styledSnapshot, named: "measure-steps-80x24-styled")
  }

  @Test func theResultIsTheTableWithItsSentencesAndScrolls() {
    var (app, session) = Self.opened()
    app.send(.measure(session, .done(MeasureReport.example())))
    assertSnapshot(app.screen, named: "measure-result-80x24")
    #expect(app.screen.contains("done"))
    app.press("pgdn")
    #expect(app.screen.contains("the same JSON from both"), "\(app.screen)")
  }

  @Test func anotherSessionsEventsAreDroppedAndLeavingStopsTheMeasure() throws {
    var (app, session) = Self.opened()
    app.send(.measure(SessionID(session.value + 50), .done(MeasureReport.example())))
    #expect(app.screen.contains("measuring…"), "a stale session's result is not this screen's")
    app.press("esc")
    #expect(app.effects == [.cancel(session)])
  }

  @Test func rMeasuresAgainInANewSession() throws {
    var (app, session) = Self.opened()
    app.press("r")
    guard case .measure(let again, let request) = app.effects.last else {
      Issue.record("r starts a new measure: \(app.effects)")
      return
    }
    #expect(again != session)
    #expect(request.features == ["orm"])
    #expect(app.effects.first == .cancel(session))
  }

  @Test func theHomeScreenAndTheAdvisorLeadHere() {
    var app = AppDriver()
    app.press("end", "up", "enter")
    guard case .measure = app.state.screen else {
      Issue.record("the last home entry is Both, side by side:\n\(app.screen)")
      return
    }
    var advisor = AppDriver()
    advisor.press("down", "down", "enter")
    for _ in 0..<6 { advisor.press("enter") }
    advisor.press("enter")
    #expect(advisor.screen.contains("m measure both"), "\(advisor.screen)")
    advisor.press("m")
    guard case .measure = advisor.state.screen else {
      Issue.record("m on the result measures both:\n\(advisor.screen)")
      return
    }
  }
}

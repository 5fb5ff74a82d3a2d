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

  /// Figures shaped like a real run's, set by hand.
  static func report() -> MeasureReport {
    var report = MeasureReport(
      features: ["orm"], requests: 20, server: .gunicorn, workers: 1, machine: "Linux, 2 cores")
    report.flask.complete = true
    report.flask.code = CodeCount(files: 12, pythonLines: 129, templateLines: 19, configLines: 7)
    report.flask.packages = [
      .init(name: "Flask", version: "3.1.3"), .init(name: "gunicorn", version: "23.0.0"),
    ]
    report.flask.environmentBytes = 12_300_000
    report.flask.installed = false
    report.flask.startSamples = [410, 400, 390]
    report.flask.rssBytes = 41_000_000
    report.flask.endpoints = [
      MeasuredEndpoint(
        method: "GET", path: "/api/data", status: 200, samples: [1.0, 1.1, 1.3],
        body: "{\"message\":\"Hello, this is some data!\"}\n")
    ]
    report.flask.throughput = 1000
    report.flask.tests = .init(count: 14, seconds: 1.3, passed: true, summary: "14 passed in 0.22s")
    report.django.complete = true
    report.django.code = CodeCount(files: 20, pythonLines: 236, templateLines: 16, configLines: 53)
    report.django.packages = [.init(name: "Django", version: "5.2.8")]
    report.django.environmentBytes = 45_100_000
    report.django.installed = false
    report.django.startSamples = [600, 650, 700]
    report.django.rssBytes = 52_000_000
    report.django.endpoints = [
      MeasuredEndpoint(
        method: "GET", path: "/api/data/", status: 200, samples: [1.0, 1.2, 1.3],
        body: "{\"message\": \"Hello, this is some data!\"}")
    ]
    report.django.throughput = 1500.5
    report.django.tests = .init(count: 13, seconds: 0.7, passed: true, summary: "Ran 13 tests in 0.021s: OK")
    return report
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
    app.send(.measure(session, .done(Self.report())))
    assertSnapshot(app.screen, named: "measure-result-80x24")
    #expect(app.screen.contains("done"))
    app.press("pgdn")
    #expect(app.screen.contains("the same JSON from both"), "\(app.screen)")
  }

  @Test func anotherSessionsEventsAreDroppedAndLeavingStopsTheMeasure() throws {
    var (app, session) = Self.opened()
    app.send(.measure(SessionID(session.value + 50), .done(Self.report())))
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
    app.press("end", "enter")
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

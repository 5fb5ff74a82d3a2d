import Testing

@testable import CrossroadsCore
@testable import CrossroadsUI

/// Clicks select and open; the wheel scrolls. Positions are where the screens draw things.
struct MouseTests {
  static func click(_ app: inout AppDriver, x: Int = 10, y: Int) {
    app.send(.key(.mouse(Key.Mouse(.press, at: Point(x: x, y: y)))))
  }

  /// The screen line that shows `text`, as a person would aim at it.
  static func line(of text: String, in app: AppDriver) -> Int? {
    app.terminal.frame.rows.firstIndex { $0.contains(text) }
  }

  @Test func aClickSelectsAHomeEntryAndASecondOpensIt() throws {
    var app = AppDriver()
    let compare = try #require(Self.line(of: "Compare ", in: app))
    Self.click(&app, y: compare)
    #expect(app.state.screens.count == 1, "the first click selects")
    #expect(app.terminal.frame.rows[compare].contains("› Compare"))
    Self.click(&app, y: compare)
    #expect(app.screen.contains("Compare: every code pair"), "the second opens")
  }

  @Test func aClickOnALessonOpensItAndTheWheelScrollsIt() throws {
    var app = AppDriver()
    app.press("enter")
    let first = try #require(Self.line(of: "01 ", in: app))
    Self.click(&app, y: first)
    Self.click(&app, y: first)
    guard case .lesson(let lesson) = app.state.screen else {
      Issue.record("the lesson did not open:\n\(app.screen)")
      return
    }
    #expect(lesson.scroll == 0)
    app.press("wheeldown")
    guard case .lesson(let scrolled) = app.state.screen else { return }
    #expect(scrolled.scroll == min(ScrollOffset.wheelLines, scrolled.maxScroll))
  }

  @Test func aClickOnAnAnswerChoosesItAndMovesOn() throws {
    var app = AppDriver()
    app.press("down", "down", "enter")
    #expect(app.screen.contains("Question 1 of"))
    let small = try #require(Self.line(of: "Small", in: app))
    Self.click(&app, y: small)
    Self.click(&app, y: small)
    #expect(app.screen.contains("Question 2 of"), "\(app.screen)")
    guard case .advisor(let advisor) = app.state.screen else { return }
    #expect(advisor.answers["size"] == ["small"])
  }

  @Test func clicksOffAnyListDoNothing() {
    var app = AppDriver()
    Self.click(&app, y: 0)
    Self.click(&app, y: 23)
    #expect(app.state.screens.count == 1)
    #expect(app.effects.isEmpty)
  }
}

extension MouseTests {
  @Test func clicksFocusTheFormTickAFeatureAndPressGenerate() throws {
    var app = AppDriver(lessonFiles: GenerateScreenTests.files)
    app.press("end", "up", "up", "enter")
    app.type("blog")
    let admin = try #require(Self.line(of: "[ ] admin", in: app))
    Self.click(&app, x: 14, y: admin)
    Self.click(&app, x: 14, y: admin)
    #expect(app.screen.contains("[x] admin"), "a second click ticks it:\n\(app.screen)")
    let button = try #require(Self.line(of: "[ Generate ]", in: app))
    Self.click(&app, x: 16, y: button)
    Self.click(&app, x: 16, y: button)
    guard case .generate(let request) = app.effects.last else {
      Issue.record("the second click on the button generates: \(app.effects)")
      return
    }
    #expect(request.name == "blog")
    #expect(request.features.contains("admin"))
  }

  @Test func aClickOnAFileOfThePreviewPicksItAndASecondOpensIt() throws {
    var app = AppDriver(lessonFiles: GenerateScreenTests.files)
    app.press("end", "up", "up", "enter")
    app.type("blog")
    let readme = try #require(Self.line(of: "README.md", in: app))
    Self.click(&app, x: 70, y: readme)
    Self.click(&app, x: 70, y: readme)
    #expect(app.screen.contains("Preview of blog/README.md"), "\(app.screen)")
  }
}

import Testing

@testable import CrossroadsCore
@testable import CrossroadsUI

struct ScreenTests {
  @Test func homeScreen() {
    let app = AppDriver()
    assertSnapshot(app.screen, named: "home-80x24")
  }

  @Test func lessonListShowsABrokenLessonWithItsError() {
    var app = AppDriver()
    app.press("enter")
    assertSnapshot(app.screen, named: "lesson-list-80x24")
    app.press("down")
    #expect(app.screen.contains("Lessons/02-broken.md:12: this code block is never closed with ```"))
    app.press("enter")
    #expect(app.screen.contains("Learn"), "a broken lesson does not open")
  }

  @Test func lessonScreenAt80x24() {
    var app = AppDriver()
    app.press("enter", "enter")
    assertSnapshot(app.screen, named: "lesson-80x24")
    app.press("pgdn")
    assertSnapshot(app.screen, named: "lesson-80x24-page2")
  }

  @Test func lessonScreenAt120x40InASCII() {
    var app = AppDriver(size: Size(width: 120, height: 40), glyphs: .ascii)
    app.press("enter", "enter")
    assertSnapshot(app.screen, named: "lesson-120x40-ascii")
  }

  @Test func helpOverlayListsTheScreensKeys() {
    var app = AppDriver()
    app.press("enter", "enter", "?")
    assertSnapshot(app.screen, named: "help-lesson-80x24")
    app.press("x")
    #expect(!app.state.helpVisible)
    #expect(app.effects.isEmpty, "closing help does nothing else")
  }

  @Test func tooSmallTerminalSaysSoAndRecovers() {
    var app = AppDriver()
    app.press("enter", "enter")
    app.resize(to: Size(width: 60, height: 20))
    assertSnapshot(app.screen, named: "too-small-60x20")
    app.press("down")
    app.resize(to: Size(width: 80, height: 24))
    #expect(app.screen.contains("Lesson 1: Two philosophies"))
  }

  @Test func keysDriveTheLoopFromHomeToALessonAndOut() {
    var app = AppDriver()
    app.press("down", "up", "enter")
    #expect(app.state.screens.count == 2)
    app.press("enter")
    guard case .lesson(let lesson) = app.state.screen else {
      Issue.record("expected the lesson screen, got \(app.state.screen)")
      return
    }
    #expect(lesson.scroll == 0)
    app.press("pgdn")
    guard case .lesson(let scrolled) = app.state.screen else { return }
    #expect(scrolled.scroll == min(21, scrolled.maxScroll))
    #expect(scrolled.scroll > 0)
    app.press("end")
    guard case .lesson(let bottom) = app.state.screen else { return }
    #expect(bottom.scroll == bottom.maxScroll)
    #expect(app.screen.contains("measures them that way."))
    app.press("esc")
    #expect(app.state.screens.count == 2)
    app.press("q")
    #expect(app.state.screens.count == 1)
    #expect(app.effects.isEmpty)
    app.press("q")
    #expect(app.effects == [.quit])
  }

  @Test func ctrlCAndSignalsQuitFromAnywhere() {
    for msg in [Msg.key(.control("c")), .signal(.terminate), .signal(.hangup), .signal(.interrupt)] {
      var app = AppDriver()
      app.press("enter", "enter", "?")
      app.send(msg)
      #expect(app.effects == [.quit], "\(msg)")
    }
  }

  @Test func resizingRelaysTheLessonOutAndKeepsScrollInRange() {
    var app = AppDriver()
    app.press("enter", "enter", "end")
    app.resize(to: Size(width: 160, height: 50))
    guard case .lesson(let lesson) = app.state.screen else { return }
    #expect(lesson.scroll <= lesson.maxScroll)
    #expect(lesson.lines.allSatisfy { $0.cellWidth <= 156 })
  }
}

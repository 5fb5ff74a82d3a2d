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

  /// A resize reflows the lesson; the reader stays at the text they were reading, through
  /// a narrower, a wider and a too-small terminal.
  @Test func aResizeKeepsTheReadersPlaceInTheLesson() {
    var app = AppDriver(size: Size(width: 120, height: 30))
    app.press("enter", "enter")
    while !(app.screen.split(separator: "\n").dropFirst().first?.contains("The smallest app") ?? true) {
      guard case .lesson(let lesson) = app.state.screen, lesson.scroll < lesson.maxScroll else {
        Issue.record("the heading never reached the top")
        return
      }
      app.press("down")
    }
    for size in [Size(width: 80, height: 24), Size(width: 60, height: 20), Size(width: 160, height: 40)] {
      app.resize(to: size)
      if app.state.isTooSmall { continue }
      let top = app.screen.split(separator: "\n").dropFirst().first ?? ""
      #expect(top.contains("The smallest app"), "at \(size.width)x\(size.height) the top line is \(top)")
    }
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
    #expect(app.screen.contains("Press t to take its knowledge check"))
    app.press("esc")
    #expect(app.state.screens.count == 2)
    let saved = CourseProgress(positions: ["basics": bottom.maxScroll], lastLesson: "basics")
    #expect(app.effects == [.saveProgress(saved)], "leaving a lesson saves where it was left")
    app.press("q")
    #expect(app.state.screens.count == 1)
    app.press("q")
    #expect(app.effects == [.saveProgress(saved), .quit])
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

  @Test func passingTheCheckMarksTheLessonDone() {
    var app = AppDriver()
    app.press("enter", "enter", "t")
    assertSnapshot(app.screen, named: "check-question-80x24")
    app.press("down", "enter")
    assertSnapshot(app.screen, named: "check-wrong-answer-80x24")
    app.press("enter")
    guard case .check(let failed) = app.state.screen else {
      Issue.record("expected the check, got \(app.state.screen)")
      return
    }
    #expect(failed.finished && failed.correctAnswers == 0)
    #expect(app.state.progress.done.isEmpty)
    app.press("r", "a", "enter", "enter")
    #expect(app.state.progress.done == ["basics"])
    #expect(app.effects.last == .saveProgress(app.state.progress))
    app.press("enter", "esc")
    assertSnapshot(app.screen, named: "lesson-list-one-done-80x24")
  }

  @Test func resettingALessonAsksFirst() {
    var app = AppDriver(
      progress: CourseProgress(done: ["basics"], positions: ["basics": 4], lastLesson: "basics"))
    app.press("enter", "x")
    #expect(app.screen.contains("Forget your progress in 'basics'?"))
    app.press("n")
    #expect(app.state.progress.done == ["basics"], "any key but y keeps it")
    app.press("x", "y")
    #expect(app.state.progress == CourseProgress())
    #expect(app.effects == [.saveProgress(CourseProgress())])
  }

  @Test func aLessonReopensWhereItWasLeft() {
    var app = AppDriver(progress: CourseProgress(positions: ["basics": 5], lastLesson: "basics"))
    app.press("enter", "enter")
    guard case .lesson(let lesson) = app.state.screen else {
      Issue.record("expected the lesson, got \(app.state.screen)")
      return
    }
    #expect(lesson.scroll == 5)
  }

  @Test func aNoticeShowsUntilTheNextKey() {
    var app = AppDriver(notice: "Your progress file could not be read; it is kept as /x.corrupt.")
    #expect(app.screen.contains("it is kept as /x.corrupt."))
    app.press("down")
    #expect(!app.screen.contains("corrupt"))
  }
}

struct CompareTests {
  @Test func compareListsEveryPairByTopic() {
    var app = AppDriver()
    app.press("down", "enter")
    assertSnapshot(app.screen, named: "compare-80x24")
    app.press("enter")
    assertSnapshot(app.screen, named: "pair-80x24")
  }

  @Test func tabFocusesOneSideAndZoomWidensIt() {
    var app = AppDriver()
    app.press("down", "enter", "down", "enter", "down")
    guard case .pair(let together) = app.state.screen else {
      Issue.record("expected the pair screen, got \(app.state.screen)")
      return
    }
    #expect(together.flaskScroll == 1 && together.djangoScroll == 1, "both sides scroll together")
    app.press("tab", "down", "down")
    guard case .pair(let alone) = app.state.screen else { return }
    #expect(alone.focus == .flask)
    #expect(alone.flaskScroll == 3 && alone.djangoScroll == 1, "the focused side scrolls alone")
    app.press("tab", "z")
    #expect(app.screen.contains("# line 2 of the Django side"))
    #expect(!app.screen.contains("of the Flask side"), "zoom shows only the focused side")
    assertSnapshot(app.screen, named: "pair-zoomed-80x24")
  }

  @Test func cInALessonOpensThePairSideBySide() {
    var app = AppDriver()
    app.press("enter", "enter", "c")
    guard case .pair(let pair) = app.state.screen else {
      Issue.record("expected the pair screen, got \(app.state.screen)")
      return
    }
    #expect(pair.lessonID == "basics" && pair.pairIndex == 0)
  }
}

/// A progress file that could not be read nor moved aside is never saved over.
struct RememberedTests {
  /// Whether reading a lesson and leaving it (which keeps the place read) saves progress.
  private func savesOnLeavingALesson(_ remembered: Remembered) -> Bool {
    var driver = AppDriver()
    driver.send(.remembered(remembered))
    driver.press("enter", "enter")
    guard case .lesson = driver.state.screens.last else {
      Issue.record("no lesson opened: \(driver.state.screens)")
      return false
    }
    driver.press("pgdn", "esc")
    return driver.effects.contains { if case .saveProgress = $0 { true } else { false } }
  }

  @Test func progressIsSavedOnlyWhenItMayBe() {
    #expect(savesOnLeavingALesson(Remembered()))
    #expect(!savesOnLeavingALesson(Remembered(savesProgress: false)))
  }

  @Test func rememberedProgressReplacesTheEmptyStart() {
    var progress = CourseProgress()
    progress.lastLesson = "basics"
    var driver = AppDriver()
    driver.send(.remembered(Remembered(progress: progress, notice: "kept aside")))
    #expect(driver.state.progress == progress)
    #expect(driver.state.notice == "kept aside")
  }
}

/// The runtime draws each frame into the cells of an earlier one: `view` must leave nothing
/// of that frame, whatever it held.
struct FrameReuseTests {
  @Test func aFrameDrawnOverAnotherIsTheFrameDrawnAfresh() {
    let driver = AppDriver()
    var fresh = Canvas(size: driver.state.size)
    view(driver.state, into: &fresh)
    var reused = Canvas(size: driver.state.size)
    for y in 0..<reused.size.height {
      reused.put(String(repeating: "x日", count: 40), x: 0, y: y, style: .title)
    }
    view(driver.state, into: &reused)
    #expect(reused == fresh)
  }
}

import Testing

@testable import CrossroadsCore
@testable import CrossroadsUI

/// The questionnaire in the terminal, driven by keys as a person would.
struct AdvisorTests {
  static let storage = AdvisorStorage(
    lastAnswersPath: "/state/crossroads/answers.json", exportPath: "/work/crossroads-answers.json")

  /// Opens "Which fits my project?" from home.
  func openAdvisor(storage: AdvisorStorage = Self.storage, size: Size = Size(width: 80, height: 24))
    -> AppDriver
  {
    var app = AppDriver(size: size, storage: storage)
    app.press("down", "down", "enter")
    return app
  }

  static let questionnaire: Questionnaire = {
    do {
      return try QuestionnaireParser.parse(
        AppDriver.fixtureFiles[Questionnaire.fileName] ?? "", file: "q.yaml")
    } catch {
      fatalError("the questionnaire does not parse: \(error)")
    }
  }()

  func advisor(_ app: AppDriver) -> AdvisorScreen? {
    if case .advisor(let screen) = app.state.screen { screen } else { nil }
  }

  @Test func aQuestionScreenShowsProgressChoicesAndWhyTheHighlightedOneCounts() {
    var app = openAdvisor()
    assertSnapshot(app.screen, named: "advisor-question-80x24")
    app.press("enter", "enter", "up")
    #expect(app.screen.contains("Question 3 of 6"))
    #expect(app.screen.hasSuffix(" 3/6 \"\n"), "the status line shows the progress")
    #expect(app.screen.contains("Favours Flask by 2."))
  }

  @Test func checkboxesToggleWithSpaceAndEnterConfirms() {
    var app = openAdvisor()
    app.press("enter", "enter", "enter")
    #expect(app.screen.contains("What does it need?"))
    app.press("space", "down", "space", "down", "space", "up", "space")
    #expect(advisor(app)?.answers["needs"] == ["admin", "auth"])
    assertSnapshot(app.screen, named: "advisor-checkboxes-80x24")
    app.press("enter")
    #expect(app.screen.contains("Question 5 of 6"))
  }

  @Test func goingBackKeepsEveryAnswer() {
    var app = openAdvisor()
    app.press("up", "enter", "up", "enter", "up", "enter", "space", "enter")
    #expect(advisor(app)?.step == .question(4))
    app.press("esc", "backspace", "left", "k")
    // Esc, Backspace and Left each go back a question; k moves the cursor up.
    #expect(advisor(app)?.step == .question(1))
    #expect(advisor(app)?.answers["size"] == ["small"])
    #expect(advisor(app)?.answers["team"] == ["solo"])
    #expect(advisor(app)?.answers["horizon"] == ["prototype"])
    #expect(advisor(app)?.answers["needs"] == ["admin"])
    app.press("esc", "esc")
    #expect(app.state.screens.count == 1, "back from the first question is home")
  }

  @Test func keysLeadFromTheFirstQuestionToTheResult() {
    var app = openAdvisor()
    // A small team that needs an admin, accounts and a database quickly.
    app.press("enter", "enter", "up", "enter")
    app.press("space", "down", "space", "down", "space", "enter")
    app.press("enter", "enter")
    #expect(advisor(app)?.step == .summary)
    #expect(app.screen.contains("Admin, Database, User accounts"))
    app.press("enter")
    #expect(advisor(app)?.step == .result)
    #expect(advisor(app)?.recommendation?.verdict == .django)
    assertSnapshot(app.screen, named: "advisor-result-80x24")
    let expected = Recommender(questionnaire: Self.questionnaire).recommend(
      Answers(["horizon": ["prototype"], "needs": ["admin", "orm", "auth"]]))
    #expect(advisor(app)?.recommendation == expected)
    // Reaching the result remembers the answers, through the runtime.
    guard case .saveAnswers(let save) = app.effects.last else {
      Issue.record("no save effect: \(app.effects)")
      return
    }
    #expect(save.purpose == .remember)
    #expect(save.path == "/state/crossroads/answers.json")
    #expect(save.contents.contains(#""needs": ["admin", "orm", "auth"]"#))
  }

  @Test func gOnTheResultOpensTheMatchingSample() {
    var app = AppDriver(lessonFiles: GenerateScreenTests.files, storage: Self.storage)
    app.press("down", "down", "enter")
    app.press("enter", "enter", "up", "enter")
    app.press("space", "down", "space", "down", "space", "enter")
    app.press("enter", "enter", "enter", "g")
    guard case .generate(let generate) = app.state.screen else {
      Issue.record("expected the generate screen, got \(app.state.screen)")
      return
    }
    #expect(generate.framework == .django)
    #expect(generate.ticked == ["admin", "orm", "auth"])
    #expect(generate.answers?["needs"] == ["admin", "orm", "auth"])
  }

  @Test func theSummaryEditsOneAnswerAndComesBack() {
    var app = openAdvisor()
    app.press("enter", "enter", "enter", "enter", "enter", "enter")
    #expect(advisor(app)?.step == .summary)
    app.press("home", "down", "enter")
    #expect(advisor(app)?.step == .question(1))
    app.press("down", "enter")
    #expect(advisor(app)?.step == .summary)
    #expect(advisor(app)?.answers["team"] == ["large"])
    #expect(advisor(app)?.cursor == 1)
  }

  @Test func manyReasonsScrollAndTheHighlightedOneIsShownInFull() {
    var app = openAdvisor()
    // Every answer that counts: twelve reasons, more than fit at 80x24.
    app.press("up", "enter", "up", "enter", "up", "enter")
    app.press("space", "down", "space", "down", "space", "down", "space", "down", "space", "down", "space")
    app.press("down", "space", "enter", "down", "enter", "up", "enter", "enter")
    let result = advisor(app)?.recommendation
    #expect(result?.reasons.count == 12)
    #expect(!app.screen.contains("experience: beginner"))
    #expect(app.screen.contains("▼"))
    app.press("end", "down", "down", "down", "down", "down", "down", "down", "down", "down", "down", "down")
    #expect(advisor(app)?.cursor == 11)
    #expect(app.screen.contains("› +1 Flask  experience: beginner"))
    #expect(app.screen.contains("▲"))
    #expect(app.screen.contains("sessions and templates visible while you learn."))
    app.resize(to: Size(width: 100, height: 40))
    app.resize(to: Size(width: 80, height: 24))
    #expect(app.screen.contains("› +1 Flask  experience: beginner"), "the highlighted reason stays in view")
  }

  @Test func savingAndStartingOverFromTheResult() {
    var app = openAdvisor()
    app.press("enter", "enter", "enter", "enter", "enter", "enter", "enter")
    #expect(advisor(app)?.step == .result)
    app.press("s")
    guard case .saveAnswers(let save) = app.effects.last else {
      Issue.record("no save effect")
      return
    }
    #expect(save.purpose == .export)
    #expect(save.path == "/work/crossroads-answers.json")
    app.send(.answersSaved(save, failure: nil))
    #expect(app.screen.contains("Saved to /work/crossroads-answers.json"))
    app.send(.answersSaved(save, failure: "Permission denied"))
    #expect(app.screen.contains("Could not save the answers: Permission denied"))
    app.press("r")
    #expect(advisor(app)?.step == .question(0))
    #expect(advisor(app)?.answers == Self.questionnaire.defaults)
  }

  @Test func rememberedAnswersAreOfferedOnTheNextVisit() {
    let storage = AdvisorStorage(
      lastAnswersPath: "/s/answers.json", lastAnswersText: #"{"size": "large", "security": "high"}"#)
    var app = openAdvisor(storage: storage)
    #expect(advisor(app)?.step == .offer)
    #expect(app.screen.contains("Last time you answered:"))
    app.press("enter")
    #expect(advisor(app)?.step == .summary)
    #expect(advisor(app)?.answers["security"] == ["high"])
    app.press("esc", "esc", "esc", "esc", "esc", "esc", "esc")
    #expect(app.state.screens.count == 1)
    app.press("enter")
    app.press("down", "enter")
    #expect(advisor(app)?.step == .question(0))
    #expect(advisor(app)?.answers["size"] == ["medium"], "starting afresh takes the defaults")
  }

  @Test func answersRememberedInThisSessionAreOfferedOnReturning() {
    var app = openAdvisor()
    app.press("enter", "enter", "enter", "enter", "enter", "enter", "enter")
    guard case .saveAnswers(let save) = app.effects.last else { return }
    app.send(.answersSaved(save, failure: nil))
    app.press("esc", "esc", "esc", "esc", "esc", "esc", "esc", "esc")
    #expect(app.state.screens.count == 1)
    app.press("enter")
    #expect(advisor(app)?.step == .offer)
  }

  /// Not offered, said so, and not overwritten by the next result.
  @Test func rememberedAnswersThatNoLongerFitAreNotOfferedNorOverwritten() {
    let storage = AdvisorStorage(lastAnswersPath: "/s/answers.json", lastAnswersText: #"{"size": "huge"}"#)
    var app = AppDriver(storage: storage)
    // Said at the first key, when the questionnaire is read.
    app.press("down")
    #expect(app.screen.contains("Your saved answers do not fit"))
    app.press("down", "enter")
    #expect(advisor(app)?.step == .question(0))
    app.press("enter", "enter", "enter", "enter", "enter", "enter", "enter")
    #expect(advisor(app)?.step == .result)
    #expect(
      !app.effects.contains {
        if case .saveAnswers(let save) = $0 { save.purpose == .remember } else { false }
      },
      "the unreadable file is not replaced")
  }

  /// `s` over an existing file asks first: only "y" replaces it.
  @Test func savingOverAnExistingFileAsksFirst() {
    var app = openAdvisor()
    app.press("enter", "enter", "enter", "enter", "enter", "enter", "enter")
    app.press("s")
    guard case .saveAnswers(let save) = app.effects.last else {
      Issue.record("no save effect")
      return
    }
    #expect(!save.replacing, "a file in the person's folder is not replaced unasked")
    app.send(.answersExist(save))
    #expect(app.screen.contains("crossroads-answers.json exists here. Replace it?"), "\(app.screen)")
    let effects = app.effects.count
    app.press("n")
    #expect(app.effects.count == effects, "n writes nothing")
    #expect(app.screen.contains("Not saved"))
    #expect(advisor(app)?.step == .result)
    app.press("s")
    app.send(.answersExist(save))
    app.press("y")
    guard case .saveAnswers(let replacing) = app.effects.last else {
      Issue.record("y saves")
      return
    }
    #expect(replacing.replacing && replacing.path == save.path)
  }

  @Test func aBrokenQuestionnaireSaysWhereInsteadOfAsking() {
    var files = AppDriver.fixtureFiles
    files[Questionnaire.fileName] = "questions:\n  - id: size\n"
    var app = AppDriver(lessonFiles: files)
    app.press("down", "down", "enter")
    #expect(app.screen.contains("Lessons/questionnaire.yaml:2: 'prompt' is missing"))
    app.press("esc")
    #expect(app.state.screens.count == 1)
  }

  @Test func theResultInASCIIAtALargerSize() {
    var app = AppDriver(size: Size(width: 100, height: 30), glyphs: .ascii, storage: Self.storage)
    app.press("down", "down", "enter")
    // A solo beginner's small prototype with a JSON API.
    app.press("up", "enter", "up", "enter", "up", "enter", "down", "down", "down", "down", "space", "enter")
    app.press("enter", "up", "enter", "enter")
    #expect(advisor(app)?.recommendation?.verdict == .flask)
    assertSnapshot(app.screen, named: "advisor-result-100x30-ascii")
  }
}

extension AdvisorTests {
  @Test func aSeventhQuestionInTheDataIsAskedAndCounted() throws {
    var files = AppDriver.fixtureFiles
    files[Questionnaire.fileName] =
      try #require(files[Questionnaire.fileName]) + """

          - id: hosting
            prompt: Where will it run?
            choose: one
            default: anywhere
            answers:
              - {id: anywhere, label: Anywhere, detail: any host, with: any host, flask: 0, django: 0,
                 why: Both run anywhere.}
              - {id: serverless, label: Serverless, detail: functions, with: serverless functions,
                 flask: 2, django: 0, why: A small Flask app starts fast enough for functions.}

        """
    var app = AppDriver(lessonFiles: files)
    app.press("down", "down", "enter")
    #expect(app.screen.contains("1/7"), "\(app.screen)")
    for _ in 0..<6 { app.press("enter") }
    #expect(app.screen.contains("Where will it run?"), "\(app.screen)")
    app.press("down", "enter", "enter")
    #expect(app.screen.contains("hosting: serverless"), "the reason names the seventh answer:\n\(app.screen)")
  }
}

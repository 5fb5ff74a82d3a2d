import Foundation
import Testing

@testable import CrossroadsCore

/// The questionnaire's parser, answers files and the JSON the advisor prints.
struct AdviceFilesTests {
  let questionnaire = RecommenderTests.questionnaire

  static let minimal = """
    questions:
      - id: size
        prompt: How large?
        choose: one
        default: small
        answers:
          - {id: small, label: Small, detail: d, with: w, flask: 2, django: 0, why: Because.}
          - {id: large, label: Large, detail: d, with: w, flask: 0, django: 2, why: Because.}
    """

  @Test func aMinimalQuestionnaireParses() throws {
    let parsed = try QuestionnaireParser.parse(Self.minimal, file: "q.yaml")
    #expect(parsed.questions.map(\.id) == ["size"])
    #expect(parsed.defaults == Answers(["size": ["small"]]))
  }

  @Test(arguments: [
    ("flask: 2,", "flask: 7,", "q.yaml:7: flask must be a whole number from 0 to 3"),
    (
      "default: small", "default: huge",
      "q.yaml:5: the default 'huge' is not one of the answers: small, large"
    ),
    ("choose: one", "choose: many", "q.yaml:4: choose must be 'one' (radio choices) or 'any' (checkboxes)"),
    (
      "prompt: How large?", "prompt: How large?\n    colour: red",
      "q.yaml:4: unknown key 'colour'; "
        + "expected one of: answers, choose, default, id, prompt"
    ),
    ("id: large,", "id: small,", "q.yaml:8: the answer id 'small' is used twice in 'size'"),
    ("why: Because.}\n      - {id: large", "}\n      - {id: large", "q.yaml:7: 'why' is missing"),
    ("answers:", "answers: [", "q.yaml:7: YAML: did not find expected node content"),
  ])
  func mistakesInTheQuestionnaireSayWhere(find: String, replace: String, expected: String) {
    let yaml = Self.minimal.replacing(find, with: replace, maxReplacements: 1)
    #expect(throws: (any Error).self) { try QuestionnaireParser.parse(yaml, file: "q.yaml") }
    do {
      _ = try QuestionnaireParser.parse(yaml, file: "q.yaml")
    } catch {
      #expect(error.description == expected)
    }
  }

  @Test func answersFilesRoundTripInQuestionnaireOrder() throws {
    let answers = Answers(["needs": ["orm", "admin"], "size": ["small"], "team": ["solo"]])
    let text = AnswersFile.encode(answers, questionnaire: questionnaire)
    #expect(
      text == "{\n  \"size\": \"small\",\n  \"team\": \"solo\",\n  \"needs\": [\"admin\", \"orm\"]\n}\n")
    let parsed = try AnswersFile.parse(text, file: "a.json", questionnaire: questionnaire)
    #expect(parsed == Answers(["size": ["small"], "team": ["solo"], "needs": ["admin", "orm"]]))
    #expect(AnswersFile.encode(Answers(), questionnaire: questionnaire) == "{}\n")
  }

  @Test func needsMayBeACommaSeparatedText() throws {
    let parsed = try AnswersFile.parse(
      #"{"needs": "orm, admin", "security": "high"}"#, file: "a.json", questionnaire: questionnaire)
    #expect(parsed["needs"] == ["admin", "orm"])
    #expect(parsed["security"] == ["high"])
  }

  @Test(arguments: [
    (
      "{\n  \"size\": \"huge\"\n}",
      "a.json:2: unknown value 'huge' for size; valid values: small, medium, large"
    ),
    (
      "{\n  \"size\": \"small\",\n  \"colour\": \"red\"\n}",
      "a.json:3: unknown key 'colour'; valid keys: size, team, horizon, needs, security, experience"
    ),
    (
      "{\n  \"needs\": [\"admin\", \"gui\"]\n}",
      "a.json:2: unknown value 'gui' for needs; valid values: admin, orm, auth, html, api, microservice, custom"
    ),
    ("{\n  \"size\": [\"small\"]\n}", "a.json:2: size takes one text value: small, medium, large"),
    (
      "{\n  \"size\": \"small\",,\n}",
      "a.json:1: this is not valid JSON (cut short, or a stray comma or quote?); "
        + "expected an object such as {\"size\": \"small\"}"
    ),
    (
      "[1, 2]", "a.json:1: the answers must be a JSON object of keys to values, such as {\"size\": \"small\"}"
    ),
    ("", "a.json:1: the file is empty; expected a JSON object"),
    (" \n", "a.json:1: the file is empty; expected a JSON object"),
    ("{\n  \"size\": 5\n}", "a.json:2: size takes a text, or a list of texts such as [\"admin\", \"orm\"]"),
    (
      "{\"needs\": [\"orm\", true]}",
      "a.json:1: needs takes a text, or a list of texts such as [\"admin\", \"orm\"]"
    ),
    ("{\"size\": null}", "a.json:1: size takes a text, or a list of texts such as [\"admin\", \"orm\"]"),
  ])
  func malformedAnswersFilesSayWhere(text: String, expected: String) {
    do {
      _ = try AnswersFile.parse(text, file: "a.json", questionnaire: questionnaire)
      Issue.record("expected an error for \(text)")
    } catch {
      #expect(error.description == expected)
    }
  }

  /// Answers are JSON, and their errors speak of JSON: never of YAML or its parser's limits.
  @Test(arguments: [
    String(repeating: "[", count: 10_000), "{\"size\": \"sm", "{size: small}", "{\"size\": 'small'}",
    "size: small", "{\"a\": {\"b\": {}}}", "\u{FEFF}{\"size\": [}",
  ])
  func jsonMistakesAreReportedAsJSON(text: String) {
    do {
      _ = try AnswersFile.parse(text, file: "a.json", questionnaire: questionnaire)
      Issue.record("expected an error for \(text.prefix(40))")
    } catch {
      #expect(!error.description.lowercased().contains("yaml"), "\(error)")
      #expect(error.description.hasPrefix("a.json:1: "), "\(error)")
    }
  }

  @Test func theJSONHasTheDocumentedKeysInOrder() throws {
    let result = Recommender(
      questionnaire: questionnaire, samples: SampleManifest.all(in: SampleRendererTests.content)
    )
    .recommend(
      Answers(["team": ["small"], "horizon": ["prototype"], "needs": ["admin", "auth", "orm"]]))
    let json = result.json
    #expect(
      json == """
        {
          "recommendation": "django",
          "lean": "django",
          "scores": {"flask": 2, "django": 6},
          "confidence": 0.4,
          "reasons": [
            {"answer": "needs: admin", "favours": "django", "weight": 3, "why": \
        "Django's admin gives staff editing screens with login and permissions; Flask-Admin has no login of its own."},
            {"answer": "horizon: prototype", "favours": "flask", "weight": 2, "why": \
        "A Flask prototype runs from one file within minutes, with no project to generate first."},
            {"answer": "needs: auth", "favours": "django", "weight": 2, "why": \
        "Django ships users, password hashing and login views; Flask-Login stores no users and ships no views."},
            {"answer": "needs: orm", "favours": "django", "weight": 1, "why": \
        "Django's ORM and migrations are built in; Flask adds Flask-SQLAlchemy and Flask-Migrate, which serve well."}
          ],
          "what_if": null,
          "features": ["orm", "admin", "auth"]
        }

        """)
    // And it is valid JSON with exactly these keys.
    let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(
      Set(object.keys) == [
        "recommendation", "lean", "scores", "confidence", "reasons", "what_if", "features",
      ])
  }

  @Test func anEvenResultPrintsNullForWhatIfAndEmptyLists() throws {
    let json = Recommender(questionnaire: questionnaire).recommend(Answers(["security": ["high"]])).json
    #expect(json.contains("\"what_if\": null"))
    #expect(json.contains("\"features\": []"))
    let empty = Recommender(questionnaire: questionnaire).recommend(Answers()).json
    #expect(empty.contains("\"reasons\": [],"))
    #expect(empty.contains("\"confidence\": 0,"))
    _ = try JSONSerialization.jsonObject(with: Data(empty.utf8))
  }

  @Test func jsonStringsAreEscaped() {
    #expect(JSONText.string("a \"b\" \\ \n\u{1}") == #""a \"b\" \\ \n\u0001""#)
    #expect(JSONText.fraction(0.05) == "0.05")
    #expect(JSONText.fraction(0.5) == "0.5")
    #expect(JSONText.fraction(1) == "1")
  }

  @Test func atomicSaveReplacesTheFileAndLeavesNoTemporaryFile() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "atomic-\(UUID().uuidString)").path()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/state/crossroads/answers.json"
    try AtomicFile.save("one", to: path, creatingFolders: true)
    try AtomicFile.save("two", to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder + "/state/crossroads") == ["answers.json"])
    #expect(throws: FileWriteError.self) { try AtomicFile.save("x", to: "/proc/no/such/place/a.json") }
  }

  @Test func stateLivesUnderXDGStateHomeOrTheHomeFolder() {
    #expect(
      StatePaths.answers(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/crossroads/answers.json")
    #expect(
      StatePaths.answers(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"])
        == "/h/.local/state/crossroads/answers.json")
    #expect(StatePaths.answers(environment: [:]) == nil)
  }
}

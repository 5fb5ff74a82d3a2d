import Foundation
import Testing

/// `crossroads advise`, run as scripts run it: flags, files, JSON, and mistakes.
struct AdviseCommandTests {
  func advise(_ arguments: String...) throws -> (status: Int32, output: String, errors: String) {
    try Tmux.run([crossroadsBinary, "advise"] + arguments)
  }

  func json(_ arguments: String...) throws -> [String: Any] {
    let result = try Tmux.run([crossroadsBinary, "advise", "--json"] + arguments)
    #expect(result.status == 0, "\(result.errors)")
    return try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
  }

  @Test func theFourScenariosOfTheIssue() throws {
    let beginner = try json(
      "--size", "small", "--team", "solo", "--horizon", "prototype", "--experience", "beginner")
    #expect(beginner["recommendation"] as? String == "flask")
    let enterprise = try json(
      "--size", "large", "--team", "large", "--horizon", "long-term", "--security", "high")
    #expect(enterprise["recommendation"] as? String == "django")
    let microservice = try json("--needs", "microservice,custom")
    #expect(microservice["recommendation"] as? String == "flask")
    let backOffice = try json("--team", "small", "--horizon", "prototype", "--needs", "admin,auth,orm")
    #expect(backOffice["recommendation"] as? String == "django")
    #expect(backOffice["features"] as? [String] == ["orm", "admin", "auth"])
  }

  /// A copy of the course whose questionnaire has a seventh question, added as data only.
  static func courseWithASeventhQuestion() throws -> String {
    let lessons = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appending(path: "Lessons")
    let copy = FileManager.default.temporaryDirectory.appending(path: "seventh-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: lessons, to: copy)
    let file = copy.appending(path: "questionnaire.yaml")
    let seventh = """

        - id: hosting
          prompt: Where will it run?
          choose: one
          default: anywhere
          answers:
            - id: anywhere
              label: Anywhere
              detail: a server or a platform
              with: any host
              flask: 0
              django: 0
              why: Both run on any host that runs Python.
            - id: serverless
              label: Serverless
              detail: functions that start per request
              with: serverless functions
              flask: 2
              django: 0
              why: A small Flask app starts fast enough for functions that start on each request.

      """
    try (try String(contentsOf: file, encoding: .utf8) + seventh).write(
      to: file, atomically: true, encoding: .utf8)
    return copy.path()
  }

  @Test func aSeventhQuestionInTheDataIsAFlagItsHelpAndAReason() throws {
    let course = try Self.courseWithASeventhQuestion()
    defer { try? FileManager.default.removeItem(atPath: course) }
    let help = try advise("--lessons", course, "--help")
    #expect(help.output.contains("--hosting anywhere|serverless"), "\(help.output)")
    #expect(help.output.contains("Where will it run?"))
    let flagged = try json("--lessons", course, "--hosting", "serverless")
    let reasons = try #require(flagged["reasons"] as? [[String: Any]])
    #expect(reasons.contains { $0["answer"] as? String == "hosting: serverless" }, "\(reasons)")
    let answers = course + "/answers.json"
    try #"{"hosting": "serverless"}"#.write(toFile: answers, atomically: true, encoding: .utf8)
    let fromFile = try json("--lessons", course, "--answers", answers)
    #expect(fromFile["scores"] as? [String: Int] == flagged["scores"] as? [String: Int])
    // The built-in course has no such question, and says which it has.
    let refused = try advise("--hosting", "serverless")
    #expect(refused.status != 0)
    #expect(refused.errors.contains("--hosting is not a question"), "\(refused.errors)")
  }

  @Test func theJSONHasExactlyTheDocumentedShape() throws {
    let result = try advise("--json", "--needs", "api")
    #expect(result.status == 0)
    let keys = result.output.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("  \""), let end = line.dropFirst(3).firstIndex(of: "\"") else { return nil }
      return String(line[line.index(line.startIndex, offsetBy: 3)..<end])
    }
    #expect(keys == ["recommendation", "lean", "scores", "confidence", "reasons", "what_if", "features"])
    let object = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    #expect(object["recommendation"] as? String == "either")
    #expect(object["lean"] as? String == "flask")
    let scores = try #require(object["scores"] as? [String: Int])
    #expect(scores == ["flask": 1, "django": 0])
    let confidence = try #require(object["confidence"] as? Double)
    #expect((0...1).contains(confidence))
    let reasons = try #require(object["reasons"] as? [[String: Any]])
    #expect(reasons.count == 1)
    #expect(Set(reasons[0].keys) == ["answer", "favours", "weight", "why"])
    #expect(reasons[0]["answer"] as? String == "needs: api")
    #expect(reasons[0]["favours"] as? String == "flask")
    #expect(reasons[0]["weight"] as? Int == 1)
    #expect(object["what_if"] as? String == "With years of maintenance ahead, Django would lead.")
    #expect(object["features"] as? [String] == [])
  }

  @Test func plainOutputIsAReadableSummaryThatStatesTheDefaults() throws {
    let result = try advise("--size", "large")
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("Django fits best (confidence 30%, moderate)."))
    #expect(result.output.contains("What would change it: "))
    #expect(
      result.output.contains(
        "Defaults taken: team small, horizon product, needs none, security normal, experience experienced."))
    let help = try Tmux.run([crossroadsBinary, "advise", "--help"])
    for stated in [
      "(default: medium)", "(default: small)", "(default: product)", "(default: none)",
      "(default: normal)", "(default: experienced)",
    ] {
      #expect(help.output.contains(stated), "--help states \(stated)")
    }
  }

  @Test func answersFilesAreReadAndFlagsOverrideThem() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "advise-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appending(path: "answers.json").path()
    try #"{"size": "large", "team": "large", "needs": ["admin"]}"#.write(
      toFile: file, atomically: true, encoding: .utf8)
    #expect(try json("--answers", file)["recommendation"] as? String == "django")
    let overridden = try json(
      "--answers", file, "--size", "small", "--team", "solo", "--needs", "microservice")
    #expect(overridden["recommendation"] as? String == "flask")
    // --save-answers writes every answer, defaults included, and that file reads back the same.
    // Into a folder that does not exist: said, and nothing created.
    let nested = folder.appending(path: "nested/saved.json").path()
    let refused = try advise("--json", "--answers", file, "--save-answers", nested)
    #expect(refused.status != 0)
    #expect(refused.errors.contains("does not exist; create it first"), "\(refused.errors)")
    #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "nested").path()))
    let saved = folder.appending(path: "saved.json").path()
    let first = try advise("--json", "--answers", file, "--security", "high", "--save-answers", saved)
    #expect(first.status == 0)
    let text = try String(contentsOfFile: saved, encoding: .utf8)
    #expect(
      text == """
        {
          "size": "large",
          "team": "large",
          "horizon": "product",
          "needs": ["admin"],
          "security": "high",
          "experience": "experienced"
        }

        """)
    #expect(try advise("--json", "--answers", saved).output == first.output)
  }

  @Test(arguments: [
    (["--size", "huge"], "unknown value 'huge' for --size; valid values: small, medium, large"),
    (["--team", "crowd"], "unknown value 'crowd' for --team; valid values: solo, small, large"),
    (
      ["--needs", "admin,gui"],
      "unknown value 'gui' for --needs; valid values: admin, orm, auth, html, api, microservice, custom"
    ),
    (["--horizon", "forever"], "valid values: prototype, product, long-term"),
    (["--security", "max"], "valid values: normal, high"),
    (["--experience", "guru"], "valid values: beginner, experienced"),
    (
      ["--colour", "red"], "--colour is not a question of the questionnaire; the questions are --size, --team"
    ),
  ])
  func mistakesExitNonZeroAndListTheValidValues(arguments: [String], message: String) throws {
    let result = try Tmux.run([crossroadsBinary, "advise"] + arguments)
    #expect(result.status != 0)
    #expect(result.output.isEmpty, "nothing on standard output")
    #expect(result.errors.contains(message), "\(result.errors)")
  }

  @Test func aMalformedAnswersFileSaysWhere() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "advise-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appending(path: "answers.json").path()
    try "{\n  \"size\": \"small\",\n  \"colour\": \"red\"\n}\n".write(
      toFile: file, atomically: true, encoding: .utf8)
    let unknownKey = try advise("--answers", file)
    #expect(unknownKey.status != 0)
    #expect(
      unknownKey.errors.contains(
        "\(file):3: unknown key 'colour'; valid keys: size, team, horizon, needs, security, experience"))
    try "{\n  \"size\": \"small\",,\n}\n".write(toFile: file, atomically: true, encoding: .utf8)
    let syntax = try advise("--answers", file)
    #expect(syntax.status != 0)
    #expect(syntax.errors.contains("\(file):1: this is not valid JSON"), "\(syntax.errors)")
    let missing = try advise("--answers", folder.appending(path: "none.json").path())
    #expect(missing.status != 0)
    #expect(missing.errors.contains("could not be read"))
  }
}

import Foundation
import Testing

@testable import CrossroadsCore

/// The recommendations the lessons teach, checked against the real questionnaire.
struct RecommenderTests {
  static let questionnaire: Questionnaire = {
    let path = CourseTests.lessonsDirectory + "/questionnaire.yaml"
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return (try? QuestionnaireParser.parse(text, file: "Lessons/questionnaire.yaml"))
      ?? Questionnaire(questions: [])
  }()

  static let recommender = Recommender(
    questionnaire: questionnaire, samples: SampleManifest.all(in: SampleRendererTests.content))

  func recommend(_ values: [String: [String]]) -> Recommendation {
    Self.recommender.recommend(Answers(values))
  }

  @Test func theQuestionnaireParsesWithTheSixQuestionsScriptsUse() throws {
    let text = try String(
      contentsOfFile: CourseTests.lessonsDirectory + "/questionnaire.yaml", encoding: .utf8)
    let questionnaire = try QuestionnaireParser.parse(text, file: "Lessons/questionnaire.yaml")
    #expect(
      questionnaire.questions.map(\.id) == ["size", "team", "horizon", "needs", "security", "experience"])
    #expect(questionnaire.question("needs")?.kind == .any)
    #expect(
      questionnaire.question("needs")?.options.map(\.id) == [
        "admin", "orm", "auth", "html", "api", "microservice", "custom",
      ])
    #expect(questionnaire.question("size")?.options.map(\.id) == ["small", "medium", "large"])
    #expect(questionnaire.question("team")?.options.map(\.id) == ["solo", "small", "large"])
    #expect(questionnaire.question("horizon")?.options.map(\.id) == ["prototype", "product", "long-term"])
    #expect(questionnaire.question("security")?.options.map(\.id) == ["normal", "high"])
    #expect(questionnaire.question("experience")?.options.map(\.id) == ["beginner", "experienced"])
  }

  @Test func theDefaultsAreNeutralSoTheyNeverTipTheResult() {
    // `crossroads advise --help` states these defaults; change both together.
    #expect(
      Self.questionnaire.defaults
        == Answers([
          "size": ["medium"], "team": ["small"], "horizon": ["product"], "needs": [], "security": ["normal"],
          "experience": ["experienced"],
        ]))
    let result = recommend([:])
    #expect(result.flaskScore == 0 && result.djangoScore == 0)
    #expect(result.verdict == .either)
    #expect(result.reasons.isEmpty)
    #expect(result.confidence == 0)
    #expect(result.headline == "Either fits: nothing tips the balance")
  }

  // The four scenarios of the issue.

  @Test func aSoloBeginnersSmallPrototypeGetsFlask() {
    let result = recommend([
      "size": ["small"], "team": ["solo"], "horizon": ["prototype"], "experience": ["beginner"],
    ])
    #expect(result.verdict == .flask)
    #expect(result.confidence >= 0.5)
    #expect(result.reasons.first?.answer == "size: small")
    #expect(result.reasons.allSatisfy { $0.favours == .flask })
  }

  @Test func aLargeTeamsLongTermEnterpriseAppWithHighSecurityGetsDjango() {
    let result = recommend([
      "size": ["large"], "team": ["large"], "horizon": ["long-term"], "security": ["high"],
    ])
    #expect(result.verdict == .django)
    #expect(result.confidence >= 0.9)
    #expect(result.whatIf == nil, "no single answer outweighs four in agreement")
  }

  @Test func aMicroserviceWithACustomArchitectureGetsFlask() {
    let result = recommend(["needs": ["microservice", "custom"]])
    #expect(result.verdict == .flask)
    #expect(result.features == [])
  }

  @Test func aSmallTeamNeedingAdminAuthAndAnORMQuicklyGetsDjango() {
    let result = recommend(["team": ["small"], "horizon": ["prototype"], "needs": ["admin", "auth", "orm"]])
    #expect(result.verdict == .django)
    #expect(result.features == ["orm", "admin", "auth"])
    #expect(
      result.reasons.map(\.answer) == ["needs: admin", "horizon: prototype", "needs: auth", "needs: orm"])
  }

  // More scenarios from the lessons (15-choosing and the feature lessons).

  @Test func anArchitectureDjangosDefaultsDoNotSuitGetsFlask() {
    #expect(recommend(["needs": ["custom"]]).verdict == .flask)
  }

  @Test func aNarrowJSONServiceGetsFlask() {
    let result = recommend(["size": ["small"], "needs": ["api", "microservice"]])
    #expect(result.verdict == .flask)
    #expect(result.confidence >= 0.5)
  }

  @Test func strictSecurityOnAMediumProjectWithAccountsGetsDjango() {
    let result = recommend(["security": ["high"], "needs": ["auth", "html"]])
    #expect(result.verdict == .django)
  }

  @Test func aMediumProductWithADatabaseAndPagesIsTheGreyZone() {
    let result = recommend(["needs": ["orm", "html"]])
    #expect(result.verdict == .either)
    #expect(result.lean == .django)
    #expect(result.headline == "Either fits, leaning Django")
  }

  @Test func aPrototypeThatNeedsAnAdminIsACloseCall() {
    let result = recommend(["horizon": ["prototype"], "needs": ["admin"]])
    #expect(result.flaskScore == 2 && result.djangoScore == 3)
    #expect(result.verdict == .either)
    #expect(result.lean == .django)
    #expect(result.whatIf?.sentence == "With a small project, Flask would lead.")
  }

  @Test func aBeginnerBuildingALargeLongTermAppStillGetsDjango() {
    // What you are learning matters less than what the project will become.
    let result = recommend(["size": ["large"], "horizon": ["long-term"], "experience": ["beginner"]])
    #expect(result.verdict == .django)
  }

  // Ties, confidence and what-ifs.

  @Test func exactlyEvenScoresSayEitherAndLeanWithTheStrongestReason() {
    // Small (Flask 3) against an admin (Django 3): the tie leans to the first-asked reason.
    let result = recommend(["size": ["small"], "needs": ["admin"]])
    #expect(result.flaskScore == result.djangoScore)
    #expect(result.verdict == .either)
    #expect(result.confidence == 0)
    #expect(result.lean == .flask)
    #expect(result.reasons.map(\.weight) == [3, 3])
  }

  @Test func confidenceGrowsWithTheMarginAndNeverLooksCertainOnLittle() {
    #expect(Recommender.confidence(flask: 0, django: 0) == 0)
    #expect(Recommender.confidence(flask: 1, django: 0) == 0.1)
    #expect(Recommender.confidence(flask: 3, django: 0) == 0.3)
    #expect(Recommender.confidence(flask: 12, django: 10) == 0.09)
    #expect(Recommender.confidence(flask: 0, django: 11) == 0.95, "never certain")
    #expect(Recommender.confidence(flask: 2, django: 6) == 0.4)
  }

  @Test func closeScoresAreNeverAFirmVerdict() {
    // Every pair of scores a few points apart stays "either".
    for flask in 0...14 {
      for django in 0...18 where abs(flask - django) <= 2 {
        #expect(Recommender.confidence(flask: flask, django: django) < Recommender.eitherBelow)
      }
    }
  }

  @Test func theWhatIfIsTheSmallestSingleChangeThatFlips() {
    // A JSON API leans Flask by 1. Django needs a change of 2 or more: long-term (2), user
    // accounts (2), and the 3-point answers all flip it; the smallest, first asked, wins.
    let result = recommend(["needs": ["api"]])
    #expect(result.lean == .flask)
    #expect(result.whatIf?.sentence == "With years of maintenance ahead, Django would lead.")
    #expect(result.whatIf?.change == .choose("long-term"))
    #expect(result.whatIf?.leader == .django)
  }

  @Test func noWhatIfWhenNoSingleChangeFlips() {
    // Django leads by 3; the best single change for Flask only ties, and a tie is no lead.
    let result = recommend(["security": ["high"]])
    #expect(result.verdict == .django)
    #expect(result.whatIf == nil)
  }

  @Test func everyWhatIfReallyFlipsTheLead() {
    let scenarios: [[String: [String]]] = [
      ["size": ["small"]], ["needs": ["admin", "auth"]], ["horizon": ["prototype"], "needs": ["admin"]],
      ["team": ["large"], "needs": ["api"]], ["experience": ["beginner"]],
    ]
    for values in scenarios {
      let result = recommend(values)
      guard let whatIf = result.whatIf else { continue }
      var changed = result.answers
      switch whatIf.change {
      case .choose(let id): changed[whatIf.questionID] = [id]
      case .add(let id): changed[whatIf.questionID].append(id)
      case .remove(let id): changed[whatIf.questionID].removeAll { $0 == id }
      }
      let after = Self.recommender.recommend(changed)
      #expect(after.score(whatIf.leader) > after.score(result.lean), "\(values)")
    }
  }

  @Test func theWhatIfNamesTheAnswerInASentence() {
    let result = recommend(["size": ["small"], "needs": ["api"]])
    #expect(result.verdict == .flask)
    #expect(result.whatIf?.sentence == "With a large application, Django would lead.")
    let largeTeam = recommend(["team": ["large"]])
    #expect(largeTeam.whatIf?.sentence == "With a solo developer, Flask would lead.")
    let needs = recommend(["size": ["small"], "needs": ["orm", "html", "admin"]])
    #expect(needs.lean == .django)
    #expect(needs.whatIf?.sentence == "Without an admin, Flask would lead.")
  }

  @Test func featuresComeFromTheAnswersAndTheManifestsAddWhatTheyRequire() {
    let recommender = Self.recommender
    func features(_ needs: [String], _ framework: Framework) -> [String] {
      recommender.features(Answers(["needs": needs]), for: framework)
    }
    // Flask's login keeps its users in the database, Django brings its own.
    #expect(features(["auth"], .flask).contains("orm"))
    #expect(features(["auth"], .django) == ["auth"])
    #expect(features(["admin"], .django) == ["orm", "admin"])
    // Flask-Admin is for logged-in admins only, so the Flask sample's admin brings its login.
    #expect(features(["admin"], .flask) == ["orm", "admin", "auth"])
    // Needs that no sample part answers (an API, microservices) add none.
    #expect(features(["html", "api", "custom"], .flask) == ["html"])
  }
}

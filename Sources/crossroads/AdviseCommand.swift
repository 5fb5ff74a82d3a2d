import ArgumentParser
import CrossroadsCore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `crossroads advise`: the questionnaire's answers as flags or a file, and the recommendation.
struct AdviseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "advise",
    abstract: "Recommend Flask or Django for a project, and say why.",
    discussion: """
      Give the answers as flags, or as a JSON object of the same keys with --answers FILE \
      (flags override the file), e.g. {"size": "small", "needs": ["api", "orm"]}.

      A question left out takes its default, which never tips the result: size medium, team \
      small, horizon product, needs none, security normal, experience experienced.

      --json prints one object: recommendation (flask, django or either), lean, scores, \
      confidence (0 to 1), reasons (answer, favours, weight, why; strongest first), what_if \
      (the smallest change of one answer that would flip it, or null) and features (for the \
      sample: orm, admin, html, auth).
      """
  )

  @Option(help: ArgumentHelp("small, medium or large (default: medium).", valueName: "size"))
  var size: String?

  @Option(
    help: ArgumentHelp("solo, small (2-9 people) or large (10 or more) (default: small).", valueName: "team"))
  var team: String?

  @Option(help: ArgumentHelp("prototype, product or long-term (default: product).", valueName: "horizon"))
  var horizon: String?

  @Option(
    help: ArgumentHelp(
      "Comma-separated, any of admin, orm, auth, html, api, microservice, custom (default: none).",
      valueName: "needs"))
  var needs: String?

  @Option(help: ArgumentHelp("normal or high (default: normal).", valueName: "security"))
  var security: String?

  @Option(help: ArgumentHelp("beginner or experienced (default: experienced).", valueName: "experience"))
  var experience: String?

  @Option(help: ArgumentHelp("Read the answers from a JSON file.", valueName: "file"))
  var answers: String?

  @Option(
    help: ArgumentHelp(
      "Write the answers, defaults included, to a JSON file (in a folder that exists).", valueName: "file"))
  var saveAnswers: String?

  @Flag(help: "Print one JSON object instead of a summary.")
  var json = false

  func run() throws {
    let questionnaire = try Self.questionnaire()
    var given = Answers()
    if let answers {
      given = try AnswersFile.parse(Self.read(answers), file: answers, questionnaire: questionnaire)
    }
    let flags: [(String, String?)] = [
      ("size", size), ("team", team), ("horizon", horizon), ("needs", needs), ("security", security),
      ("experience", experience),
    ]
    for (id, value) in flags {
      guard let value, let question = questionnaire.question(id) else { continue }
      let values =
        question.kind == .any ? AnswersFile.splitList(value) : [value.trimmingCharacters(in: .whitespaces)]
      do throws(AnswerError) {
        try questionnaire.validate(values, for: id, named: "--\(id)")
      } catch {
        throw AdviseError(error.message)
      }
      given[id] = question.ordered(values)
    }
    let recommendation = Recommender(questionnaire: questionnaire).recommend(given)
    if let saveAnswers {
      // Into a folder that exists: a mistyped folder is said, not created.
      try AtomicFile.save(
        AnswersFile.encode(recommendation.answers, questionnaire: questionnaire), to: saveAnswers)
    }
    if json {
      printOut(recommendation.json, terminator: "")
    } else {
      printOut(
        AdviceSummary.text(
          recommendation, questionnaire: questionnaire, defaulted: questionnaire.unanswered(given)),
        terminator: "")
    }
  }

  /// The questionnaire compiled into the program.
  static func questionnaire() throws -> Questionnaire {
    guard let text = EmbeddedContent.files[Questionnaire.fileName] else {
      throw AdviseError("the questionnaire is missing from this build")
    }
    return try QuestionnaireParser.parse(text, file: "Lessons/" + Questionnaire.fileName)
  }

  static func read(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw AdviseError("\(path) could not be read; check the path, or write one with --save-answers")
    }
    return String(decoding: data, as: UTF8.self)
  }
}

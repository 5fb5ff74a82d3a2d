import ArgumentParser
import CrossroadsCore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `crossroads advise`: the questionnaire's answers as flags or a file, and the recommendation.
///
/// Its flags are the questionnaire's questions, read from `questionnaire.yaml` (the built-in
/// one, or the one under `--lessons DIR`): a new question is a new flag, in `--help` too,
/// without a change here.
struct AdviseCommand: ParsableCommand {
  /// Made once: ArgumentParser reads it several times for every command line, and each
  /// reading parsed the questionnaire (and read `--lessons DIR` from disk).
  static let configuration = CommandConfiguration(
    commandName: "advise",
    abstract: "Recommend Flask or Django for a project, and say why.",
    usage: "crossroads advise [--QUESTION ANSWER ...] [--answers FILE] [--save-answers FILE] [--json]",
    discussion: discussion(try? questionnaire(content: ContentOptions.fromCommandLine())))

  /// The help's body: one line per question, its answers and its default, from the file.
  static func discussion(_ questionnaire: Questionnaire?) -> String {
    var lines = [
      "Give the answers as flags, or as a JSON object of the same keys with --answers FILE "
        + #"(flags override the file), e.g. {"size": "small", "needs": ["api", "orm"]}. "#
        + "A question left out takes its default, which never tips the result.",
      "",
      "The questions (from questionnaire.yaml):",
    ]
    for question in questionnaire?.questions ?? [] {
      let values = question.options.map(\.id).joined(separator: question.kind == .any ? "," : "|")
      lines.append("  --\(question.id) \(values)")
      lines.append(
        "      \(question.prompt)\(question.kind == .any ? " (comma-separated)" : "") "
          + "(default: \(question.describe(question.defaults)))")
    }
    lines += [
      "",
      "--json prints one object: recommendation (flask, django or either), lean, scores, "
        + "confidence (0 to 1), reasons (answer, favours, weight, why; strongest first), what_if "
        + "(the smallest change of one answer that would flip it, or null) and features (the "
        + "sample's parts the answers ask for, completed by the sample's manifest).",
    ]
    return lines.joined(separator: "\n")
  }

  @OptionGroup var content: ContentOptions

  /// `--QUESTION ANSWER` pairs, checked against the questionnaire in `run`.
  @Argument(parsing: .allUnrecognized, help: .hidden)
  var questionFlags: [String] = []

  @Option(help: ArgumentHelp("Read the answers from a JSON file.", valueName: "file"))
  var answers: String?

  @Option(
    help: ArgumentHelp(
      "Write the answers, defaults included, to a JSON file (in a folder that exists).", valueName: "file"))
  var saveAnswers: String?

  @Flag(help: "Print one JSON object instead of a summary.")
  var json = false

  @Flag(help: "Print a decision record in Markdown (the answers, the recommendation and its reasons).")
  var markdown = false

  func validate() throws {
    if json && markdown { throw ValidationError("Choose one of --json and --markdown.") }
  }

  func run() throws {
    let questionnaire = try Self.questionnaire(content: content)
    var given = Answers()
    if let answers {
      given = try AnswersFile.parse(Self.read(answers), file: answers, questionnaire: questionnaire)
    }
    for (id, value) in try Self.pairs(questionFlags, questionnaire: questionnaire) {
      guard let question = questionnaire.question(id) else { continue }
      let values =
        question.kind == .any ? AnswersFile.splitList(value) : [value.trimmingSpaces]
      do throws(AnswerError) {
        try questionnaire.validate(values, for: id, named: "--\(id)")
      } catch {
        throw AdviseError(error.message)
      }
      given[id] = question.ordered(values)
    }
    let files = try content.files()
    let recommendation = Recommender(questionnaire: questionnaire, samples: SampleManifest.all(in: files))
      .recommend(given)
    if let saveAnswers {
      // Into a folder that exists: a mistyped folder is said, not created.
      try AtomicFile.save(
        AnswersFile.encode(recommendation.answers, questionnaire: questionnaire), to: saveAnswers)
    }
    if json {
      printOut(recommendation.json, terminator: "")
    } else if markdown {
      let record = DecisionRecord(
        recommendation: recommendation, questionnaire: questionnaire,
        defaulted: questionnaire.unanswered(given))
      printOut(record.markdown, terminator: "")
    } else {
      printOut(
        AdviceSummary.text(
          recommendation, questionnaire: questionnaire, defaulted: questionnaire.unanswered(given)),
        terminator: "")
    }
  }

  /// Reads `--id value` and `--id=value` pairs; anything else is refused, naming the questions.
  static func pairs(_ arguments: [String], questionnaire: Questionnaire) throws -> [(String, String)] {
    var pairs: [(String, String)] = []
    var rest = arguments[...]
    let known = questionnaire.questions.map { "--" + $0.id }.joined(separator: ", ")
    while let argument = rest.popFirst() {
      guard argument.hasPrefix("--"), argument.count > 2 else {
        throw AdviseError("'\(argument)' is not an option here; the questions are \(known).")
      }
      var name = String(argument.dropFirst(2))
      var value: String?
      if let equals = name.firstIndex(of: "=") {
        value = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      guard questionnaire.question(name) != nil else {
        throw AdviseError("--\(name) is not a question of the questionnaire; the questions are \(known).")
      }
      guard let answer = value ?? rest.popFirst(), !answer.hasPrefix("--") else {
        throw AdviseError(
          "--\(name) needs an answer, e.g. --\(name) \(questionnaire.question(name)?.options.first?.id ?? "")"
        )
      }
      pairs.append((name, answer))
    }
    return pairs
  }

  /// The questionnaire of the course: the one compiled in, or the one under `--lessons DIR`.
  static func questionnaire(content: ContentOptions? = nil) throws -> Questionnaire {
    let content = try content ?? ContentOptions.parse([])
    guard let text = try content.files()[Questionnaire.fileName] else {
      throw AdviseError("the questionnaire is missing from \(content.displayPrefix)")
    }
    return try QuestionnaireParser.parse(text, file: content.displayPrefix + Questionnaire.fileName)
  }

  static func read(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw AdviseError("\(path) could not be read; check the path, or write one with --save-answers")
    }
    return String(decoding: data, as: UTF8.self)
  }
}

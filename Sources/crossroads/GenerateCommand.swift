import ArgumentParser
import CrossroadsCore

/// `crossroads generate`: writes a sample app without the interface.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a sample Flask or Django app into a new folder.",
    discussion: """
      Writes DIR/NAME, never into a folder that exists, and prints its files. Features: \
      orm (a model and a JSON API), admin, html (a page with a form) and auth (log in and \
      out); the ones a feature needs are added with it.
      """
  )

  @Option(help: ArgumentHelp("flask or django.", valueName: "flask|django"))
  var framework: String?

  @Option(help: "The project's name: lowercase letters, digits and _, starting with a letter.")
  var name: String

  @Option(help: ArgumentHelp("The folder to write the project into.", valueName: "dir"))
  var into: String = "."

  @Option(help: ArgumentHelp("Comma-separated optional features: orm, admin, html, auth.", valueName: "list"))
  var features: String?

  @Option(
    help: ArgumentHelp(
      "A JSON file of the questionnaire's answers (crossroads advise --save-answers writes one); "
        + "the recommendation picks the framework and its needs the features.", valueName: "file"))
  var answers: String?

  func run() throws {
    do {
      let project = try generate()
      printOut("Wrote \(project.path) (\(project.plan.files.count) files):")
      for line in project.plan.tree(ascii: PlainOutput.glyphs == .ascii) { printOut(line) }
      printOut("")
      printOut(Self.nextSteps(for: project.plan, at: project.path))
    } catch {
      printError("crossroads generate: " + error.message)
      throw ExitCode(error.status)
    }
  }

  /// A reason to write nothing, with what to do next; ends the command with `status`.
  struct Refusal: Error {
    let message: String
    var status: Int32 = 1
  }

  /// Checks everything, then writes: every refusal comes before the first file.
  private func generate() throws(Refusal) -> (path: String, plan: ProjectPlan) {
    let projectName: ProjectName
    do {
      projectName = try ProjectName(name)
    } catch {
      let fix = error.suggestion.map { " Try --name \($0)." } ?? " Choose a name like blog or my_site."
      throw Refusal(message: error.reason + fix, status: 2)
    }
    // Answers are read as `crossroads advise` reads them, and the recommendation they lead
    // to picks the framework and the features unless the flags say otherwise.
    var recommendation: Recommendation?
    let recommender: Recommender
    do {
      recommender = Recommender(
        questionnaire: try AdviseCommand.questionnaire(),
        samples: SampleManifest.all(in: EmbeddedContent.files))
    } catch {
      throw Refusal(message: "\(error)", status: 1)
    }
    if let answers {
      do {
        let given = try AnswersFile.parse(
          AdviseCommand.read(answers), file: answers, questionnaire: recommender.questionnaire)
        recommendation = recommender.recommend(given)
      } catch {
        throw Refusal(message: "The answers file \(answers) is not usable: \(error)", status: 2)
      }
    }
    var named: Framework?
    if let framework {
      guard let known = Framework(rawValue: framework.lowercased()) else {
        throw Refusal(
          message: "'\(framework)' is not a framework here: use --framework flask or django.", status: 2)
      }
      named = known
    }
    guard let chosenFramework = named ?? recommendation?.lean else {
      throw Refusal(
        message: "Choose a framework: --framework flask or --framework django, or pass --answers FILE.",
        status: 2)
    }
    do {
      var chosenFeatures: [String] = []
      if let features {
        chosenFeatures = features.split(separator: ",").map { $0.filter { $0 != " " } }.filter { !$0.isEmpty }
      } else if let recommendation {
        chosenFeatures = recommender.features(recommendation.answers, for: chosenFramework)
      }
      return try ProjectGenerator(contentFiles: EmbeddedContent.files).generate(
        framework: chosenFramework, name: projectName, features: chosenFeatures, into: into,
        answers: recommendation?.answers)
    } catch {
      let status: Int32 =
        switch error {
        case .invalidName, .unknownFeature, .targetExists, .parentMissing: 2
        default: 1
        }
      throw Refusal(message: error.description, status: status)
    }
  }

  static func nextSteps(for plan: ProjectPlan, at path: String) -> String {
    let activate =
      "cd \(ShellQuoting.quoted(path)) && python3 -m venv .venv && . .venv/bin/activate && pip install -r requirements.txt"
    switch plan.framework {
    case .flask:
      return """
        Run it by hand:
          \(activate)
          flask --app \(plan.name) run
        """
    case .django:
      return """
        Run it by hand:
          \(activate)
          python manage.py migrate && python manage.py runserver
        """
    }
  }
}

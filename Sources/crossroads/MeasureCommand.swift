import ArgumentParser
import CrossroadsCore
import CrossroadsLaunch
import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `crossroads measure`: the same app in both frameworks, set up and started together, and
/// measured side by side.
struct MeasureCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "measure",
    abstract: "Generate the same app in Flask and in Django, run both, and measure them side by side.",
    discussion: """
      Both samples get the same features (--features, or those of the answers in --answers \
      FILE) and are written into --into DIR, which is kept (a sample already there is measured \
      as it is), or into a fresh folder under $XDG_CACHE_HOME/crossroads/measure/ that is \
      removed afterwards. Both are set up and started at once, each on a free port on \
      127.0.0.1 (cached environments, migrations, demo superuser); then each is measured in \
      turn, so the two never compete for the processor.

      How each figure is obtained:
        Code        files written; lines of Python (lines of .py files that are
                    neither blank nor a comment); lines of templates (non-blank
                    lines of .html files); lines of settings and configuration
                    (settings.py, requirements.txt, pyproject.toml, *.cfg,
                    *.ini, *.toml). Counted from the files generated.
        Packages    the environment's packages, from its *.dist-info; under
                    Gunicorn, the measure's own copy of each sample's
                    requirements adds it to both.
        Disk        the environment's size on disk (allocated blocks, links
                    not followed).
        Install     the time to create the environment when this run created
                    it, else "cached".
        Start       process start to the first 200 on /, median of 3 starts.
        Memory      resident memory of the server's whole process group, from
                    /proc, after the latency requests have warmed it up.
        Latency     for every GET endpoint both samples share (the same path
                    but for a trailing slash), N sequential requests
                    (--requests), a new connection each: median and p95.
        Throughput  requests per second answered 200 by 4 clients at once,
                    for 2 seconds, on the shared JSON endpoint (/api/data).
        Own tests   the sample's own suite (pytest, manage.py test): how many,
                    and how long.
      Every request goes to 127.0.0.1 only, and every loop stops at its count
      or its time limit.

      Steps go to stderr and the table to stdout: a bar per figure, the better side marked, a \
      sentence per row, the shared endpoints' answers side by side. --json prints one object \
      with both sides, every figure with its unit and the raw latency samples; --markdown a \
      decision record (the answers, the advisor's recommendation and its reasons, the \
      figures). The exit status is 0 only when both sides were measured in full; a failed \
      side's reason and last lines come with the other side's figures. Ctrl-C stops both \
      servers and removes the working folder unless --into.
      """)

  @Option(
    help: ArgumentHelp(
      "Comma-separated features for both samples: orm, admin, html, auth.", valueName: "list"))
  var features: String?

  @Option(
    help: ArgumentHelp(
      "A JSON file of the questionnaire's answers (crossroads advise --save-answers writes one): "
        + "their needs choose the features, and --markdown records the recommendation.", valueName: "file"))
  var answers: String?

  @Option(help: ArgumentHelp("Write the samples into this folder and keep them.", valueName: "dir"))
  var into: String?

  @Option(help: "The samples' project name.")
  var name = Measurement.defaultName.value

  @Option(help: "Sequential requests per shared endpoint, for latency.")
  var requests = 200

  @Option(help: "Gunicorn's worker processes on each side.")
  var workers = 1

  @Flag(help: "Measure the development servers (flask run, manage.py runserver) instead of Gunicorn.")
  var devServer = false

  @Option(help: "The Python to use, 3.10 or newer (default: python3 on the PATH).")
  var python: String?

  @Flag(help: "Print one JSON object instead of the table.")
  var json = false

  @Flag(help: "Print a decision record in Markdown instead of the table.")
  var markdown = false

  func validate() throws {
    guard (1...100_000).contains(requests) else {
      throw ValidationError("--requests takes a count from 1 to 100000, such as 200.")
    }
    guard (1...32).contains(workers) else { throw ValidationError("--workers takes a count from 1 to 32.") }
    if json && markdown { throw ValidationError("Choose one of --json and --markdown.") }
    if devServer && workers != 1 {
      throw ValidationError("--workers is for Gunicorn; the dev servers run one process each.")
    }
  }

  func run() throws {
    StopSignals.block()

    let questionnaire = try AdviseCommand.questionnaire()
    var recommendation: Recommendation?
    var defaulted: [Question] = []
    if let answers {
      do {
        let given = try AnswersFile.parse(
          AdviseCommand.read(answers), file: answers, questionnaire: questionnaire)
        recommendation = Recommender(
          questionnaire: questionnaire, samples: SampleManifest.all(in: EmbeddedContent.files)
        ).recommend(given)
        defaulted = questionnaire.unanswered(given)
      } catch {
        printError("crossroads measure: the answers file \(answers) is not usable: \(error)")
        throw ExitCode(2)
      }
    }
    let chosen: [String] =
      if let features {
        features.split(separator: ",").map { $0.filter { $0 != " " } }.filter { !$0.isEmpty }
      } else if let recommendation {
        // The answers' features; the measure completes them for both samples alike.
        Recommender(questionnaire: questionnaire).features(recommendation.answers, for: recommendation.lean)
      } else {
        []
      }
    do {
      _ = try Measurement.sharedFeatures(chosen, contentFiles: EmbeddedContent.files)
    } catch {
      printError("crossroads measure: \(error)")
      throw ExitCode(2)
    }
    let projectName: ProjectName
    do {
      projectName = try ProjectName(name)
    } catch {
      printError("crossroads measure: \(error.reason) Choose a name like measured or my_site.")
      throw ExitCode(2)
    }

    var options = Measurement.Options(
      features: chosen, answers: recommendation?.answers, name: projectName,
      contentFiles: EmbeddedContent.files)
    options.folder = into
    options.requests = requests
    options.server = devServer ? .development : .gunicorn
    options.workers = workers
    options.pythonPath = python
    let measurement = Measurement(options: options)
    let session = MeasureSession()

    let signals = StopSignals(stopping: "both samples") { measurement.stop() }
    defer { signals.cancel() }

    Blocking.wait { for await event in measurement.events() { session.report(event) } }
    guard let report = session.report else { throw ExitCode(1) }
    if json {
      printOut(report.json.trimmingSuffixNewline())
    } else if markdown {
      let record = DecisionRecord(
        recommendation: recommendation, questionnaire: questionnaire, defaulted: defaulted,
        features: report.features, report: report)
      printOut(record.markdown.trimmingSuffixNewline())
    } else {
      let style: MeasureTable.Style = PlainOutput.glyphs == .ascii ? .ascii : .unicode
      printOut(
        MeasureTable.lines(report, style: style, width: min(PlainOutput.width, 100)).joined(separator: "\n"))
    }
    if let signal = signals.received { throw ExitCode(128 + signal) }
    if !report.ok {
      for framework in Framework.allCases {
        if let error = report[framework].error {
          printError("crossroads measure: \(framework.name): \(error)")
        }
      }
      throw ExitCode(1)
    }
  }
}

/// What `crossroads measure` prints on stderr as it goes, and how it ended.
final class MeasureSession: Sendable {
  private struct State {
    var report: MeasureReport?
  }
  private let state = Mutex(State())

  var report: MeasureReport? { state.withLock { $0.report } }

  /// One line per step of each side, tagged with the side, so both columns can be told apart.
  func report(_ event: MeasureEvent) {
    switch event {
    case .started(let framework, let step):
      printError("\(tag(framework)) -> \(step.title)…")
    case .progress(let framework, _, let line):
      printError("\(tag(framework))    \(line)")
    case .finished(let framework, let step, let detail):
      printError("\(tag(framework)) ok \(step.title): \(detail)")
    case .skipped(let framework, let step, let why):
      printError("\(tag(framework)) -- \(step.title): \(why)")
    case .failed(let framework, let step, let reason):
      printError("\(tag(framework)) !! \(step.title) failed: \(reason)")
    case .log, .figures:
      break  // The server's log is shown with a failure; the figures come in the table.
    case .done(let report):
      state.withLock { $0.report = report }
    }
  }

  private func tag(_ framework: Framework) -> String {
    framework == .flask ? "flask " : "django"
  }
}

extension String {
  fileprivate func trimmingSuffixNewline() -> String {
    var result = self
    while result.last == "\n" { result.removeLast() }
    return result
  }
}

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

/// `crossroads practice`: exercises done in a generated sample, checked by running it.
struct PracticeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "practice",
    abstract: "Exercises in your own generated sample: list, show, hint, check, watch, start.",
    discussion: """
      Each exercise is a change to a practice project (a generated sample with the features the \
      exercises need), in a Flask and a Django version. `practice start` writes the project; \
      `practice check` runs the exercise's check against it, in the sample's cached environment \
      and from outside the project (nothing is written into it), and says in one sentence what \
      is still wrong; `practice watch` checks again on every save. DIR defaults to \
      ./practice_flask or ./practice_django, whichever exists.
      """,
    subcommands: [List.self, Show.self, Hint.self, Check.self, Watch.self, Start.self],
    defaultSubcommand: List.self)

  /// The project names `practice start` writes, by framework.
  static func projectName(_ framework: Framework) -> String { ExerciseCatalog.projectName(for: framework) }

  /// The course's exercises, exercise `id`, and its check in the practice project, or the
  /// reason there is none on stderr (`crossroads practice COMMAND: …`) and exit status 2.
  static func prepare(
    _ id: String, directory: String?, framework: String?, content: ContentOptions, command: String
  ) throws -> (ExerciseCatalog, Exercise, PracticeCheck) {
    let catalog = try Self.catalog(content)
    let exercise = try Self.exercise(id, in: catalog)
    do {
      let target = try Self.project(directory, framework: try Self.framework(named: framework))
      return (catalog, exercise, try Self.check(exercise, catalog: catalog, target: target))
    } catch let failure as PracticeFailure {
      printError("crossroads practice \(command): \(failure.message)")
      throw ExitCode(2)
    }
  }

  /// The exercises of the course, every broken one reported on stderr.
  static func catalog(_ content: ContentOptions) throws -> ExerciseCatalog {
    let catalog = ExerciseCatalog(files: try content.files(), displayPrefix: content.displayPrefix)
    for error in catalog.errors { printError("warning: \(error)") }
    return catalog
  }

  static func exercise(_ id: String, in catalog: ExerciseCatalog) throws -> Exercise {
    guard let exercise = catalog.exercise(id: id) else {
      throw CommandFailure.unknown(kind: "exercise", name: id, known: catalog.exercises.map(\.id))
    }
    return exercise
  }

  static func framework(named name: String?) throws -> Framework? {
    guard let name else { return nil }
    guard let framework = Framework(rawValue: name.lowercased()) else {
      throw ValidationError("'\(name)' is not a framework here: use --framework flask or django.")
    }
    return framework
  }

  /// The practice projects in the current folder.
  static func projectsHere() -> [Framework: String] {
    var found: [Framework: String] = [:]
    for framework in Framework.allCases {
      let path = projectName(framework)
      if let target = try? LaunchTarget.load(directory: path), target.framework == framework {
        found[framework] = target.directory
      }
    }
    return found
  }

  /// The project to check: DIR, else the one practice project here (of `framework`, if given).
  static func project(_ directory: String?, framework: Framework?) throws -> LaunchTarget {
    if let directory {
      do {
        return try LaunchTarget.load(directory: directory)
      } catch {
        throw PracticeFailure(message: "\(error)")
      }
    }
    let here = projectsHere().filter { framework == nil || $0.key == framework }
    switch here.count {
    case 1:
      do {
        return try LaunchTarget.load(directory: here.first!.value)
      } catch {
        throw PracticeFailure(message: "\(error)")
      }
    case 0:
      let which = framework?.rawValue ?? "flask"
      throw PracticeFailure(
        message: "No practice project here (./practice_flask or ./practice_django). "
          + "Write one with: crossroads practice start --framework \(which)")
    default:
      throw PracticeFailure(
        message: "Both ./practice_flask and ./practice_django are here: name one, "
          + "as in crossroads practice check ID practice_flask, or pass --framework.")
    }
  }

  /// Records a check's result with the lesson progress; a failure to save is said, not fatal.
  static func record(_ outcome: CheckOutcome, exercise: String, framework: Framework) {
    var progress = ProgressStore.load().progress
    progress.record(exercise: exercise, framework: framework, passed: outcome.passed)
    do {
      try ProgressStore.file.save(progress)
    } catch {
      printError("warning: the progress could not be saved: \(error)")
    }
  }

  /// The check of `exercise` for `target`, or the reason it cannot run yet.
  static func check(_ exercise: Exercise, catalog: ExerciseCatalog, target: LaunchTarget) throws
    -> PracticeCheck
  {
    guard exercise.versions[target.framework] != nil else {
      throw PracticeFailure(message: "\(exercise.id) has no \(target.framework.name) version.")
    }
    guard let check = PracticeCheck.prepared(exercise, catalog: catalog, target: target) else {
      throw PracticeFailure(
        message: "\(target.directory) has no environment yet. Set it up once with: crossroads run "
          + "\(ShellQuoting.quoted(target.directory)) --check   (it installs the sample's requirements)")
    }
    return check
  }

  /// A refusal that says what to do next (exit status 2).
  struct PracticeFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
  }

  static func printOutcome(_ outcome: CheckOutcome, verbose: Bool) {
    if verbose || !outcome.passed && outcome.sentence.hasPrefix("The project could not") {
      for line in outcome.output { printOut("  | \(line)") }
    }
    let verdict = outcome.passed ? "passed" : "failing"
    printOut("\(verdict): \(outcome.sentence)")
    if !outcome.passed && !verbose {
      printOut("  (the check's full output: --verbose)")
    }
  }
}

extension PracticeCommand {
  /// `crossroads practice list`: every exercise, its lesson and its state in each framework.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List the exercises, with their state in Flask and in Django.")

    @OptionGroup var content: ContentOptions

    func run() throws {
      let catalog = try PracticeCommand.catalog(content)
      let progress = ProgressStore.load().progress
      printOut(
        "\("exercise".padded(toCells: 16)) \("lesson".padded(toCells: 12)) \("flask".padded(toCells: 12)) "
          + "\("django".padded(toCells: 12)) title")
      for exercise in catalog.exercises {
        let states = Framework.allCases.map {
          progress.state(ofExercise: exercise.id, framework: $0).rawValue.padded(toCells: 12)
        }
        printOut(
          "\(exercise.id.padded(toCells: 16)) \(exercise.lesson.padded(toCells: 12)) "
            + states.joined(separator: " ") + " \(exercise.title)")
      }
      if PracticeCommand.projectsHere().isEmpty {
        printOut("")
        printOut("No practice project here yet: crossroads practice start --framework flask (or django)")
      }
    }
  }

  /// `crossroads practice show ID`: the task, the files and how many hints there are.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Print an exercise: its task and the files to change.")

    @Argument(help: "The exercise's id, as `crossroads practice` lists them.")
    var id: String

    @Option(help: ArgumentHelp("Only this framework's version.", valueName: "flask|django"))
    var framework: String?

    @OptionGroup var content: ContentOptions

    func run() throws {
      let catalog = try PracticeCommand.catalog(content)
      let exercise = try PracticeCommand.exercise(id, in: catalog)
      let chosen = try PracticeCommand.framework(named: framework)
      let here = PracticeCommand.projectsHere()
      let progress = ProgressStore.load().progress
      printOut("\(exercise.title)  (\(exercise.id), lesson \(exercise.lesson))")
      let width = PlainOutput.width
      for framework in Framework.allCases where chosen == nil || chosen == framework {
        guard let version = exercise.versions[framework] else { continue }
        printOut("")
        printOut(
          "\(framework.name): \(progress.state(ofExercise: exercise.id, framework: framework).rawValue)")
        for line in wrap(version.task, width: width - 2) { printOut("  \(line)") }
        let package =
          here[framework].map { String($0.split(separator: "/").last ?? "") } ?? projectName(framework)
        printOut("  Files:")
        for file in version.files(package: package) {
          let base = here[framework].map { $0 + "/" } ?? "\(projectName(framework))/"
          printOut("    \(base)\(file)")
        }
        printOut(
          "  Hints: \(version.hints.count) (crossroads practice hint \(exercise.id) --framework \(framework.rawValue))"
        )
        printOut(
          "  Check: crossroads practice check \(exercise.id) \(here[framework] ?? projectName(framework))")
      }
    }

    private func wrap(_ text: String, width: Int) -> [String] {
      var lines: [String] = []
      var line = ""
      for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
        if !line.isEmpty && line.count + 1 + word.count > width {
          lines.append(line)
          line = ""
        }
        line += (line.isEmpty ? "" : " ") + word
      }
      if !line.isEmpty { lines.append(line) }
      return lines
    }
  }

  /// `crossroads practice hint ID [N]`: the hints up to the Nth, one more each time asked.
  struct Hint: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "hint", abstract: "Print an exercise's hints, up to the Nth (default: the first).")

    @Argument(help: "The exercise's id.")
    var id: String

    @Argument(help: "How many hints to reveal, from 1.")
    var number: Int = 1

    @Option(
      help: ArgumentHelp(
        "Which version (default: that of the practice project here).", valueName: "flask|django"))
    var framework: String?

    @OptionGroup var content: ContentOptions

    func run() throws {
      let catalog = try PracticeCommand.catalog(content)
      let exercise = try PracticeCommand.exercise(id, in: catalog)
      var chosen = try PracticeCommand.framework(named: framework)
      if chosen == nil {
        let here = PracticeCommand.projectsHere()
        guard here.count == 1 else {
          throw PracticeFailure(message: "Say which version: --framework flask or --framework django.")
        }
        chosen = here.first?.key
      }
      guard let chosen, let version = exercise.versions[chosen] else { return }
      guard (1...version.hints.count).contains(number) else {
        throw PracticeFailure(
          message: "\(exercise.id) has hints 1 to \(version.hints.count) in \(chosen.name).")
      }
      for (index, hint) in version.hints.prefix(number).enumerated() {
        printOut("\(index + 1). \(hint)")
      }
      if number < version.hints.count {
        printOut(
          "(more: crossroads practice hint \(exercise.id) \(number + 1) --framework \(chosen.rawValue))")
      }
    }
  }

  /// `crossroads practice check ID [DIR]`: runs the check once; exit 0 only if it passes.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Run an exercise's check against the practice project; exit 0 only if it passes.")

    @Argument(help: "The exercise's id.")
    var id: String

    @Argument(help: "The practice project (default: ./practice_flask or ./practice_django).")
    var directory: String?

    @Option(help: ArgumentHelp("Which practice project, when both are here.", valueName: "flask|django"))
    var framework: String?

    @Flag(help: "Print one JSON object, with the check's full output.")
    var json = false

    @Flag(name: .shortAndLong, help: "Print the check's full output too.")
    var verbose = false

    @OptionGroup var content: ContentOptions

    func run() throws {
      let (_, exercise, check) = try PracticeCommand.prepare(
        id, directory: directory, framework: framework, content: content, command: "check")
      let outcome = Blocking.wait {
        let supervisor = Supervisor()
        let result = Mutex<CheckOutcome?>(nil)
        let ended = Latch()
        await supervisor.start(SessionID(1)) { groups in
          let outcome = await check.run(groups: groups)
          result.withLock { $0 = outcome }
          ended.open()
        }
        await ended.wait()
        return result.withLock { $0 }!
      }
      PracticeCommand.record(outcome, exercise: exercise.id, framework: check.target.framework)
      if json {
        printOut(
          outcome.json(
            exercise: exercise.id, framework: check.target.framework, project: check.target.directory))
      } else {
        PracticeCommand.printOutcome(outcome, verbose: verbose)
      }
      if !outcome.passed { throw ExitCode.failure }
    }
  }
}

extension PracticeCommand {
  /// `crossroads practice watch ID [DIR]`: checks again on every save, until Ctrl-C.
  struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "watch",
      abstract: "Check an exercise again each time a file of the practice project is saved, until Ctrl-C.",
      discussion: """
        Saves are noticed with inotify where the system has it, else by looking at the files' \
        modification times four times a second; a burst of writes is one save. A check still \
        running when a newer save arrives is stopped, and the newer code is checked.
        """)

    @Argument(help: "The exercise's id.")
    var id: String

    @Argument(help: "The practice project (default: ./practice_flask or ./practice_django).")
    var directory: String?

    @Option(help: ArgumentHelp("Which practice project, when both are here.", valueName: "flask|django"))
    var framework: String?

    @Flag(name: .shortAndLong, help: "Print each check's full output too.")
    var verbose = false

    @Flag(help: "Poll modification times even where inotify exists.")
    var poll = false

    @OptionGroup var content: ContentOptions

    func run() throws {
      StopSignals.block()

      let (catalog, exercise, check) = try PracticeCommand.prepare(
        id, directory: directory, framework: framework, content: content, command: "watch")
      let framework = check.target.framework
      let watcher = FileWatcher(root: check.target.directory, forcePolling: poll)
      let watch = PracticeWatch(check: check, supervisor: Supervisor(), watcher: watcher)
      printOut(
        "Watching \(check.target.directory) for saves (\(watcher.mechanism.rawValue)); Ctrl-C stops.")
      let verbose = verbose
      let task = Task {
        await watch.run { event in
          switch event {
          case .checking:
            printOut("checking \(exercise.id)…")
          case .result(_, let outcome):
            // Said first: saving the progress (an atomic write) need not delay the result.
            PracticeCommand.printOutcome(outcome, verbose: verbose)
            if outcome.passed, let next = catalog.next(after: exercise.id) {
              printOut("  Next: crossroads practice show \(next.id)   (\(next.title))")
            }
            PracticeCommand.record(outcome, exercise: exercise.id, framework: framework)
          }
        }
      }
      let signals = StopSignals(stopping: "the watch") {
        task.cancel()
        watcher.stop()
      }
      defer { signals.cancel() }
      Blocking.wait { await task.value }
      if let signal = signals.received { throw ExitCode(128 + signal) }
    }
  }

  /// `crossroads practice start --framework F`: writes the practice project.
  struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "start",
      abstract: "Write the practice project: DIR/practice_flask or DIR/practice_django.",
      discussion: """
        A generated sample like any other, with every feature the exercises need; it is never \
        written over a folder that exists.
        """)

    @Option(help: ArgumentHelp("flask or django.", valueName: "flask|django"))
    var framework: String

    @Option(help: ArgumentHelp("The folder to write it into.", valueName: "dir"))
    var into: String = "."

    @OptionGroup var content: ContentOptions

    func run() throws {
      guard let chosen = try PracticeCommand.framework(named: framework) else { return }
      let catalog = try PracticeCommand.catalog(content)
      let name = PracticeCommand.projectName(chosen)
      let generate = try GenerateCommand.parse(
        [
          "--framework", chosen.rawValue, "--name", name, "--into", into, "--features",
          catalog.features(for: chosen).joined(separator: ","),
        ])
      try generate.run()
      let path = (into.hasSuffix("/") ? into : into + "/") + name
      let quoted = ShellQuoting.quoted(path)
      printOut("")
      printOut("Set up its environment once (it installs the requirements into a cached environment):")
      printOut("  crossroads run \(quoted) --check")
      if let first = catalog.exercises.first {
        printOut("Then the first exercise:")
        printOut("  crossroads practice show \(first.id) --framework \(chosen.rawValue)")
        printOut("  crossroads practice watch \(first.id) \(quoted)")
      }
    }
  }
}

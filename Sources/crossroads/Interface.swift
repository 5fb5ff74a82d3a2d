import CrossroadsCore
import CrossroadsLaunch
import CrossroadsUI
import CursesTerminal

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Starts the full-screen interface and gives the terminal back however it ends.
enum Interface {
  /// Returns the exit status: 0 after quitting, 128 + the signal's number after a signal.
  ///
  /// With `runDirectory`, it opens on the run screen for that sample.
  static func run(
    lessonFiles: [String: String], runDirectory: String? = nil,
    launchOptions: Launcher.Options = Launcher.Options()
  ) throws -> Int32 {
    // First, before any thread exists, so every thread inherits the mask: signals are
    // read as messages by Dispatch sources, never handled by interrupting a thread.
    SignalEvents.block()
    let inbox = Inbox()
    // Read once the first frame is out (starting their thread is not needed for it); a
    // signal that comes sooner waits, blocked, until then.
    var signals: SignalEvents?
    defer { signals?.cancel() }

    let terminal = try CursesTerminal(environment: ProcessEnvironment.current)
    // A crash closes the watchdog's pipe first thing, so every child's guard ends its group.
    terminal.closeOnCrash(Watchdog.writeDescriptor)
    // The one teardown path: every way out of `run` (quit, a signal, an error) passes here,
    // stopping every session's process groups before giving the terminal back.
    let sessions = SessionRunner(inbox: inbox, options: launchOptions)
    defer {
      Blocking.wait { await sessions.supervisor.cancelAll() }
      terminal.restore()
    }
    var state = AppState(
      size: terminal.size, lessonFiles: lessonFiles, glyphs: terminal.glyphs,
      storage: AdvisorStorage(exportPath: answersExportPath()), workingDirectory: currentDirectory())
    // `crossroads run DIR` in a terminal opens the run screen over home, its launch started.
    let opening = runDirectory.map { state.open(.run(RunScreen(directory: $0, session: state.newSession()))) }
    let program = Program(
      state: state, backend: terminal, inbox: inbox, performOnTerminal: { Editor.perform($0) },
      perform: { perform($0, content: lessonFiles, sessions: sessions) })
    return program.run(startingWith: opening ?? []) {
      signals = SignalEvents(posting: inbox)
      return .remembered(remembered())
    }
  }

  /// The progress and the last answers, with what reading them had to say.
  static func remembered() -> Remembered {
    let (progress, progressNotice, savesProgress) = ProgressStore.load()
    let (storage, answersNotice) = advisorStorage()
    let notices = [progressNotice, answersNotice].compactMap { $0 }
    return Remembered(
      progress: progress, savesProgress: savesProgress, storage: storage,
      notice: notices.isEmpty ? nil : notices.joined(separator: " "))
  }

  /// Carries out an effect off the UI thread; the message returned goes back to `update`.
  ///
  /// Session effects wait here until the supervisor has taken them, so a restart's stop is
  /// complete (its port free) before the new launch looks for a port.
  static func perform(
    _ effect: Effect, content: [String: String], sessions: SessionRunner
  ) -> Msg? {
    switch effect {
    case .quit:
      return nil
    case .launch(let id, let directory):
      Blocking.wait { await sessions.launch(id, directory: directory) }
      return nil
    case .cancel(let id):
      Blocking.wait { await sessions.supervisor.cancel(id) }
      return nil
    case .recheck(let id):
      Task { await sessions.recheck(id) }
      return nil
    case .runSampleTests(let id, let directory):
      Blocking.wait { await sessions.sampleTests(id, directory: directory) }
      return nil
    case .measure(let id, let request):
      Blocking.wait { await sessions.measure(id, request, content: content) }
      return nil
    case .practice(let id, let exercise, let framework, let directory):
      Blocking.wait {
        await sessions.practice(
          id, exerciseID: exercise, framework: framework, directory: directory, content: content)
      }
      return nil
    case .showSolution(let exercise, let framework, let directory):
      return .solution(
        exerciseID: exercise, Solution.diff(exercise, framework, directory: directory, content: content))
    case .edit:
      return nil  // Carried out on the terminal's thread: Editor.perform.
    case .openURL(let url):
      return Browser.open(url).map { .notice($0) }
    case .generate(let request):
      return .generated(request.perform(contentFiles: content))
    case .saveProgress(let progress):
      do {
        try ProgressStore.file.save(progress)
        return nil
      } catch {
        return .notice("Your progress was not saved: \(error)")
      }
    case .saveAnswers(let save):
      if !save.replacing, FileManager.default.fileExists(atPath: save.path) { return .answersExist(save) }
      do throws(FileWriteError) {
        try AtomicFile.save(save.contents, to: save.path, creatingFolders: save.purpose == .remember)
        return .answersSaved(save, failure: nil)
      } catch {
        return .answersSaved(save, failure: error.reason)
      }
    }
  }

  /// Finds where answers are kept and reads the last ones: one bounded read and a JSON
  /// check, the questionnaire's own check waiting for the course to load. A file that is
  /// not answers is set aside and said so.
  static func advisorStorage() -> (AdvisorStorage, notice: String?) {
    let exportPath = answersExportPath()
    guard let path = StatePaths.answers(environment: ProcessEnvironment.current) else {
      return (AdvisorStorage(exportPath: exportPath), nil)
    }
    let file = StoredFile(path: path)
    let reason: String
    switch file.readContents() {
    case .missing:
      return (AdvisorStorage(lastAnswersPath: path, exportPath: exportPath), nil)
    case .unreadable(let why):
      reason = why
    case .contents(let data):
      guard let text = String(validating: data, as: UTF8.self) else {
        reason = "it is not UTF-8 text"
        break
      }
      do throws(ContentError) {
        _ = try AnswersFile.entries(text, file: path)
        return (AdvisorStorage(lastAnswersPath: path, lastAnswersText: text, exportPath: exportPath), nil)
      } catch {
        reason = error.message
      }
    }
    let keptAs = file.setAside()
    let notice = StoredFile.notice("Your saved answers", reason: reason, keptAs: keptAs)
    // Left in place, the file must not be replaced by the next result's answers.
    let storage = AdvisorStorage(lastAnswersPath: keptAs == nil ? nil : path, exportPath: exportPath)
    return (storage, notice)
  }
}

/// Where the advisor exports answers: `crossroads-answers.json` in the starting folder.
private func answersExportPath() -> String {
  currentDirectory() + "/" + AdvisorStorage.exportName
}

/// The folder the program was started in, where a generated project goes by default.
private func currentDirectory() -> String {
  FileManager.default.currentDirectoryPath
}

import CrossroadsCore
import CrossroadsUI
import CursesTerminal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Starts the full-screen interface and gives the terminal back however it ends.
enum Interface {
  /// Returns the exit status: 0 after quitting, 128 + the signal's number after a signal.
  static func run(lessonFiles: [String: String]) throws -> Int32 {
    // First, before any thread exists, so every thread inherits the mask: signals are
    // read as messages by Dispatch sources, never handled by interrupting a thread.
    SignalEvents.block()
    let inbox = Inbox()
    let signals = SignalEvents(posting: inbox)
    defer { signals.cancel() }

    let terminal = try CursesTerminal(environment: Environment.current)
    // The one teardown path: every way out of `run` (quit, a signal, an error) passes here.
    defer { terminal.restore() }
    let (progress, notice) = ProgressStore.load()
    let state = AppState(
      size: terminal.size, lessonFiles: lessonFiles, glyphs: terminal.glyphs, progress: progress,
      notice: notice)
    return Program(state: state, backend: terminal, inbox: inbox) { effect in
      guard case .saveProgress(let progress) = effect else { return }
      do {
        try ProgressStore.file.save(progress)
      } catch {
        inbox.post(.msg(.notice("Your progress was not saved: \(error)")))
      }
    }.run()
  }
}

/// The process environment as a dictionary.
enum Environment {
  static var current: [String: String] {
    var result: [String: String] = [:]
    var pointer = environ
    while let entry = pointer.pointee {
      let pair = String(cString: entry)
      if let equals = pair.firstIndex(of: "=") {
        result[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
      }
      pointer += 1
    }
    return result
  }
}

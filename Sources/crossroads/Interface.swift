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
    let state = AppState(
      size: terminal.size, lessonFiles: lessonFiles, glyphs: terminal.glyphs,
      workingDirectory: currentDirectory())
    return Program(state: state, backend: terminal, inbox: inbox).run()
  }
}

/// The folder the program was started in, where a generated project goes by default.
private func currentDirectory() -> String {
  guard let path = getcwd(nil, 0) else { return "." }
  defer { free(path) }
  return String(cString: path)
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

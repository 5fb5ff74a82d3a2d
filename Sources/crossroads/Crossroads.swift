import ArgumentParser
import CrossroadsCore
import CrossroadsUI
import CursesTerminal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `crossroads`: the interface when run in a terminal, and the subcommands for scripts.
@main
struct Crossroads: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "crossroads",
    abstract: "Choose between Flask and Django: learn the difference, get advice, run a sample.",
    discussion: """
      Run without a subcommand in a terminal to open the interactive guide.
      """,
    version: CrossroadsVersion.current,
    subcommands: [
      LessonsCommand.self, CompareCommand.self, AdviseCommand.self, GenerateCommand.self, RunCommand.self,
      MeasureCommand.self, PracticeCommand.self,
    ]
  )

  @OptionGroup var content: ContentOptions

  /// Runs the command as ArgumentParser's own `main` does, but prints its errors through
  /// `printError`: they quote answers files and lessons, whose control characters must not
  /// reach the terminal.
  static func main() {
    do {
      // The bare interface, the command a person types most, skips ArgumentParser: its
      // reflection over the commands and its scan of every protocol conformance were a
      // quarter of the start-up's work before the first frame. Anything else is parsed.
      if CommandLine.arguments.count == 1, isInTerminal {
        try runInterface(lessonFiles: EmbeddedContent.files)
        return
      }
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let message = fullMessage(for: error)
      let code = exitCode(for: error)
      if !message.isEmpty {
        if code == .success { printOut(message) } else { printError(message) }
      }
      #if canImport(Glibc)
        Glibc.exit(code.rawValue)
      #else
        Darwin.exit(code.rawValue)
      #endif
    }
  }

  func run() throws {
    guard Self.isInTerminal else {
      printOut(Self.usageWithoutTerminal)
      return
    }
    try Self.runInterface(lessonFiles: try content.files())
  }

  /// Whether standard input and output are both a terminal, where the interface can be drawn.
  private static var isInTerminal: Bool { isatty(STDOUT_FILENO) == 1 && isatty(STDIN_FILENO) == 1 }

  private static func runInterface(lessonFiles: [String: String]) throws {
    let status = try Interface.run(lessonFiles: lessonFiles)
    if status != 0 { throw ExitCode(status) }
  }

  static let usageWithoutTerminal = """
    crossroads draws its interface only in a terminal. Without one:
      crossroads lessons [ID]     list the lessons, or print one as plain text
      crossroads compare TOPIC    print a topic's Flask and Django code side by side
      crossroads advise           a recommendation for your project, as text or JSON
      crossroads generate         write a sample Flask or Django app
      crossroads run DIR --check  set up, start and check a generated sample
      crossroads measure          the same app in Flask and Django, measured side by side
      crossroads practice         exercises in your own sample, checked on every save
      crossroads --help           every command and option
    """
}

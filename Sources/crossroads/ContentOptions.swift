import ArgumentParser
import CrossroadsCore
import CrossroadsUI

/// `--lessons DIR`: read the course from a folder instead of the copy built into the program.
struct ContentOptions: ParsableArguments {
  @Option(
    name: .customLong("lessons"),
    help: ArgumentHelp("Read lessons from this folder instead of the built-in course.", valueName: "DIR"))
  var directory: String?

  /// `--lessons DIR` as given on this process's command line, for what must be known before
  /// the arguments are parsed (the help of `advise`, whose flags are the questions).
  static func fromCommandLine() -> ContentOptions? {
    var directory: String?
    let arguments = CommandLine.arguments
    for (index, argument) in arguments.enumerated() {
      if argument == "--lessons", index + 1 < arguments.count { directory = arguments[index + 1] }
      if argument.hasPrefix("--lessons=") { directory = String(argument.dropFirst("--lessons=".count)) }
    }
    return try? parse(directory.map { ["--lessons", $0] } ?? [])
  }

  /// The lesson files: from `--lessons DIR`, or those compiled in.
  func files() throws -> [String: String] {
    guard let directory else { return EmbeddedContent.files }
    do {
      return try ContentFiles.read(directory: directory)
    } catch {
      throw ValidationError("\(error); pass the Lessons folder of a Crossroads checkout")
    }
  }

  /// The name shown before a lesson file in messages: the folder it came from.
  var displayPrefix: String {
    guard let directory else { return "Lessons/" }
    return directory.hasSuffix("/") ? directory : directory + "/"
  }

  func course() throws -> Course {
    Course(files: try files(), displayPrefix: displayPrefix)
  }
}

/// How wide and in which characters to print for a script or a pipe.
enum PlainOutput {
  /// `$COLUMNS`, or 100 when unset or unreadable.
  static var width: Int {
    guard let columns = ProcessEnvironment.current["COLUMNS"].flatMap(Int.init), columns >= 40 else {
      return 100
    }
    return columns
  }

  /// Unicode frames under a UTF-8 locale, ASCII otherwise.
  static var glyphs: Glyphs {
    // The first of LC_ALL, LC_CTYPE and LANG that is set decides, as it does for the C library.
    let environment = ProcessEnvironment.current
    let locale =
      ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
    let utf8 = locale.uppercased().contains("UTF-8") || locale.uppercased().contains("UTF8")
    return utf8 ? .unicode : .ascii
  }
}

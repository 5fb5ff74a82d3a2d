/// The code a person owns in a generated sample: files, and lines by kind.
///
/// Lines of Python are those of every `.py` file that are neither blank nor a comment line
/// (first non-space character `#`); template lines are the non-blank lines of `.html` files;
/// settings and configuration are Django's `settings.py` and the project files
/// (`requirements.txt`, `pyproject.toml`, `*.cfg`, `*.ini`, `*.toml`), counted the same way as
/// Python. `settings.py` is Python too, so it counts in both.
public struct CodeCount: Sendable, Equatable {
  public var files = 0
  public var pythonLines = 0
  public var templateLines = 0
  public var configLines = 0

  public init(files: Int = 0, pythonLines: Int = 0, templateLines: Int = 0, configLines: Int = 0) {
    self.files = files
    self.pythonLines = pythonLines
    self.templateLines = templateLines
    self.configLines = configLines
  }

  /// Counts the files given as their path inside the project and their text.
  public static func count(_ files: [(path: String, text: String)]) -> CodeCount {
    var count = CodeCount()
    for file in files {
      count.files += 1
      let name = String(file.path.split(separator: "/").last ?? "")
      if name.hasSuffix(".py") { count.pythonLines += codeLines(file.text) }
      if name.hasSuffix(".html") { count.templateLines += nonBlankLines(file.text) }
      if isConfiguration(name) { count.configLines += codeLines(file.text) }
    }
    return count
  }

  static func isConfiguration(_ name: String) -> Bool {
    name == "settings.py" || name == "requirements.txt" || name == "pyproject.toml" || name.hasSuffix(".cfg")
      || name.hasSuffix(".ini") || name.hasSuffix(".toml")
  }

  /// Lines that are neither blank nor start with `#` after their indentation.
  static func codeLines(_ text: String) -> Int {
    text.split(separator: "\n", omittingEmptySubsequences: false).count { line in
      let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
      return !trimmed.isEmpty && trimmed.first != "#"
    }
  }

  static func nonBlankLines(_ text: String) -> Int {
    text.split(separator: "\n", omittingEmptySubsequences: false).count { line in
      line.contains { !$0.isWhitespace }
    }
  }
}

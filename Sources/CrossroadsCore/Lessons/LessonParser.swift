/// Parses a lesson file: YAML front matter, then a focused subset of Markdown.
///
/// The subset is what `Lessons/README.md` promises authors, and every departure from it is a
/// `ContentError` naming the file and line, so a broken lesson is reported, never guessed at.
public enum LessonParser {
  /// Parses `text`, the contents of the lesson file named `file` (`NN-slug.md`).
  public static func parse(_ text: String, file: String) throws(ContentError) -> Lesson {
    // A byte order mark some editors write is not part of the text.
    let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    let name = file.split(separator: "/").last.map(String.init) ?? file
    guard let (number, slug) = fileNameParts(name) else {
      throw ContentError(
        file: file, line: 1,
        message: "the file name must be NN-slug.md (two digits, a hyphen, lowercase words)")
    }
    // Split bytes, not characters: faster, and "\r\n" is one Character that "\n" never matches.
    let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
      let line = Substring($0)
      return line.utf8.last == UInt8(ascii: "\r") ? line.dropLast() : line
    }
    guard lines.first == "---" else {
      throw ContentError(file: file, line: 1, message: "a lesson starts with front matter: a line '---'")
    }
    guard let close = lines.dropFirst().firstIndex(of: "---") else {
      throw ContentError(file: file, line: 1, message: "the front matter is not closed by a line '---'")
    }
    let yaml = lines[1..<close].joined(separator: "\n")
    let front = try FrontMatter.parse(yaml, file: file, firstLine: 2)
    guard front.id == slug else {
      throw ContentError(
        file: file, line: front.idLine,
        message: "id '\(front.id)' must match the file name's slug '\(slug)'")
    }
    var body = BodyParser(file: file)
    let blocks = try body.parse(lines[(close + 1)...], firstLine: close + 2)
    return Lesson(
      id: front.id, number: number, title: front.title, summary: front.summary,
      blocks: blocks, check: front.check, file: file)
  }

  /// Splits `NN-slug.md` into its number and slug.
  static func fileNameParts(_ name: String) -> (Int, String)? {
    guard name.hasSuffix(".md") else { return nil }
    let stem = name.dropLast(3)
    let digits = stem.prefix(2)
    guard digits.count == 2, digits.allSatisfy(\.isASCIIDigit), let number = Int(digits),
      stem.dropFirst(2).first == "-"
    else { return nil }
    let slug = String(stem.dropFirst(3))
    return isSlug(slug) ? (number, slug) : nil
  }

  /// A slug is lowercase ASCII letters and digits, words joined by single hyphens.
  static func isSlug(_ text: String) -> Bool {
    !text.isEmpty && !text.hasPrefix("-") && !text.hasSuffix("-") && !text.contains("--")
      && text.allSatisfy { $0 == "-" || $0.isASCIIDigit || ("a"..."z").contains($0) }
  }
}

extension Character {
  var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

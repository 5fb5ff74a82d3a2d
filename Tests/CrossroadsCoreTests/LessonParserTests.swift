import Testing

@testable import CrossroadsCore

struct LessonParserTests {
  /// A list is parsed in time linear in its items: 100,000 items with continuation lines
  /// took minutes when each item copied the list before it.
  @Test func aHugeListParsesInLinearTime() throws {
    let items = (0..<100_000).map { "- item \($0)\n  continued" }.joined(separator: "\n")
    let frontMatter = Self.valid.prefix { $0 != "#" }
    let text = String(frontMatter) + items + "\n"
    let clock = ContinuousClock()
    let start = clock.now
    let lesson = try LessonParser.parse(text, file: "01-routing.md")
    let elapsed = clock.now - start
    guard case .list(let ordered, let parsed) = lesson.blocks.first else {
      Issue.record("expected one list, got \(lesson.blocks.count) blocks")
      return
    }
    #expect(!ordered)
    #expect(parsed.count == 100_000)
    #expect(parsed.last == RichText(markdown: "item 99999 continued"))
    // Generous: a debug build parses it in well under a second.
    #expect(elapsed < .seconds(10), "\(elapsed)")
  }

  static let valid = """
    ---
    id: routing
    title: "Routing: decorators vs URLconf"
    summary: How a URL finds its view.
    check:
      - question: Where are Django's routes?
        choices:
          - text: In urlpatterns
            correct: true
            why: The URLconf lists them.
          - text: In decorators
            why: That is Flask.
    ---

    # Routing

    Flask uses `@app.route` and **decorators**;
    Django uses a list.

    - first item
      continues here
    - second item

    1. one
    2. two

    ```flask app.py
    @app.route("/")
    def home():
        return "Hello, Flask!"
    ```

    ```django myapp/urls.py
    urlpatterns = [path("", views.home)]
    ```

    ```console
    $ flask run
    ```
    """

  @Test func parsesFrontMatterAndBody() throws {
    let lesson = try LessonParser.parse(Self.valid, file: "Lessons/04-routing.md")
    #expect(lesson.id == "routing")
    #expect(lesson.number == 4)
    #expect(lesson.title == "Routing: decorators vs URLconf")
    #expect(lesson.check.count == 1)
    #expect(lesson.check[0].correctIndex == 0)
    #expect(lesson.check[0].choices[1].why == "That is Flask.")
    #expect(lesson.blocks.count == 6)
    #expect(lesson.blocks[0] == .heading(level: 1, text: RichText([.init("Routing")])))
    #expect(
      lesson.blocks[1]
        == .paragraph(
          RichText([
            .init("Flask uses "), .init("@app.route", .code), .init(" and "), .init("decorators", .strong),
            .init("; Django uses a list."),
          ])))
    #expect(
      lesson.blocks[2]
        == .list(
          ordered: false,
          items: [RichText(markdown: "first item continues here"), RichText(markdown: "second item")]))
    #expect(
      lesson.blocks[3] == .list(ordered: true, items: [RichText(markdown: "one"), RichText(markdown: "two")]))
  }

  @Test func pairsAFlaskBlockWithTheDjangoBlockAfterIt() throws {
    let lesson = try LessonParser.parse(Self.valid, file: "04-routing.md")
    guard case .pair(let flask, let django) = lesson.blocks[4] else {
      Issue.record("expected a pair, got \(lesson.blocks[4])")
      return
    }
    #expect(flask.file == "app.py")
    #expect(flask.language == .python)
    #expect(flask.line == 27)
    #expect(flask.code == "@app.route(\"/\")\ndef home():\n    return \"Hello, Flask!\"")
    #expect(django.file == "myapp/urls.py")
    #expect(
      lesson.blocks[5]
        == .code(CodeBlock(side: .neither, file: nil, language: .console, code: "$ flask run", line: 37)))
  }

  @Test func aLoneFlaskBlockStaysSingle() throws {
    let text = Self.valid.replacingFirst("```django myapp/urls.py", with: "```python urls.py")
    let lesson = try LessonParser.parse(text, file: "04-routing.md")
    #expect(lesson.codeBlocks.map(\.side) == [.flask, .neither, .neither])
    #expect(!lesson.blocks.contains { if case .pair = $0 { true } else { false } })
  }

  @Test(arguments: [
    ("routing: x", "x-routing.md", 1, "the file name must be NN-slug.md"),
    ("", "04-routing.md", 1, "a lesson starts with front matter"),
  ])
  func rejectsBadFiles(_ replacement: String, _ file: String, _ line: Int, _ message: String) {
    let text = replacement.isEmpty ? "# no front matter\n" : Self.valid
    expectError(text, file: file, line: line, startsWith: message)
  }

  @Test func reportsTheLineOfEachMistake() {
    expectError(
      Self.valid.replacingFirst("id: routing", with: "id: routes"), line: 2,
      startsWith: "id 'routes' must match")
    expectError(
      Self.valid.replacingFirst("title: \"Routing: decorators vs URLconf\"\n", with: ""), line: 2,
      startsWith: "'title' is missing")
    expectError(
      Self.valid.replacingFirst("summary:", with: "sumary:"), line: 4, startsWith: "unknown key 'sumary'")
    expectError(
      Self.valid.replacingFirst("        correct: true\n", with: ""), line: 6,
      startsWith: "exactly one choice")
    expectError(
      Self.valid.replacingFirst("        why: That is Flask.\n", with: ""), line: 11,
      startsWith: "'why' is missing")
    expectError(
      Self.valid.replacingFirst("title: \"Routing", with: "title: [\"Routing"), line: 4, startsWith: "YAML:")
    expectError(
      Self.valid.replacingFirst("```console\n$ flask run\n```", with: "```console\n$ flask run"), line: 37,
      startsWith: "this code block is never closed")
    expectError(
      Self.valid.replacingFirst("```flask app.py", with: "```flask"), line: 27,
      startsWith: "a flask block names its file")
    expectError(
      Self.valid.replacingFirst("```console", with: "```bash"), line: 37,
      startsWith: "unknown code block tag 'bash'")
    expectError(
      Self.valid.replacingFirst("# Routing", with: "#### Routing"), line: 15,
      startsWith: "headings go from # to ###")
    expectError(
      Self.valid.replacingFirst("---\n\n# Routing", with: "\n# Routing"), line: 1,
      startsWith: "the front matter is not closed")
  }

  @Test func aCheckNeedsOneToThreeQuestions() {
    let empty = Self.valid.replacingFirst(
      String(
        Self.valid[Self.valid.range(of: "check:")!.lowerBound..<Self.valid.range(of: "---\n\n#")!.lowerBound]),
      with: "check: []\n")
    expectError(empty, line: 5, startsWith: "check needs one to three questions, found 0")
  }

  private func expectError(
    _ text: String, file: String = "Lessons/04-routing.md", line: Int, startsWith message: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    do {
      let lesson = try LessonParser.parse(text, file: file)
      Issue.record("expected an error, parsed \(lesson.id)", sourceLocation: sourceLocation)
    } catch {
      #expect(error.file == file, sourceLocation: sourceLocation)
      #expect(error.line == line, "\(error)", sourceLocation: sourceLocation)
      #expect(error.message.hasPrefix(message), "\(error)", sourceLocation: sourceLocation)
    }
  }
}

extension String {
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { fatalError("\(target) not in the text") }
    return replacingCharacters(in: range, with: replacement)
  }
}

struct RichTextTests {
  @Test(arguments: [
    ("plain", [RichText.Span("plain")]),
    ("a `b` c", [.init("a "), .init("b", .code), .init(" c")]),
    ("a `b", [.init("a `b")]),
    ("`x` and `y` and `z", [.init("x", .code), .init(" and "), .init("y", .code), .init(" and `z")]),
    ("**bold** `**not bold**`", [.init("bold", .strong), .init(" "), .init("**not bold**", .code)]),
    ("a ** b", [.init("a ** b")]),
    ("2 ** 3 is **eight**", [.init("2 "), .init(" 3 is ", .strong), .init("eight**")]),
  ])
  func parsesInlineMarkup(_ markdown: String, _ spans: [RichText.Span]) {
    #expect(RichText(markdown: markdown).spans == spans)
  }
}

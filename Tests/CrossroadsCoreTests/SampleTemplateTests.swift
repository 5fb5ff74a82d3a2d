import Testing

@testable import CrossroadsCore

/// The samples' template language: Mustache's variables, sections and comments in `<% %>`,
/// held to the cases of the Mustache specification that the samples rely on.
struct SampleTemplateTests {
  private func render(_ text: String, values: [String: String] = [:], flags: Set<String> = []) throws
    -> String
  {
    try SampleTemplate(text).render(SampleTemplate.Context(values: values, flags: flags))
  }

  @Test func variablesAreInsertedAsTheyAre() throws {
    #expect(try render("Hello, <% name %>!", values: ["name": "Jo"]) == "Hello, Jo!")
    #expect(
      try render("key = '<%secret_key%>'", values: ["secret_key": "a&b<c>\"d'"]) == "key = 'a&b<c>\"d''")
    #expect(try render("[<% missing %>]") == "[]")
  }

  @Test func jinjaAndDjangoBracesPassThrough() throws {
    let text = "{% if user %}{{ user.name|title }}{% endif %} <% name %>"
    #expect(try render(text, values: ["name": "x"]) == "{% if user %}{{ user.name|title }}{% endif %} x")
  }

  @Test func sectionsAndInvertedSections() throws {
    let text = "a<%#orm%>B<%/orm%><%^orm%>C<%/orm%>d"
    #expect(try render(text, flags: ["orm"]) == "aBd")
    #expect(try render(text) == "aCd")
    #expect(try render("<%#orm%><%#admin%>both<%/admin%><%/orm%>", flags: ["orm", "admin"]) == "both")
    #expect(try render("<%#orm%><%#admin%>both<%/admin%><%/orm%>", flags: ["admin"]) == "")
  }

  @Test func standaloneTagsTakeTheirLineWithThem() throws {
    // The specification's "Standalone Lines" and "Indented Standalone Lines".
    #expect(try render("| This Is\n<%#b%>\n|\n<%/b%>\n| A Line", flags: ["b"]) == "| This Is\n|\n| A Line")
    #expect(
      try render("| This Is\n  <%#b%>\n|\n  <%/b%>\n| A Line", flags: ["b"]) == "| This Is\n|\n| A Line")
    #expect(try render("| This Is\n\t<%^b%>\n|\n\t<%/b%>\n| A Line") == "| This Is\n|\n| A Line")
    // "Standalone Line Endings": a CRLF line goes whole.
    #expect(try render("|\r\n<%#b%>\r\n<%/b%>\r\n|", flags: ["b"]) == "|\r\n|")
    // "Standalone Without Newline": the last line, with no line break.
    #expect(try render("#<%#b%>\n/\n  <%/b%>", flags: ["b"]) == "#\n/\n")
    // A comment alone on its line goes too; one inside text leaves the text.
    #expect(try render("a\n  <%! a note %>\nb") == "a\nb")
    #expect(try render("a<%! a note %>b") == "ab")
  }

  @Test func tagsThatDoNotStandAloneKeepTheirLine() throws {
    // A variable never stands alone, even when it renders as nothing.
    #expect(try render("<% missing %>\nx") == "\nx")
    // Text beside a section tag keeps the line and its break.
    #expect(try render("x = 1  <%#b%>\ny<%/b%>", flags: ["b"]) == "x = 1  \ny")
    // Two tags on one line: neither stands alone.
    #expect(try render("<%#b%><%/b%>\nz", flags: ["b"]) == "\nz")
  }

  @Test func mistakesAreNamedAtTheirLine() {
    let cases: [(String, SampleTemplate.SyntaxError)] = [
      ("a\n<%#orm%>\nb", .init(line: 2, problem: "'orm' is opened here and never closed")),
      ("<%#orm%>\n<%/admin%>", .init(line: 2, problem: "'admin' is closed where 'orm' (line 1) is open")),
      ("a\nb\n<%/orm%>", .init(line: 3, problem: "'orm' is closed but was never opened")),
      ("x <% name", .init(line: 1, problem: "a tag opened with <% is not closed with %> on its line")),
      (
        "<%> partial %>",
        .init(
          line: 1,
          problem: "'<%> partial %>': partials, delimiter changes and unescaped tags are not used here")
      ),
      ("<% two words %>", .init(line: 1, problem: "'<% two words %>' does not name a value")),
    ]
    for (text, expected) in cases {
      #expect(throws: expected, "\(text.debugDescription)") { try SampleTemplate(text) }
    }
  }
}

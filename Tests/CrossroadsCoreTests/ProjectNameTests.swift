import Testing

@testable import CrossroadsCore

struct ProjectNameTests {
  @Test(arguments: [
    "blog", "my_shop", "a", "app2", "x1_y2_z3", String(repeating: "a", count: 40), "match", "case", "type",
    "app", "flask_app", "mysite",
  ])
  func accepted(_ name: String) throws {
    #expect(try ProjectName(name).value == name)
  }

  @Test(
    arguments: [
      ("", ProjectNameError.Rule.empty, nil as String?, "The project needs a name."),
      (
        "My-Blog", .character("M"), "my_blog",
        "'M' is not allowed: use lowercase letters a-z, digits and underscores."
      ),
      (
        "my blog", .character(" "), "my_blog",
        "' ' is not allowed: use lowercase letters a-z, digits and underscores."
      ),
      (
        "café", .character("é"), "caf",
        "'é' is not allowed: use lowercase letters a-z, digits and underscores."
      ),
      ("2fast", .start, "app_2fast", "The name must start with a lowercase letter."),
      ("_private", .start, "private", "The name must start with a lowercase letter."),
      (
        String(repeating: "a", count: 41), .length(41), String(repeating: "a", count: 40),
        "The name has 41 characters; at most 40 are allowed."
      ),
      ("class", .keyword, "class_app", "'class' is a Python keyword, so it cannot be imported."),
      ("import", .keyword, "import_app", "'import' is a Python keyword, so it cannot be imported."),
      (
        "json", .standardLibrary, "json_app",
        "'json' is a module of Python's standard library; the project would hide it."
      ),
      (
        "test", .standardLibrary, "test_app",
        "'test' is a module of Python's standard library; the project would hide it."
      ),
      (
        "site", .standardLibrary, "site_app",
        "'site' is a module of Python's standard library; the project would hide it."
      ),
      (
        "asyncore", .standardLibrary, "asyncore_app",
        "'asyncore' is a module of Python's standard library; the project would hide it."
      ),
      (
        "tomllib", .standardLibrary, "tomllib_app",
        "'tomllib' is a module of Python's standard library; the project would hide it."
      ),
      (
        "flask", .sampleModule, "flask_app",
        "'flask' is a module the sample or its tools import; the project would hide it."
      ),
      (
        "django", .sampleModule, "django_app",
        "'django' is a module the sample or its tools import; the project would hide it."
      ),
      (
        "core", .sampleModule, "core_app",
        "'core' is a module the sample or its tools import; the project would hide it."
      ),
      (
        "manage", .sampleModule, "manage_app",
        "'manage' is a module the sample or its tools import; the project would hide it."
      ),
      (
        "pytest", .sampleModule, "pytest_app",
        "'pytest' is a module the sample or its tools import; the project would hide it."
      ),
    ] as [(String, ProjectNameError.Rule, String?, String)])
  func rejected(_ name: String, rule: ProjectNameError.Rule, suggestion: String?, reason: String) {
    #expect(throws: ProjectNameError(name: name, rule: rule, suggestion: suggestion)) {
      try ProjectName(name)
    }
    #expect(ProjectNameError(name: name, rule: rule, suggestion: suggestion).reason == reason)
  }

  @Test func theMessageEndsWithTheSuggestion() {
    #expect(
      ProjectNameError(name: "json", rule: .standardLibrary, suggestion: "json_app").description
        == "'json' is a module of Python's standard library; the project would hide it. Try 'json_app'.")
  }

  @Test func nothingUsableLeftMeansNoSuggestion() {
    #expect(ProjectName.suggestion(for: "!!!") == nil)
    #expect(ProjectName.suggestion(for: "---") == nil)
  }

  @Test func everySuggestionIsItselfAccepted() {
    for name in [
      "Hello World", "9lives", "__init__", "json", "Flask", "ÄÖÜ-x", String(repeating: "Z", count: 60),
    ] {
      if let suggestion = ProjectName.suggestion(for: name) {
        #expect(ProjectName.isValid(suggestion), "\(name) → \(suggestion)")
      }
    }
  }
}

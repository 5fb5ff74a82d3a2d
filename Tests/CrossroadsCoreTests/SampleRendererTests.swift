import Foundation
import Testing

@testable import CrossroadsCore

struct SampleRendererTests {
  static let content = try! ContentFiles.read(directory: CourseTests.lessonsDirectory)

  static func renderer(_ framework: Framework) throws -> SampleRenderer {
    try SampleRenderer(framework: framework, contentFiles: content)
  }

  @Test(arguments: Framework.allCases)
  func manifestsParseAndListOnlyFilesThatExist(_ framework: Framework) throws {
    let renderer = try Self.renderer(framework)
    #expect(renderer.manifest.framework == framework)
    #expect(renderer.manifest.features.map(\.name) == ["orm", "admin", "html", "auth"])
    for file in renderer.manifest.files {
      #expect(
        Self.content["samples/\(framework.rawValue)/\(file.template)"] != nil, "\(file.template) is missing")
    }
    let listed = Set(renderer.manifest.files.map(\.template))
    let present = Self.content.keys.filter { $0.hasPrefix("samples/\(framework.rawValue)/") }
      .map { String($0.dropFirst("samples/\(framework.rawValue)/".count)) }
      .filter { $0 != "manifest.yaml" }
    #expect(Set(present) == listed, "every template is listed in the manifest")
  }

  @Test func aBrokenManifestNamesItsLine() {
    let yaml = """
      framework: flask
      requirements_note: x
      features:
        orm: {summary: s}
      files:
        - path: a.py
          when: nosuch
      """
    #expect(
      throws: ContentError(
        file: "m.yaml", line: 7, message: "when names 'nosuch', which is not a feature; features: orm")
    ) {
      try SampleManifest.parse(yaml, file: "m.yaml")
    }
    #expect(throws: ContentError(file: "m.yaml", line: 1, message: "'framework' is missing")) {
      try SampleManifest.parse("files: []\n", file: "m.yaml")
    }
  }

  @Test func featuresAreClosedUnderRequires() throws {
    let flask = try Self.renderer(.flask).manifest
    #expect(try flask.closure(of: ["auth"]) == ["orm", "auth"])
    // Flask-Admin has no login of its own: the admin brings Flask-Login with it.
    #expect(try flask.closure(of: ["admin", "html"]) == ["orm", "admin", "html", "auth"])
    #expect(try flask.closure(of: []) == [])
    let django = try Self.renderer(.django).manifest
    #expect(try django.closure(of: ["auth"]) == ["auth"])
    #expect(
      throws: ScaffoldError.unknownFeature(
        "cms", framework: .django, known: ["orm", "admin", "html", "auth"])
    ) {
      try django.closure(of: ["cms"])
    }
  }

  @Test func anEndpointCanBeLeftOutByAFeature() throws {
    let django = try Self.renderer(.django)
    let posts = { (features: [String]) throws -> Int in
      let plan = try django.plan(name: try ProjectName("site_x"), features: features)
      let marker = try ProjectMarker.parse(
        Array(try #require(plan.files.first { $0.path == ProjectMarker.fileName }).contents.utf8))
      return marker.endpoints.filter { $0.method == "POST" && $0.path == "/api/items/" }.count
    }
    #expect(try posts(["orm"]) == 2)
    // Adding items needs a login with auth, which `run --check` does not have.
    #expect(try posts(["orm", "auth"]) == 0)
  }

  @Test func aPlanRendersPathsVariablesAndFeatures() throws {
    let plan = try Self.renderer(.flask).plan(
      name: try ProjectName("blog"), features: ["admin"], secretKey: String(repeating: "k", count: 50))
    let paths = plan.files.map(\.path)
    #expect(plan.features == ["orm", "admin", "auth"])
    #expect(
      paths.contains("blog/__init__.py") && paths.contains("blog/models.py")
        && paths.contains("blog/admin.py"))
    #expect(!paths.contains("blog/pages.py") && !paths.contains { $0.contains("_project_") })
    #expect(paths.contains(".gitignore") && paths.contains(".crossroads.json"))
    // The key is in the git-ignored instance folder, not in the code.
    let config = try #require(plan.files.first { $0.path == "instance/config.py" }).contents
    #expect(config.contains("SECRET_KEY = \"\(String(repeating: "k", count: 50))\""))
    let factory = try #require(plan.files.first { $0.path == "blog/__init__.py" }).contents
    #expect(!factory.contains(String(repeating: "k", count: 50)))
    #expect(factory.contains("sqlite:///blog.sqlite"))
    #expect(!factory.contains("<%") && !factory.contains("region") && !factory.contains("pages"))
  }

  @Test(arguments: Framework.allCases)
  func noGeneratedFileKeepsATagOrARegionMarker(_ framework: Framework) throws {
    let renderer = try Self.renderer(framework)
    for features in [[], renderer.manifest.features.map(\.name)] {
      let plan = try renderer.plan(name: try ProjectName("sample"), features: features)
      for file in plan.files {
        #expect(!file.contents.contains("<%"), "\(file.path)")
        for line in file.contents.split(separator: "\n") {
          #expect(RegionMarker(line: line) == nil, "\(file.path): \(line)")
        }
      }
    }
  }

  @Test func djangoTemplatesKeepTheirOwnBraces() throws {
    let plan = try Self.renderer(.django).plan(name: try ProjectName("shop"), features: ["html"])
    let form = try #require(plan.files.first { $0.path == "core/templates/core/form.html" }).contents
    #expect(form.contains("{% csrf_token %}"))
    #expect(form.contains("{{"))
  }

  @Test func emptyFilesStayEmpty() throws {
    let plan = try Self.renderer(.django).plan(name: try ProjectName("shop"), features: [])
    #expect(plan.files.first { $0.path == "core/migrations/__init__.py" }?.contents == "")
  }

  @Test func theMarkerRecordsFeaturesAnswersAndEndpoints() throws {
    let answers = Answers(["needs": ["orm"], "team": ["solo"]])
    let plan = try Self.renderer(.django).plan(
      name: try ProjectName("shop"), features: ["orm"], answers: answers)
    let json = try #require(plan.files.first { $0.path == ".crossroads.json" }).contents
    let marker = try ProjectMarker.parse(Array(json.utf8))
    #expect(marker.framework == .django)
    #expect(marker.features == ["orm"])
    #expect(marker.answers == answers)
    #expect(marker.crossroadsVersion == CrossroadsVersion.current)
    #expect(
      marker.endpoints.map(\.path) == [
        "/", "/api/data/", "/api/items/", "/api/items/", "/api/items/", "/api/items/",
      ])
    #expect(marker.endpoints[3].body == #"{"name": "First item"}"#)
    #expect(json.contains(#""crossroads_version""#))
  }

  @Test func twoProjectsGetDifferentSecrets() throws {
    let renderer = try Self.renderer(.django)
    func secret() throws -> String {
      let settings = try #require(
        try renderer.plan(name: try ProjectName("shop"), features: []).files.first {
          $0.path == "shop/settings.py"
        })
      let start = try #require(settings.contents.range(of: "django-insecure-")).upperBound
      return String(settings.contents[start...].prefix(SecretKey.length))
    }
    let first = try secret()
    let second = try secret()
    #expect(first != second)
    #expect(first.count == 50 && first.allSatisfy { SecretKey.alphabet.contains($0) })
  }

  @Test func regionsAreRenderedAsGenerated() throws {
    let flask = try Self.renderer(.flask)
    let factory = try flask.region(
      "factory", of: "_project_/__init__.py", features: ["orm"], projectName: "blog")
    #expect(factory.hasPrefix("def create_app(test_config=None, instance_path=None):\n"))
    #expect(factory.hasSuffix("    return app"))
    #expect(factory.contains("db.init_app(app)") && !factory.contains("register_blueprint(pages.bp)"))
    #expect(factory.contains("app.config.from_pyfile(\"config.py\", silent=True)"))

    let template = try flask.region(
      "hello_template", of: "_project_/templates/hello.html", features: ["html"])
    #expect(!template.contains("region") && template.contains("{{"))

    #expect(
      throws: ScaffoldError.missingRegion(
        "nosuch", path: "samples/flask/_project_/views.py", available: ["hello"])
    ) {
      try flask.region("nosuch", of: "_project_/views.py", features: [])
    }
    #expect(try flask.regionNames(in: "_project_/views.py") == ["hello", "items_api"])
    #expect(
      try SampleRenderer.region(
        framework: .django, templatePath: "core/models.py", region: "model", features: ["orm"],
        contentFiles: Self.content
      ).contains("class Item(models.Model):"))
  }

  @Test func nestedRegionsLoseTheirMarkers() {
    let text = "a\n# region outer\nb\n    # region inner\nc\n    # endregion\nd\n# endregion\ne\n"
    #expect(RegionMarker.extract("outer", from: text) == "b\nc\nd")
    #expect(RegionMarker.extract("inner", from: text) == "c")
    #expect(RegionMarker.extract("missing", from: text) == nil)
    #expect(RegionMarker.strip(text) == "a\nb\nc\nd\ne\n")
    #expect(RegionMarker(line: "{# region page #}") == .start("page"))
    #expect(RegionMarker(line: "# regional news") == nil)
  }

  @Test func theTreeIsDrawnLikeTree() throws {
    let tree = FileTree(paths: [".gitignore", "app/__init__.py", "app/t/x.html", "README.md"])
    #expect(
      tree.lines(root: "p", ascii: false) == [
        "p/", "├── .gitignore", "├── README.md", "└── app/", "    ├── __init__.py", "    └── t/",
        "        └── x.html",
      ])
    #expect(tree.lines(root: "p", ascii: true)[1] == "|-- .gitignore")
  }
}

import Foundation
import Testing

@testable import CrossroadsCore
@testable import CrossroadsUI

struct GenerateScreenTests {
  /// The fixture lessons with the real sample templates, which this screen renders.
  static let files: [String: String] = {
    let lessons = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appending(path: "Lessons").path()
    let samples = ((try? ContentFiles.read(directory: lessons)) ?? [:]).filter {
      $0.key.hasPrefix("samples/")
    }
    return AppDriver.fixtureFiles.merging(samples) { fixture, _ in fixture }
  }()

  /// The whole course as it ships: lessons, samples and the exercises that point at both.
  static let course: [String: String] = {
    let lessons = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appending(path: "Lessons").path()
    return (try? ContentFiles.read(directory: lessons)) ?? [:]
  }()

  /// The app on the generate screen, opened from home as a person would.
  static func openGenerate(workingDirectory: String = "/home/me/projects") -> AppDriver {
    var app = AppDriver(lessonFiles: files, workingDirectory: workingDirectory)
    app.press("end", "up", "up", "enter")
    return app
  }

  @Test func homeLeadsToGenerate() {
    var app = AppDriver(lessonFiles: Self.files)
    app.press("end", "up", "up")
    #expect(app.screen.contains("› Generate"))
    app.press("enter")
    #expect(app.screen.contains("Generate a sample app"))
  }

  @Test func theFormAndItsPreviewAt80x24() {
    var app = Self.openGenerate()
    app.type("blog")
    assertSnapshot(app.screen, named: "generate-80x24")
  }

  @Test func theNameIsCheckedAsItIsTyped() {
    var app = Self.openGenerate()
    #expect(app.screen.contains("Type a name, e.g. blog."))
    app.type("Json")
    #expect(app.screen.contains("'J' is not allowed"))
    app.press("backspace", "backspace", "backspace", "backspace")
    app.type("json")
    #expect(app.screen.contains("standard library"))
    #expect(app.screen.contains("Try 'json_app'."))
    app.type("_hook")
    #expect(app.screen.contains("✓ a valid name"), "h, j, k and l are letters in a text field")
    #expect(app.screen.contains("json_hook/"))
  }

  @Test func tickingAFeatureTicksWhatItNeeds() {
    var app = Self.openGenerate()
    app.type("blog")
    app.press("down", "down", "down")  // folder, then orm, then admin
    app.press("space")
    #expect(app.screen.contains("[x] orm  (needed)"))
    #expect(app.screen.contains("[x] admin"))
    #expect(app.screen.contains("admin.py"))
    app.press("up", "space")  // unticking orm unticks admin, which needs it
    #expect(app.screen.contains("[ ] orm"))
    #expect(app.screen.contains("[ ] admin"))
  }

  @Test func switchingFrameworkChangesThePreview() {
    var app = Self.openGenerate()
    app.type("shop")
    app.press("up", "right")
    #expect(app.screen.contains("(•) Django"))
    #expect(app.screen.contains("manage.py"))
  }

  @Test func generateWritesTheProjectAndThenRefusesTheSameName() throws {
    let parent = FileManager.default.temporaryDirectory.appending(path: "crossroads-ui-\(UUID().uuidString)")
      .path()
    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: parent) }
    var app = Self.openGenerate(workingDirectory: parent)
    app.type("blog")
    app.press("end")
    app.press("tab", "tab", "tab", "tab", "tab", "tab", "enter")  // to Generate
    guard case .generate(let request) = app.effects.last else {
      Issue.record("Generate asked for no effect: \(app.effects)")
      return
    }
    #expect(request == GenerationRequest(framework: .flask, name: "blog", features: [], parent: parent))
    #expect(app.screen.contains("[ Writing… ]"))
    app.send(.generated(request.perform(contentFiles: Self.files)))
    #expect(app.screen.contains("✓ Wrote 13 files to"))
    #expect(FileManager.default.fileExists(atPath: parent + "/blog/blog/__init__.py"))

    app.press("enter")
    guard case .generate(let again) = app.effects.last else { return }
    app.send(.generated(again.perform(contentFiles: Self.files)))
    #expect(app.screen.contains("already exists"))
    #expect(app.screen.contains("blog_2"))
  }

  @Test func aFileOfThePreviewOpensAsItWillBeWritten() {
    var app = Self.openGenerate()
    app.type("blog")
    for _ in 0..<7 { app.press("tab") }  // past the fields and Generate, to the preview
    app.press("down", "down", "down", "down", "down")  // blog/, then its __init__.py
    #expect(app.screen.contains("Enter opens it"))
    app.press("enter")
    #expect(app.screen.contains("Preview of blog/blog/__init__.py"))
    #expect(app.screen.contains("def create_app("))
    assertSnapshot(app.screen, named: "generated-file-80x24")
    app.press("pgdn")
    #expect(app.screen.contains("TRUSTED_HOSTS"))
    app.press("esc")
    #expect(app.screen.contains("Generate a sample app"))
    guard case .generate(let screen) = app.state.screen else {
      Issue.record("Esc did not go back to the generate screen")
      return
    }
    #expect(screen.focus == .preview && screen.previewSelection == 5)
  }

  @Test func aTypedTildeMeansTheHomeFolder() {
    let home = ProcessInfo.processInfo.environment["HOME"] ?? ""
    #expect(GenerationRequest.expandingHome("~/code") == home + "/code")
    #expect(GenerationRequest.expandingHome("~") == home)
    #expect(GenerationRequest.expandingHome("/tmp/~x") == "/tmp/~x")
  }

  @Test func everyFeatureAt120x40InASCII() {
    var app = AppDriver(
      size: Size(width: 120, height: 40), glyphs: .ascii, lessonFiles: Self.files,
      workingDirectory: "/home/me/projects")
    app.press("end", "up", "up", "enter")
    app.type("blog")
    app.press("down", "down")
    for _ in 0..<4 {
      app.press("space", "down")
    }
    assertSnapshot(app.screen, named: "generate-120x40-ascii")
  }
}

import Foundation

@testable import CrossroadsCore
@testable import CrossroadsUI

/// Drives the real `update` and `view` with keys, rendering into a `MemoryTerminal`.
struct AppDriver {
  var state: AppState
  let terminal: MemoryTerminal
  var effects: [Effect] = []

  /// The fixture course: a readable lesson and a broken one, so snapshots do not change
  /// whenever the real course is edited; and the real questionnaire, whose weights the
  /// advisor's screens show.
  static let fixtureFiles: [String: String] = {
    let here = URL(filePath: #filePath).deletingLastPathComponent()
    var files = (try? ContentFiles.read(directory: here.appending(path: "Fixtures").path())) ?? [:]
    let questionnaire = here.deletingLastPathComponent().deletingLastPathComponent()
      .appending(path: "Lessons/questionnaire.yaml")
    files[Questionnaire.fileName] = try? String(contentsOf: questionnaire, encoding: .utf8)
    return files
  }()

  init(
    size: Size = Size(width: 80, height: 24), glyphs: Glyphs = .unicode,
    lessonFiles: [String: String] = Self.fixtureFiles, progress: CourseProgress = CourseProgress(),
    notice: String? = nil, storage: AdvisorStorage = AdvisorStorage(),
    workingDirectory: String = "/home/me/projects"
  ) {
    terminal = MemoryTerminal(size: size, glyphs: glyphs)
    state = AppState(
      size: size, lessonFiles: lessonFiles, glyphs: glyphs, progress: progress, notice: notice,
      storage: storage, workingDirectory: workingDirectory)
    render()
  }

  /// Types text into the focused field, one key per character.
  mutating func type(_ text: String) {
    for character in text { send(.key(.character(character))) }
  }

  /// Presses keys by name, e.g. `press("down", "enter", "pgdn")`.
  mutating func press(_ names: String...) {
    for name in names {
      guard let key = Key(name: name) else { fatalError("no key named \(name)") }
      send(.key(key))
    }
  }

  mutating func send(_ msg: Msg) {
    effects += update(&state, msg)
    render()
  }

  /// Opens `screen` over home as `crossroads run DIR` does, keeping what it starts.
  mutating func open(_ screen: Screen) {
    effects += state.open(screen)
    render()
  }

  mutating func resize(to size: Size) {
    terminal.resize(to: size)
    send(.resize(size))
  }

  private func render() {
    var canvas = Canvas(size: state.size, glyphs: state.glyphs)
    view(state, into: &canvas)
    terminal.present(canvas)
  }

  var screen: String { terminal.snapshot }
}

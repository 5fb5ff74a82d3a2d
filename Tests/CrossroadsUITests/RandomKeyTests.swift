import Foundation
import TestSupport
import Testing

@testable import CrossroadsCore
@testable import CrossroadsUI

/// Thousands of seeded random keys and resizes through the real `update` and `view`, the
/// runtime's answers to effects given as the program gives them: nothing traps, the stack
/// always starts at home, and every kind of screen is reached.
struct RandomKeyTests {
  static let names = [
    "up", "down", "left", "right", "pgup", "pgdn", "home", "end", "enter", "esc", "backspace", "tab",
    "btab", "space", "ctrl-u", "ctrl-w", "ctrl-a", "?", "q", "t", "c", "g", "s", "r", "y", "n", "z", "x",
    "G", "b", "j", "k", "h", "l", "1", "9", "_", "-", "/", ".", "é", "m", "o", "p", "e", "wheelup",
    "wheeldown",
  ]

  /// From home, the keys that open a screen of each kind in the fixture course.
  static let paths: [String: [String]] = [
    "lessonList": ["enter"],
    "lesson": ["enter", "enter"],
    "check": ["enter", "enter", "t"],
    "pair": ["enter", "enter", "c"],
    "compare": ["down", "enter"],
    "advisor": ["down", "down", "enter"],
    "generate": ["end", "up", "up", "enter"],
    "generatedFile": ["end", "up", "up", "enter", "b", "l", "o", "g"] + Array(repeating: "tab", count: 7)
      + ["down", "down", "down", "down", "down", "enter"],
    "run": ["end", "up", "up", "enter", "b", "l", "o", "g", "end"] + Array(repeating: "tab", count: 6) + [
      "enter", "enter",
    ],
    "measure": ["end", "up", "enter"],
    "practiceList": ["end", "enter"],
    "exercise": ["end", "enter", "enter"],
  ]

  static func kind(_ screen: Screen) -> String {
    switch screen {
    case .home: "home"
    case .lessonList: "lessonList"
    case .lesson: "lesson"
    case .check: "check"
    case .compare: "compare"
    case .pair: "pair"
    case .advisor: "advisor"
    case .generate: "generate"
    case .generatedFile: "generatedFile"
    case .run: "run"
    case .measure: "measure"
    case .practiceList: "practiceList"
    case .exercise: "exercise"
    }
  }

  /// With the samples every screen is reached; without them (a build whose templates are
  /// broken) the generate screen shows why, and must not trap either.
  @Test(arguments: [true, false])
  func thousandsOfRandomKeysReachEveryScreenAndNeverTrap(withSamples: Bool) throws {
    let files = withSamples ? GenerateScreenTests.course : AppDriver.fixtureFiles
    let parent = FileManager.default.temporaryDirectory.appending(path: "random-keys-\(UUID().uuidString)")
      .path()
    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let storage = AdvisorStorage(lastAnswersPath: parent + "/answers.json", exportPath: parent + "/a.json")
    func start() -> AppDriver { AppDriver(lessonFiles: files, storage: storage, workingDirectory: parent) }

    var random = SeededGenerator(seed: withSamples ? 0x5EED_0010 : 0x5EED_0011)
    var app = start()
    var visited: Set<String> = ["home"]
    var keys = 0
    var restarts = 0
    var steered = 0

    /// One message, then the runtime's answers to the effects it asked for.
    func send(_ msg: Msg) {
      let before = app.effects.count
      app.send(msg)
      for effect in app.effects[before...] {
        switch effect {
        case .quit:
          restarts += 1
          app = start()
          return
        case .generate(let request):
          app.send(.generated(request.perform(contentFiles: files)))
        case .saveAnswers(let save):
          app.send(
            !save.replacing && Bool.random(using: &random)
              ? .answersExist(save) : .answersSaved(save, failure: nil))
        case .launch(let session, _):
          app.send(.launch(session, .started(.python)))
        case .measure(let session, _):
          app.send(.measure(session, .started(.flask, .generate)))
        case .practice(let session, _, _, _):
          app.send(.practice(session, .checking))
        default:
          break
        }
      }
      #expect(Self.kind(app.state.screens[0]) == "home", "the stack starts at home")
      visited.insert(Self.kind(app.state.screen))
    }

    func press(_ name: String) {
      guard let key = Key(name: name) else { fatalError("no key named \(name)") }
      keys += 1
      send(.key(key))
    }

    while keys < 2500 {
      let roll = Int.random(in: 0..<100, using: &random)
      let missing = Self.paths.keys.sorted().filter { !visited.contains($0) }
      if roll < 2 {
        let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 60, height: 20)]
        let size = sizes.randomElement(using: &random)!
        app.resize(to: size)
        visited.insert(Self.kind(app.state.screen))
      } else if roll < 4, let target = missing.randomElement(using: &random) {
        // Steer: back home at a usable size, then the way to a screen not seen yet.
        steered += 1
        if app.state.isTooSmall { app.resize(to: Size(width: 80, height: 24)) }
        if app.state.helpVisible { press("x") }
        while app.state.screens.count > 1 { press("esc") }
        for name in Self.paths[target] ?? [] { press(name) }
      } else {
        press(Self.names.randomElement(using: &random)!)
      }
    }

    let every = Set(Self.paths.keys).union(["home"])
    let reachable = withSamples ? every : every.subtracting(["generatedFile", "run", "exercise"])
    #expect(visited == reachable, "never reached: \(reachable.subtracting(visited).sorted())")
    #expect(keys >= 2000)
    print(
      "random keys: \(keys) keys, \(restarts) restarts, \(steered) steered, visited \(visited.count) kinds")
  }
}

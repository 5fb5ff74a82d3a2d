import Foundation
import Synchronization
import Testing

@testable import CrossroadsCore
@testable import CrossroadsUI

/// The real `Program` loop, with a terminal that plays a script of keys and a performer that
/// answers effects as the runtime's supervisor would, without real processes.
struct ProgramTests {
  /// A terminal that presses each step's keys once the frame shows what the step waits for.
  final class ScriptedTerminal: TerminalBackend, @unchecked Sendable {
    struct Step {
      let waitFor: String
      let keys: [Key]
    }

    let size = Size(width: 80, height: 24)
    let glyphs = Glyphs.unicode
    var inputClosed = false
    private(set) var frame = ""
    private var steps: [Step]
    private let deadline = Date(timeIntervalSinceNow: 20)
    /// What a step waited for in vain, if one did.
    private(set) var stuck: String?

    /// How many frames were presented.
    private(set) var presented = 0

    init(_ steps: [Step]) { self.steps = steps }

    func present(_ canvas: Canvas) {
      frame = canvas.rows.joined(separator: "\n")
      presented += 1
    }

    func waitForKeys(orWake wake: Int32) -> [Key] {
      guard let step = steps.first else { return [.control("c")] }
      if frame.contains(step.waitFor) {
        steps.removeFirst()
        return step.keys
      }
      if Date() > deadline {
        stuck = step.waitFor
        return [.control("c")]
      }
      // Sleep until the performer posts something, as the real terminal does.
      var descriptor = pollfd(fd: wake, events: Int16(POLLIN), revents: 0)
      _ = poll(&descriptor, 1, 200)
      return []
    }

    func refreshSize() -> Size { size }
    func restore() {}
    func suspend(while body: () -> Void) { body() }
  }

  /// Answers effects the way the supervisor does: a launch serves on the next port, and a
  /// cancelled launch reports "stopped", late, after the screen has moved on.
  final class FakeSupervisor: Sendable {
    let inbox: Inbox
    let log = Mutex<[Effect]>([])
    private let nextPort = Mutex(5000)

    init(inbox: Inbox) { self.inbox = inbox }

    func perform(_ effect: Effect) -> Msg? {
      log.withLock { $0.append(effect) }
      switch effect {
      case .launch(let id, _):
        let port = nextPort.withLock { port in
          defer { port += 1 }
          return port
        }
        for event: LaunchEvent in [
          .started(.server), .finished(.server, "Flask dev server on port \(port)"),
          .serving(url: "http://127.0.0.1:\(port)/"),
        ] {
          inbox.post(.msg(.launch(id, event)))
        }
      case .cancel(let id):
        inbox.post(.msg(.launch(id, .done(.stopped))))
        inbox.post(.msg(.sampleTests(id, passed: false, summary: "stopped")))
      case .runSampleTests(let id, _):
        inbox.post(.msg(.sampleTestsOutput(id, "tests/test_hello.py ..")))
        inbox.post(.msg(.sampleTests(id, passed: true, summary: "2 passed in 0.20s")))
      default:
        break
      }
      return nil
    }
  }

  static func runProgram(_ steps: [ScriptedTerminal.Step]) -> (
    status: Int32, terminal: ScriptedTerminal, effects: [Effect]
  ) {
    let inbox = Inbox()
    let supervisor = FakeSupervisor(inbox: inbox)
    let terminal = ScriptedTerminal(steps)
    var state = AppState(size: terminal.size, lessonFiles: AppDriver.fixtureFiles)
    let opening = state.open(.run(RunScreen(directory: "/home/me/blog", session: state.newSession())))
    let program = Program(state: state, backend: terminal, inbox: inbox) { supervisor.perform($0) }
    let status = program.run(startingWith: opening)
    return (status, terminal, supervisor.log.withLock { $0 })
  }

  @Test func theRunScreensLifeStartRestartTestsStopAndQuit() {
    let (status, terminal, effects) = Self.runProgram([
      .init(waitFor: "Open http://127.0.0.1:5000/", keys: [.character("r")]),
      // The first launch's late "stopped" must not stop the second on screen.
      .init(waitFor: "Open http://127.0.0.1:5001/", keys: [.character("t")]),
      .init(waitFor: "Its own tests: 2 passed in 0.20s", keys: [.character("s")]),
      .init(waitFor: "Stopped. Press r to start it again.", keys: [.character("r")]),
      .init(waitFor: "Open http://127.0.0.1:5002/", keys: [.control("c")]),
    ])
    #expect(terminal.stuck == nil, "the screen never showed \(terminal.stuck ?? "")\n\(terminal.frame)")
    #expect(status == 0)
    let launches = effects.compactMap { if case .launch(let id, _) = $0 { id } else { nil } }
    let cancels = effects.compactMap { if case .cancel(let id) = $0 { id } else { nil } }
    #expect(launches.count == 3)
    #expect(Set(launches).count == 3, "every launch is a session of its own")
    #expect(cancels.prefix(2) == launches.prefix(2), "restart stops the first, s the second")
  }

  /// The progress and the last answers are read once the first frame is out, and what
  /// reading had to say shows at once, before any key.
  @Test func whatEarlierVisitsLeftComesAfterTheFirstFrame() {
    let terminal = ScriptedTerminal([.init(waitFor: "kept as progress.json.corrupt", keys: [.control("c")])])
    let program = Program(
      state: AppState(size: terminal.size, lessonFiles: AppDriver.fixtureFiles), backend: terminal,
      inbox: Inbox()
    ) { _ in nil }
    var framesBeforeReading: Int?
    let status = program.run {
      framesBeforeReading = terminal.presented
      return .remembered(
        Remembered(notice: "Your progress file could not be read; it is kept as progress.json.corrupt"))
    }
    #expect(status == 0)
    #expect(framesBeforeReading == 1)
    #expect(terminal.stuck == nil, "the notice never showed:\n\(terminal.frame)")
  }

  @Test func quittingWhileServingEndsTheProgram() {
    let (status, terminal, _) = Self.runProgram([
      .init(waitFor: "Open http://127.0.0.1:5000/", keys: [.control("c")])
    ])
    #expect(terminal.stuck == nil)
    #expect(status == 0)
  }

  @Test func aSignalQuitsWithItsStatus() {
    let inbox = Inbox()
    let terminal = ScriptedTerminal([.init(waitFor: "Crossroads", keys: [])])
    let state = AppState(size: terminal.size, lessonFiles: AppDriver.fixtureFiles)
    inbox.post(.msg(.signal(.quit)))
    let status = Program(state: state, backend: terminal, inbox: inbox) { _ in nil }.run()
    #expect(status == 131, "SIGQUIT ends the program the ordinary way, 128 + 3")
  }
}

import Foundation
import TestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// A private tmux server running a shell in a real pseudo-terminal, driven as a person
/// would: type keys, read the screen.
final class Tmux {
  /// Whether tmux is installed; the end-to-end tests are skipped, with that reason, if not.
  static let isAvailable = (try? Tmux.execute(["/usr/bin/env", "tmux", "-V"]).status) == 0

  let socket = "crossroads-e2e-\(UUID().uuidString.prefix(8))"
  let directory: URL

  init(width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
    directory = FileManager.default.temporaryDirectory.appending(path: socket)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    var arguments = ["new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)"]
    // A state folder of its own, so a test never reads or writes the user's progress; and
    // NO_COLOR empty (which means unset), whatever the test runner's environment holds.
    let defaults = [
      "LANG": "C.UTF-8", "PS1": "$ ", "NO_COLOR": "",
      "XDG_STATE_HOME": directory.appending(path: "state").path(),
    ]
    for (key, value) in environment.merging(defaults, uniquingKeysWith: { a, _ in a }) {
      arguments += ["-e", "\(key)=\(value)"]
    }
    arguments += ["bash --norc --noprofile"]
    try tmux(arguments)
  }

  deinit {
    _ = try? tmux(["kill-server"])
    try? FileManager.default.removeItem(at: directory)
  }

  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
    let result = try Self.execute(["/usr/bin/env", "tmux", "-L", socket] + arguments)
    return result.output
  }

  func send(_ keys: String...) throws {
    try tmux(["send-keys", "-t", "e2e"] + keys)
  }

  /// Types a command line into the shell and presses Enter.
  func type(_ line: String) throws {
    try tmux(["send-keys", "-t", "e2e", "-l", line])
    try send("Enter")
  }

  var screen: String { (try? tmux(["capture-pane", "-p", "-t", "e2e"])) ?? "" }

  /// Whether the terminal shows its cursor (ncurses hides it while drawing).
  var cursorVisible: Bool {
    (try? tmux(["display", "-p", "-t", "e2e", "#{cursor_flag}"]))?.hasPrefix("1") ?? false
  }

  /// The process running in the shell's foreground, if any.
  var foregroundChild: Int32? {
    guard let shell = try? tmux(["display", "-p", "-t", "e2e", "#{pane_pid}"]),
      let output = try? Self.execute([
        "/usr/bin/env", "pgrep", "-P", shell.trimmingCharacters(in: .whitespacesAndNewlines),
      ])
    else { return nil }
    return output.output.split(separator: "\n").first.flatMap { Int32($0) }
  }

  /// Waits until `condition` holds, polling; false after `seconds`.
  func wait(seconds: Double = 10, for condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if condition() { return true }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return condition()
  }

  func waitForScreen(containing text: String, seconds: Double = 10) -> Bool {
    wait(seconds: seconds) { screen.contains(text) }
  }

  func file(_ name: String) -> String? {
    try? String(contentsOf: directory.appending(path: name), encoding: .utf8)
  }

  /// Runs a program to completion and returns its status and standard output.
  ///
  /// Output goes through a temporary file, not a pipe: `tmux new-session` leaves a server
  /// running that would hold a pipe open, and a read from it would never end.
  static func execute(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let result = try run(arguments)
    return (result.status, result.output)
  }

  /// Runs a program to completion and returns its status, standard output and standard error.
  ///
  /// Output goes through files, not pipes: `tmux new-session` leaves a server running that
  /// would hold a pipe open, and a read from it would never end.
  static func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
    let spawn = try Spawn(arguments)
    defer { spawn.removeOutputFiles() }
    guard let status = spawn.wait(seconds: 600) else {
      spawn.killIfRunning()
      throw POSIXError(.ETIMEDOUT)
    }
    return (status, spawn.output, spawn.errors)
  }
}

import Foundation

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
  static func execute(_ arguments: [String], captureOutput: Bool = true) throws -> (
    status: Int32, output: String
  ) {
    let result = try run(arguments, captureOutput: captureOutput)
    return (result.status, result.output)
  }

  /// Runs a program to completion and returns its status, standard output and standard error,
  /// each read back from its own temporary file.
  static func run(_ arguments: [String], captureOutput: Bool = true) throws -> (
    status: Int32, output: String, errors: String
  ) {
    let errorsPath = FileManager.default.temporaryDirectory.appending(path: "e2e-\(UUID().uuidString)").path()
    defer { unlink(errorsPath) }
    let outputPath = FileManager.default.temporaryDirectory.appending(path: "e2e-\(UUID().uuidString)").path()
    defer { unlink(outputPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, captureOutput ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(
      &actions, 2, captureOutput ? errorsPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    // Start as a login shell would: no signal blocked or ignored, whatever the test runner set.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    var spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ)
    // A file just written may still be open in a child that another test forked at that
    // moment; exec then fails with "text file busy" until that child has exec'd too.
    for _ in 0..<50 where spawned == ETXTBSY {
      usleep(20_000)
      spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ)
    }
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    let output = captureOutput ? ((try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "") : ""
    let errors = captureOutput ? ((try? String(contentsOfFile: errorsPath, encoding: .utf8)) ?? "") : ""
    return (exitStatus, output, errors)
  }
}

import Foundation

/// A process started by a test, with its output in files, not pipes.
///
/// Files, because a server the test fails to stop would hold a pipe open and turn a
/// failing test into a hung one; and a clean signal state, as a login shell would give.
public struct Spawn {
  public let pid: pid_t
  public let stdoutPath: String
  public let stderrPath: String

  /// Starts `arguments` with `environment` added to this process's environment.
  public init(_ arguments: [String], environment: [String: String] = [:]) throws {
    let base = FileManager.default.temporaryDirectory.appending(path: "launch-\(UUID().uuidString)").path()
    stdoutPath = base + ".out"
    stderrPath = base + ".err"
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    sigdelset(&allSignals, SIGKILL)
    sigdelset(&allSignals, SIGSTOP)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let merged = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for entry in envp { free(entry) } }
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid: pid_t = 0
    var spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
    // Another test may be forking while the binary is still open for writing elsewhere.
    for _ in 0..<50 where spawned == ETXTBSY {
      usleep(20_000)
      spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
    }
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
    self.pid = pid
  }

  public var output: String { (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "" }
  public var errors: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

  /// Waits for the exit status (128 + n when killed by signal n), or nil after `seconds`.
  public func wait(seconds: Double = 240) -> Int32? {
    let deadline = Date().addingTimeInterval(seconds)
    var status: Int32 = 0
    while Date() < deadline {
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid {
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
      }
      if result < 0 && errno != EINTR { return nil }
      usleep(20_000)
    }
    return nil
  }

  /// Kills it if a test gave up on it, so a failure never leaves it behind.
  public func killIfRunning() {
    if kill(pid, 0) == 0 {
      kill(pid, SIGKILL)
      _ = wait(seconds: 5)
    }
  }

  /// Waits until `condition` holds, polling; false after `seconds`.
  public static func until(seconds: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if condition() { return true }
      usleep(50_000)
    }
    return condition()
  }

  /// Processes whose command line mentions `marker` (a fixture's unique name).
  public static func processes(mentioning marker: String) -> [String] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.filter { Int($0) != nil }.compactMap { pid in
      guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
      let command = String(decoding: data.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
      return command.contains(marker) ? "\(pid): \(command)" : nil
    }
  }

  /// Processes whose working folder is `directory` (a fixture's folder): what a sample's
  /// test run starts, whose command lines need not name it.
  public static func processes(inDirectory directory: String) -> [pid_t] {
    let wanted = URL(filePath: directory).resolvingSymlinksInPath().path()
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { pid_t($0) }.filter { pid in
      guard let cwd = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/cwd") else {
        return false
      }
      return URL(filePath: cwd).standardizedFileURL.path() == URL(filePath: wanted).standardizedFileURL.path()
    }
  }

  /// Deletes the files that hold its output, once a test has read them.
  public func removeOutputFiles() {
    unlink(stdoutPath)
    unlink(stderrPath)
  }
}

import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A sample's development server, started on a free loopback port and stopped by its id.
final class DevServer {
  let port: Int
  let log: String
  private var pid: pid_t = 0

  /// Starts `arguments` (which must include `port`) in `directory`.
  ///
  /// Spawned with no signal blocked or ignored: the test runner's own mask would otherwise
  /// be inherited, and the server would shrug off SIGTERM.
  init(_ arguments: (Int) -> [String], in directory: String) throws {
    port = try Self.freePort()
    log = FileManager.default.temporaryDirectory.appending(path: "server-\(UUID().uuidString).log").path()
    // sh changes into the project's folder, then becomes the server (exec keeps the id).
    let argv = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory] + arguments(port)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
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
    let cArguments = argv.map { strdup($0) } + [nil]
    defer { for argument in cArguments { free(argument) } }
    var environment = ProcessInfo.processInfo.environment
    environment["PYTHONPATH"] = nil
    environment["PYTHONDONTWRITEBYTECODE"] = "1"
    let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for entry in cEnvironment { free(entry) } }
    let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, cEnvironment)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
  }

  var output: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }

  /// Stops the server (SIGTERM to its own id, SIGKILL if it lingers) and removes its log.
  func stop() {
    defer { unlink(log) }
    guard pid > 0 else { return }
    kill(pid, SIGTERM)
    var status: Int32 = 0
    let deadline = Date().addingTimeInterval(5)
    while waitpid(pid, &status, WNOHANG) == 0 {
      if Date() > deadline {
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        break
      }
      Thread.sleep(forTimeInterval: 0.02)
    }
    pid = 0
  }

  /// A port nothing listens on now: the kernel's pick for a socket bound to port 0.
  static func freePort() throws -> Int {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
        bind(descriptor, pointer, length) == 0 && getsockname(descriptor, pointer, &length) == 0
      }
    }
    guard bound else { throw POSIXError(.EADDRINUSE) }
    return Int(UInt16(bigEndian: address.sin_port))
  }

  /// Probes each endpoint of a project's `.crossroads.json`, waiting first for the server
  /// to answer; exits 1 and says which failed.
  static let probeScript = #"""
    import json, sys, time, urllib.error, urllib.request

    base, marker = sys.argv[1], json.load(open(sys.argv[2]))
    deadline = time.time() + 30
    while True:
        try:
            urllib.request.urlopen(base + "/", timeout=2).close()
            break
        except urllib.error.HTTPError:
            break
        except OSError:
            if time.time() > deadline:
                sys.exit("the server did not answer within 30 s")
            time.sleep(0.1)
    failures = 0
    for endpoint in marker["endpoints"]:
        body = endpoint.get("body")
        request = urllib.request.Request(
            base + endpoint["path"], method=endpoint["method"],
            data=None if body is None else body.encode(),
            headers={} if body is None else {"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                status, text = response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read().decode()
        ok = status == endpoint["status"] and endpoint["expect"] in text
        failures += not ok
        print("ok  " if ok else "FAIL", endpoint["method"], endpoint["path"], status,
              "" if ok else f"expected {endpoint['status']} with {endpoint['expect']!r}: {text[:300]}")
    sys.exit(1 if failures else 0)
    """#
}

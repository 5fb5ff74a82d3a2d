import Foundation
import TestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// A sample's development server, started on a free loopback port and stopped by its id.
final class DevServer {
  let port: Int
  private let spawn: Spawn

  /// Starts `arguments` (which must include `port`) in `directory`, its errors in its log.
  init(_ arguments: (Int) -> [String], in directory: String) throws {
    port = try Self.freePort()
    // sh changes into the project's folder, then becomes the server (exec keeps the id).
    spawn = try Spawn(
      ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\" 2>&1", directory] + arguments(port),
      environment: ["PYTHONPATH": "", "PYTHONDONTWRITEBYTECODE": "1"])
  }

  var output: String { spawn.output }

  /// Stops the server (SIGTERM to its own id, SIGKILL if it lingers).
  func stop() {
    kill(spawn.pid, SIGTERM)
    if spawn.wait(seconds: 5) == nil { spawn.killIfRunning() }
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

    class NoRedirects(urllib.request.HTTPRedirectHandler):
        # A redirect is an answer to check, as `crossroads run --check` sees it.
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirects)
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
            with opener.open(request, timeout=10) as response:
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

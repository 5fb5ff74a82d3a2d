import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Picks the port for the dev server: the framework's usual one, or the next free one.
public enum PortFinder {
  /// The ports this process has claimed for a server it starts, with the descriptor of each
  /// one's lock file.
  private static let claims = Mutex<[Int: Int32]>([:])

  /// The first free port from `start` on that no other launch, in this process or another
  /// Crossroads, has claimed; it stays claimed until `release`, or until the process ends.
  ///
  /// Between finding a port free and the server binding it, Python takes a good tenth of a
  /// second to start: two launches at once would both take 5000, and one would check the
  /// other's server. A lock file per port (`flock`, which the kernel drops when a process
  /// dies) makes the choice theirs alone.
  public static func claimFree(from start: Int, attempts: Int = 100) -> Int? {
    guard (1...65535).contains(start) else { return nil }
    for port in start..<min(start + attempts, 65536) where isFree(port) && claim(port) { return port }
    return nil
  }

  /// Gives up the claim on `port`, once its server has stopped.
  public static func release(_ port: Int) {
    if let fd = claims.withLock({ $0.removeValue(forKey: port) }) { close(fd) }
  }

  private static func claim(_ port: Int) -> Bool {
    let folder = "/tmp/crossroads-ports"
    mkdir(folder, 0o1777)
    let fd = open("\(folder)/\(port).lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
    guard fd >= 0 else { return true }  // No lock to be had: the port is still free.
    guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
      close(fd)
      return false
    }
    claims.withLock { $0[port] = fd }
    return true
  }

  /// The first port from `start` on that 127.0.0.1 can bind; a busy port is skipped, not an error.
  public static func firstFree(from start: Int, attempts: Int = 100) -> Int? {
    guard (1...65535).contains(start) else { return nil }
    for port in start..<min(start + attempts, 65536) where isFree(port) { return port }
    return nil
  }

  /// Whether a server could listen on 127.0.0.1:`port` now.
  ///
  /// Binds with SO_REUSEADDR, as the dev servers do, so a port whose last connections are
  /// in TIME_WAIT counts as free while one with a listener does not.
  public static func isFree(_ port: Int) -> Bool {
    let fd = LoopbackAddress.newSocket()
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var yes: Int32 = 1
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = LoopbackAddress.make(port: port)
    let bound = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    return bound == 0
  }
}

/// 127.0.0.1 as a `sockaddr_in`.
enum LoopbackAddress {
  static func make(port: Int) -> sockaddr_in {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr = in_addr(s_addr: UInt32(0x7f00_0001).bigEndian)
    return address
  }

  /// A TCP socket, closed on exec so no child inherits it.
  static func newSocket() -> Int32 {
    #if canImport(Glibc)
      socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    #else
      socket(AF_INET, SOCK_STREAM, 0)
    #endif
  }

  /// Connects `fd` to 127.0.0.1:`port`; true when something listens there.
  static func connect(_ fd: Int32, port: Int) -> Bool {
    var address = make(port: port)
    let result = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        #if canImport(Glibc)
          Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
        #else
          Darwin.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
        #endif
      }
    }
    return result == 0
  }
}

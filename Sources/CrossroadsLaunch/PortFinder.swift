#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Picks the port for the dev server: the framework's usual one, or the next free one.
public enum PortFinder {
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

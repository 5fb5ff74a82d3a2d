import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Waits until a server accepts connections, or has exited, or too long has passed.
public struct ReadinessProbe: Sendable {
  public enum Outcome: Sendable, Equatable {
    case ready
    case exited
    case timedOut
    case stopped
  }

  public let port: Int
  public var limit: Duration = .seconds(20)
  /// Short, because readiness is on the critical path to the first answer a person sees.
  public var interval: Duration = .milliseconds(10)

  public init(port: Int) { self.port = port }

  /// Polls the port; `hasExited` is asked between attempts so a crash ends the wait at once.
  public func wait(hasExited: @Sendable () -> Bool, isStopping: @Sendable () -> Bool) async -> Outcome {
    let clock = ContinuousClock()
    let deadline = clock.now + limit
    while clock.now < deadline {
      if isStopping() { return .stopped }
      if hasExited() { return .exited }
      if Self.answers(port: port) { return .ready }
      try? await Task.sleep(for: interval)
    }
    return .timedOut
  }

  /// Whether something accepts a TCP connection on 127.0.0.1:`port` (loopback: immediate).
  static func answers(port: Int) -> Bool {
    let fd = LoopbackAddress.newSocket()
    guard fd >= 0 else { return false }
    defer { close(fd) }
    return LoopbackAddress.connect(fd, port: port)
  }
}

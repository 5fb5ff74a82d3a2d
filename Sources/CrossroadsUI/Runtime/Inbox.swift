import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What reaches the UI thread from elsewhere: signals now, effect results later.
public enum RuntimeEvent: Sendable, Equatable {
  case msg(Msg)
  /// The window changed size; the backend must read the new size on the UI thread.
  case windowChanged
}

/// A thread-safe queue of events for the UI thread, with a descriptor that becomes
/// readable when something is posted, so the UI thread can sleep in `poll` until then.
public final class Inbox: Sendable {
  private let events = Mutex<[RuntimeEvent]>([])
  private let pipeDescriptors: (read: Int32, write: Int32)

  public init() {
    var fds: [Int32] = [-1, -1]
    if pipe(&fds) == 0 {
      for fd in fds {
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
      }
    }
    pipeDescriptors = (fds[0], fds[1])
  }

  deinit {
    close(pipeDescriptors.read)
    close(pipeDescriptors.write)
  }

  /// Readable while events are waiting.
  public var wakeDescriptor: Int32 { pipeDescriptors.read }

  public func post(_ event: RuntimeEvent) {
    events.withLock { $0.append(event) }
    var byte: UInt8 = 1
    _ = write(pipeDescriptors.write, &byte, 1)
  }

  /// Takes every waiting event, oldest first.
  public func drain() -> [RuntimeEvent] {
    var buffer = [UInt8](repeating: 0, count: 64)
    while read(pipeDescriptors.read, &buffer, buffer.count) > 0 {}
    return events.withLock { pending in
      defer { pending = [] }
      return pending
    }
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Ends every child of Crossroads when Crossroads ends, even by SIGKILL.
///
/// Crossroads holds the only write end of one pipe. Each child is started by a tiny shell
/// guard that keeps the read end and waits on it; when Crossroads dies, however it dies,
/// the kernel closes the write end, the guard's read returns, and the guard kills its whole
/// process group: the server, its workers, and itself. Nothing has to run in Crossroads
/// for that to happen, which is the point.
public enum Watchdog {
  private static let pipeEnds: (read: Int32, write: Int32) = {
    var fds: [Int32] = [-1, -1]
    guard pipe(&fds) == 0 else { return (-1, -1) }
    // Close-on-exec for both: a child gets the read end only as the guard's stdin, and no
    // child may ever hold the write end, or the guard would never see it close.
    for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    return (fds[0], fds[1])
  }()

  /// The end children read; nil if the pipe could not be made (children then run unguarded).
  static var readDescriptor: Int32? { pipeEnds.read >= 0 ? pipeEnds.read : nil }

  /// The end only Crossroads holds; a crash handler closes it to end every child at once.
  public static var writeDescriptor: Int32 {
    _ = pipeEnds
    return pipeEnds.write
  }

  /// The guard: fd 3 keeps the watchdog pipe, stdin becomes /dev/null, a background
  /// subshell waits for the pipe to close and then kills the process group, and the command
  /// replaces the shell, so its pid is the group's id, as if it had been started directly.
  static let guardScript = #"exec 3<&0 </dev/null; (read _ <&3; kill -9 0) & exec 3<&- "$@""#

  /// The executable and arguments that run `executable` under the guard.
  static func guarded(_ executable: String, _ arguments: [String]) -> (String, [String]) {
    ("/bin/sh", ["-c", guardScript, "crossroads-guard", executable] + arguments)
  }
}

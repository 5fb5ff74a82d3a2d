import CrossroadsCore
import CrossroadsUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The person's editor on a file, in the terminal Crossroads has just handed over.
///
/// The one child that uses the terminal: it is the person's own program, run as their shell
/// would run `$VISUAL FILE` (or `$EDITOR`, else `vi`), in the foreground, with the signal
/// mask and dispositions a shell gives, and waited for.
enum Editor {
  static func perform(_ effect: Effect) -> Msg? {
    guard case .edit(let path) = effect else { return nil }
    let environment = ProcessEnvironment.current
    let editor =
      [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
    // Through the shell, as shells and git run it: "code -w" and the like take arguments.
    let arguments = ["/bin/sh", "-c", editor + " \"$1\"", "crossroads-editor", path]
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var all = sigset_t()
    sigfillset(&all)
    sigdelset(&all, SIGKILL)
    sigdelset(&all, SIGSTOP)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, "/bin/sh", nil, &attributes, argv, environ) == 0 else {
      return .notice("The editor could not be started; set VISUAL or EDITOR to one, then press e again.")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let code = (status >> 8) & 0xff
    if status & 0x7f == 0, code == 127 {
      return .notice("'\(editor)' was not found: set VISUAL or EDITOR to your editor, then press e again.")
    }
    return nil
  }
}

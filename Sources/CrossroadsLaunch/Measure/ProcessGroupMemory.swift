#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The resident memory of a whole process group, from Linux's /proc: a Gunicorn master and
/// its workers, or a dev server and whatever it started.
enum ProcessGroupMemory {
  /// The sum of every member's resident set, in bytes; nil when no member is found.
  static func residentBytes(group: Int32) -> Int? {
    let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    var total = 0
    var members = 0
    for entry in FileSystem.list("/proc") where entry.first?.isNumber == true {
      guard let bytes = FileSystem.read("/proc/\(entry)/stat"),
        let fields = statFields(String(decoding: bytes, as: UTF8.self)),
        fields.group == group
      else { continue }
      members += 1
      total += fields.residentPages * pageSize
    }
    return members == 0 ? nil : total
  }

  /// The process group (field 5) and resident pages (field 24) of a `/proc/PID/stat` line.
  ///
  /// The command name (field 2) is in parentheses and may hold spaces, so the fields are
  /// counted from its closing parenthesis.
  static func statFields(_ line: String) -> (group: Int32, residentPages: Int)? {
    guard let close = line.lastIndex(of: ")") else { return nil }
    let fields = line[line.index(after: close)...].split(separator: " ")
    // fields[0] is field 3 (state), so field N is fields[N - 3].
    guard fields.count > 21, let group = Int32(fields[2]), let pages = Int(fields[21]) else { return nil }
    return (group, pages)
  }
}

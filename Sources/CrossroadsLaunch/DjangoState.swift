#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What an earlier launch did to a Django sample's database, so the next one can skip it.
///
/// `migrate` and the demo superuser each start Django (a quarter of a second or more, and
/// hashing a password costs as much again), which would more than double the time to the
/// first answer of a sample that is already set up. The record is trusted only while the
/// fingerprint holds: the same environment, the same database file (by inode, since every
/// request may change its contents) and the same migration files.
struct DjangoState: Sendable, Equatable {
  let fingerprint: String
  /// The demo superuser's password, set by the launch that created or reset it.
  var superuserPassword: String?

  /// Where the record of the project in `directory` is kept: beside the environments.
  static func path(cacheRoot: String, directory: String) -> String {
    let crossroads = cacheRoot.split(separator: "/").dropLast().joined(separator: "/")
    return "/\(crossroads)/projects/\(EnvironmentCache.hash(Array(directory.utf8))).state"
  }

  /// The fingerprint now, or nil when there is no database yet (so it must be migrated).
  static func fingerprint(directory: String, environment: String) -> String? {
    var info = stat()
    guard stat(directory + "/db.sqlite3", &info) == 0 else { return nil }
    var parts = ["env \(environment)", "db \(info.st_dev):\(info.st_ino)"]
    for app in FileSystem.list(directory).sorted() where !app.hasPrefix(".") {
      let migrations = "\(directory)/\(app)/migrations"
      for file in FileSystem.list(migrations).sorted() where file.hasSuffix(".py") {
        var fileInfo = stat()
        guard stat("\(migrations)/\(file)", &fileInfo) == 0 else { continue }
        parts.append(
          "\(app)/\(file) \(fileInfo.st_size) \(fileInfo.st_mtim.tv_sec).\(fileInfo.st_mtim.tv_nsec)")
      }
    }
    return parts.joined(separator: "\n")
  }

  static func load(from path: String) -> DjangoState? {
    guard let bytes = FileSystem.read(path) else { return nil }
    let text = String(decoding: bytes, as: UTF8.self)
    let sections = text.split(separator: "\n--\n", maxSplits: 1, omittingEmptySubsequences: false)
    guard sections.count == 2 else { return nil }
    let password = sections[0].hasPrefix("superuser ") ? String(sections[0].dropFirst(10)) : nil
    return DjangoState(fingerprint: String(sections[1]), superuserPassword: password)
  }

  /// Saves the record readable by its owner only: it holds the demo login's password.
  func save(to path: String) {
    let folder = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
    try? FileSystem.createDirectory(folder)
    let text = (superuserPassword.map { "superuser \($0)" } ?? "no superuser") + "\n--\n" + fingerprint
    let temporary = path + ".\(getpid()).tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    // Renamed into place so a launch killed mid-write leaves the old record or none.
    if written == bytes.count { rename(temporary, path) } else { unlink(temporary) }
  }

  static func forget(at path: String) { unlink(path) }
}

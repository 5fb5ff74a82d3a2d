#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a planned project into a folder that did not exist, all at once or not at all.
///
/// Everything is written into a hidden temporary folder beside the target, which is then
/// renamed to the target by a rename that refuses to replace anything: the project appears
/// whole or not at all, and an existing folder, even an empty one, is never touched. An
/// error removes the temporary folder. Ctrl-C, SIGTERM and SIGHUP wait the millisecond the
/// writing takes, so they end the program before or after it, leaving nothing behind; only
/// SIGKILL or a crash part-way can leave the hidden folder (named `.NAME.crossroads-XXXXXX`),
/// and never a partial project; the next write into the same folder removes such leftovers.
public struct AtomicProjectWriter: Sendable {
  /// The folder the project is written into.
  public let parent: String

  /// Called before each file is written, with its path; tests make it throw to check that
  /// a failure part-way leaves nothing behind.
  var beforeWritingFile: @Sendable (String) throws(ScaffoldError) -> Void = { _ in }

  public init(parent: String) {
    self.parent = parent.count > 1 && parent.hasSuffix("/") ? String(parent.dropLast()) : parent
  }

  /// Where a project called `name` would be written.
  public func target(for name: ProjectName) -> String { parent + "/" + name.value }

  /// Refuses when the parent folder is missing or the target exists, suggesting a free name.
  public func checkTarget(for name: ProjectName) throws(ScaffoldError) {
    var info = stat()
    guard stat(parent, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
      throw .parentMissing(parent)
    }
    let target = target(for: name)
    if Self.exists(target) {
      throw .targetExists(path: target, suggestion: freeName(near: name))
    }
  }

  /// Writes every file of `plan` and returns the project's path.
  @discardableResult
  public func write(_ plan: ProjectPlan) throws(ScaffoldError) -> String {
    try checkTarget(for: plan.name)
    let target = target(for: plan.name)
    let previousMask = Self.blockTerminationSignals()
    defer { Self.restoreSignals(previousMask) }
    removeLeftovers()
    // mkdtemp creates a folder no one else can have: a concurrent run gets its own.
    var template = Array("\(parent)/.\(plan.name.value).crossroads-XXXXXX".utf8CString)
    guard let created = mkdtemp(&template) else {
      throw .io(path: parent, operation: "create a temporary folder in", errno: errno)
    }
    let temporary = String(cString: created)
    do {
      // mkdtemp makes the folder 0700; a project folder is as readable as any other.
      chmod(temporary, 0o777 & ~currentUmask())
      var folders: Set<String> = []
      for file in plan.files {
        try beforeWritingFile(file.path)
        let path = temporary + "/" + file.path
        try makeFolders(for: file.path, in: temporary, made: &folders)
        try Self.writeFile(path, contents: file.contents, executable: file.isExecutable)
      }
      try Self.renameWithoutReplacing(temporary, to: target, suggestion: { freeName(near: plan.name) })
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      throw error
    }
    return target
  }

  /// Removes the hidden folders a killed write left here: only names of the writer's own
  /// pattern (`.NAME.crossroads-` and mkdtemp's six characters), and only folders older
  /// than this process, so a write under way in another program is never touched.
  func removeLeftovers() {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
    for entry in entries where Self.isTemporaryName(entry) {
      let path = parent + "/" + entry
      var info = stat()
      guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
        Self.modified(info) < Self.processStarted
      else { continue }
      try? FileManager.default.removeItem(atPath: path)
    }
  }

  /// Whether `name` is one `write` gives its temporary folder: `.NAME.crossroads-XXXXXX`.
  static func isTemporaryName(_ name: String) -> Bool {
    let marker = ".crossroads-"
    guard name.hasPrefix("."), let range = name.ranges(of: marker).last else { return false }
    let projectName = name[name.index(after: name.startIndex)..<range.lowerBound]
    let suffix = name[range.upperBound...]
    return ProjectName.isValid(String(projectName)) && suffix.count == 6
      && suffix.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
  }

  /// When this process started, in seconds since 1970: `/proc/self` is made with the process.
  static let processStarted: Int = {
    var info = stat()
    if stat("/proc/self", &info) == 0 { return modified(info) }
    return Int(time(nil))
  }()

  private static func modified(_ info: stat) -> Int {
    #if canImport(Darwin)
      Int(info.st_mtimespec.tv_sec)
    #else
      Int(info.st_mtim.tv_sec)
    #endif
  }

  /// The signals that end a program politely, held back on this thread until `restoreSignals`.
  static func blockTerminationSignals() -> sigset_t {
    var blocked = sigset_t()
    sigemptyset(&blocked)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&blocked, signal) }
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &blocked, &previous)
    return previous
  }

  /// Puts the mask back; a signal that arrived meanwhile is delivered now.
  static func restoreSignals(_ mask: sigset_t) {
    var mask = mask
    pthread_sigmask(SIG_SETMASK, &mask, nil)
  }

  /// `NAME_2`, `NAME_3`… : the first that is a valid name and free in the parent folder.
  public func freeName(near name: ProjectName) -> String? {
    for number in 2...99 {
      let suffix = "_\(number)"
      let base = String(name.value.prefix(ProjectName.maximumLength - suffix.count))
      let candidate = base + suffix
      if ProjectName.isValid(candidate), !Self.exists(parent + "/" + candidate) { return candidate }
    }
    return nil
  }

  /// Whether anything is at `path`, a dangling symbolic link included.
  static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 || errno != ENOENT
  }

  private func currentUmask() -> mode_t {
    let mask = umask(0)
    umask(mask)
    return mask
  }

  private func makeFolders(for relative: String, in root: String, made: inout Set<String>)
    throws(ScaffoldError)
  {
    let parts = relative.split(separator: "/").dropLast()
    var path = root
    for part in parts {
      path += "/" + part
      if made.contains(path) { continue }
      if mkdir(path, 0o777) != 0 && errno != EEXIST {
        throw .io(path: path, operation: "create the folder", errno: errno)
      }
      made.insert(path)
    }
  }

  private static func writeFile(_ path: String, contents: String, executable: Bool) throws(ScaffoldError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, executable ? 0o777 : 0o666)
    guard descriptor >= 0 else { throw .io(path: path, operation: "create", errno: errno) }
    var failure: Int32 = 0
    var bytes = Array(contents.utf8)
    bytes.withUnsafeMutableBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = writeBytes(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += written
      }
    }
    if close(descriptor) != 0 && failure == 0 { failure = errno }
    if failure != 0 { throw .io(path: path, operation: "write", errno: failure) }
  }

  /// Renames `source` to `target` only if nothing is at `target`, atomically.
  ///
  /// Plain rename(2) would silently replace an empty folder at `target`, so Linux's
  /// renameat2 with RENAME_NOREPLACE is used (looked up at run time: the C library's
  /// header hides it from Swift); where the file system lacks it, the target is claimed
  /// first with mkdir, which fails if anything is there, and our empty folder replaced.
  static func renameWithoutReplacing(
    _ source: String, to target: String, useRenameat2: Bool = true, suggestion: () -> String?
  ) throws(ScaffoldError) {
    #if canImport(Glibc)
      if useRenameat2, let renameat2 = Renameat2.function {
        if renameat2(AT_FDCWD, source, AT_FDCWD, target, Renameat2.noReplace) == 0 { return }
        let code = errno
        if code == EEXIST || code == ENOTEMPTY {
          throw .targetExists(path: target, suggestion: suggestion())
        }
        guard code == EINVAL || code == ENOSYS else {
          throw .io(path: target, operation: "move the project into", errno: code)
        }
      }
      guard mkdir(target, 0o700) == 0 else {
        let code = errno
        if code == EEXIST { throw .targetExists(path: target, suggestion: suggestion()) }
        throw .io(path: target, operation: "create", errno: code)
      }
      // Replaces only the empty folder just made; if someone put a file into it meanwhile,
      // rename fails with ENOTEMPTY and their file stays.
      if rename(source, target) != 0 {
        let code = errno
        if code == ENOTEMPTY || code == EEXIST { throw .targetExists(path: target, suggestion: suggestion()) }
        rmdir(target)
        throw .io(path: target, operation: "move the project into", errno: code)
      }
    #elseif canImport(Darwin)
      if renamex_np(source, target, UInt32(RENAME_EXCL)) != 0 {
        let code = errno
        if code == EEXIST || code == ENOTEMPTY { throw .targetExists(path: target, suggestion: suggestion()) }
        throw .io(path: target, operation: "move the project into", errno: code)
      }
    #endif
  }
}

/// write(2), named apart from `AtomicProjectWriter.write`, which would hide it in the type.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}

#if canImport(Glibc)
  /// Linux's renameat2, which glibc has had since 2.28 but declares only under _GNU_SOURCE.
  private enum Renameat2 {
    typealias Function =
      @convention(c) (
        Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32
      ) -> Int32

    /// From <linux/fs.h>: fail with EEXIST instead of replacing the target.
    static let noReplace: UInt32 = 1

    static let function: Function? = {
      guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return nil }
      return unsafeBitCast(symbol, to: Function.self)
    }()
  }
#endif

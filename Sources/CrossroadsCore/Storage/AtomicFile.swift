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

/// Writes a file so that readers see the old contents or the new, never half of either.
public enum AtomicFile {
  /// Writes `text` to a temporary file in the same folder, flushes it, and renames it over
  /// `path`; a rename within one file system is atomic. Missing parent folders are created
  /// only with `creatingFolders` (for state folders): a file a person named goes into a
  /// folder that exists, or is refused with that said.
  public static func save(_ text: String, to path: String, creatingFolders: Bool = false)
    throws(FileWriteError)
  {
    let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(
      separator: "/")
    let directory = folder.isEmpty ? (path.hasPrefix("/") ? "/" : ".") : folder
    var isDirectory = false
    if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
      guard creatingFolders else {
        throw FileWriteError(path: path, reason: "the folder \(directory) does not exist; create it first")
      }
      do {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      } catch {
        throw FileWriteError(path: path, reason: "its folder could not be created")
      }
    } else if !isDirectory {
      throw FileWriteError(path: path, reason: "\(directory) is not a folder")
    }
    var template = Array("\(directory)/.\(path.split(separator: "/").last ?? "file").XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw FileWriteError(path: path, reason: String(cString: strerror(errno))) }
    let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    var failure: String?
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
      if result < 0, errno == EINTR { continue }
      guard result > 0 else {
        failure = String(cString: strerror(errno))
        break
      }
      written += result
    }
    // mkstemp makes the file private; answers are not secret, so give it the usual mode.
    if failure == nil, fchmod(descriptor, 0o644) != 0 || fsync(descriptor) != 0 {
      failure = String(cString: strerror(errno))
    }
    close(descriptor)
    if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
    if let failure {
      unlink(temporary)
      throw FileWriteError(path: path, reason: failure)
    }
  }
}

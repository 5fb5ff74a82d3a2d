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

/// A small file Crossroads keeps between runs, read with a bound and, when it cannot be
/// used, set aside rather than overwritten.
public struct StoredFile: Sendable, Equatable {
  public let path: String

  /// The most a state file is read; progress and answers take a few kilobytes, and a
  /// larger file is not ours (a 40 MB one made the first frame wait 6 s).
  public static let maximumBytes = 1024 * 1024

  public init(path: String) {
    self.path = path
  }

  /// What reading found.
  public enum Read: Sendable, Equatable {
    case missing
    case contents(Data)
    /// The file exists but cannot be taken: not a regular file, too large, or unreadable.
    case unreadable(String)
  }

  /// Reads the whole file if it is a regular file of at most `maximumBytes`.
  public func readContents() -> Read {
    // Non-blocking, so a FIFO left at the path cannot stall the start.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      return errno == ENOENT ? .missing : .unreadable(String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return .unreadable(String(cString: strerror(errno))) }
    guard status.st_mode & S_IFMT == S_IFREG else { return .unreadable("it is not a regular file") }
    guard status.st_size <= Self.maximumBytes else {
      return .unreadable("it is \(status.st_size / 1024 / 1024) MB, far larger than Crossroads ever writes")
    }
    // Room for the size it has now and one byte more, to see it growing past the bound.
    var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
    var count = 0
    while true {
      if count == bytes.count {
        guard count <= Self.maximumBytes else {
          return .unreadable("it grew past \(Self.maximumBytes) bytes")
        }
        bytes += [UInt8](repeating: 0, count: min(count, Self.maximumBytes + 1 - count))
      }
      let result = bytes.withUnsafeMutableBytes {
        read(descriptor, $0.baseAddress! + count, $0.count - count)
      }
      if result < 0, errno == EINTR { continue }
      if result < 0 { return .unreadable(String(cString: strerror(errno))) }
      if result == 0 { break }
      count += result
    }
    return .contents(Data(bytes[..<count]))
  }

  /// What to tell the person when `subject` (e.g. "Your progress file") could not be used
  /// for `reason` and was kept as `keptAs`, or left where it was (nil).
  public static func notice(_ subject: String, reason: String, keptAs: String?) -> String {
    guard let keptAs else {
      return "\(subject) could not be read (\(reason)) nor moved aside; it is left as it is and "
        + "nothing is saved over it."
    }
    return "\(subject) could not be read (\(reason)); it is kept as \(keptAs) and you start afresh."
  }

  /// Renames the file to `PATH.corrupt` (or `.corrupt-2`, …); returns the new path, or nil
  /// when it could not be moved and so must be left exactly as it is.
  public func setAside() -> String? {
    var aside = path + ".corrupt"
    var attempt = 1
    while FileManager.default.fileExists(atPath: aside) {
      attempt += 1
      aside = path + ".corrupt-\(attempt)"
    }
    return rename(path, aside) == 0 ? aside : nil
  }
}

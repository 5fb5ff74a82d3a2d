#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The C library's text for an `errno` value.
public enum SystemError {
  /// The text for the current `errno`.
  public static var current: String { message(errno) }

  public static func message(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }
}

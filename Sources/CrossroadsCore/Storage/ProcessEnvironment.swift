#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// This process's environment variables.
///
/// The one way Crossroads reads its environment. It is read once, at first use: Crossroads
/// never changes its own environment (a child's is made from this one). `ProcessInfo`
/// builds its dictionary anew on every call, character by character, and three calls were
/// a tenth of the work before the first frame.
public enum ProcessEnvironment {
  /// Every variable, by name.
  public static let current: [String: String] = {
    var count = 0
    while environ[count] != nil { count += 1 }
    // Sized at once: growing it would run the standard library's own copy of the code,
    // which finds the dictionary's type by name, scanning every protocol conformance.
    var result = [String: String](minimumCapacity: count)
    var pointer = environ
    while let entry = pointer.pointee {
      let bytes = UnsafeBufferPointer(
        start: UnsafeRawPointer(entry).assumingMemoryBound(to: UInt8.self), count: strlen(entry))
      if let equals = bytes.firstIndex(of: UInt8(ascii: "=")) {
        result[String(decoding: bytes[..<equals], as: UTF8.self)] =
          String(decoding: bytes[(equals + 1)...], as: UTF8.self)
      }
      pointer += 1
    }
    return result
  }()

  /// The value of one variable, or nil when it is not set.
  public static func value(_ name: String) -> String? { current[name] }
}

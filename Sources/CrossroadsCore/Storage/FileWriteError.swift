/// A file that could not be written, and why.
public struct FileWriteError: Error, Sendable, Equatable, CustomStringConvertible {
  public let path: String
  public let reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String { "\(path) could not be written: \(reason)" }
}

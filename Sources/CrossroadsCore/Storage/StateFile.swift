#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A small JSON file of the user's state under `$XDG_STATE_HOME/crossroads`, written
/// atomically and never lost: an unreadable file is kept aside, not overwritten.
public struct StateFile<Value: Codable & Sendable>: Sendable {
  public let path: String

  public init(path: String) {
    self.path = path
  }

  /// The file `name` in Crossroads' state folder (see `StatePaths`); without a home folder,
  /// a path that cannot be written, so saving says so instead of writing somewhere odd.
  public init(named name: String, environment: [String: String]) {
    self.init(
      path: (StatePaths.directory(environment: environment) ?? "/nonexistent/crossroads") + "/" + name)
  }

  /// What loading found.
  public enum Loaded: Sendable {
    case missing
    case value(Value)
    /// The file could not be read as expected; it was renamed to `keptAs`, or left where
    /// it is when that failed (nil), in which case it must not be saved over.
    case corrupt(keptAs: String?, reason: String)
  }

  /// Reads the value; a file that cannot be read, is too large, or does not decode is set
  /// aside, never left to be overwritten by the next save.
  public func load() -> Loaded {
    let file = StoredFile(path: path)
    let reason: String
    switch file.readContents() {
    case .missing:
      return .missing
    case .unreadable(let why):
      reason = why
    case .contents(let data):
      do {
        return .value(try JSONDecoder().decode(Value.self, from: data))
      } catch {
        reason = data.isEmpty ? "it is empty" : "it is not the JSON Crossroads writes"
      }
    }
    return .corrupt(keptAs: file.setAside(), reason: reason)
  }

  /// Writes `value` atomically: a reader never sees half a file.
  public func save(_ value: Value) throws(FileWriteError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    guard let data = try? encoder.encode(value) else {
      throw FileWriteError(path: path, reason: "the state could not be encoded")
    }
    try AtomicFile.save(String(decoding: data, as: UTF8.self), to: path, creatingFolders: true)
  }
}

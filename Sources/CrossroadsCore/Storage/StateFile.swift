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
    /// The file could not be read as expected; it was renamed to `keptAs`.
    case corrupt(keptAs: String)
  }

  public func load() -> Loaded {
    guard let data = FileManager.default.contents(atPath: path) else { return .missing }
    do {
      return .value(try JSONDecoder().decode(Value.self, from: data))
    } catch {
      var aside = path + ".corrupt"
      var attempt = 1
      while FileManager.default.fileExists(atPath: aside) {
        attempt += 1
        aside = path + ".corrupt-\(attempt)"
      }
      do {
        try FileManager.default.moveItem(atPath: path, toPath: aside)
      } catch {
        return .corrupt(keptAs: path)
      }
      return .corrupt(keptAs: aside)
    }
  }

  /// Writes `value` atomically: a reader never sees half a file.
  public func save(_ value: Value) throws(FileWriteError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    guard let data = try? encoder.encode(value) else {
      throw FileWriteError(path: path, reason: "the state could not be encoded")
    }
    try AtomicFile.save(String(decoding: data, as: UTF8.self), to: path)
  }
}

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

/// A small JSON file of the user's state under `$XDG_STATE_HOME/crossroads`, written
/// atomically and never lost: an unreadable file is kept aside, not overwritten.
public struct StateFile<Value: Codable & Sendable>: Sendable {
  public let path: String

  public init(path: String) {
    self.path = path
  }

  /// The file `name` in Crossroads' state folder: `$XDG_STATE_HOME/crossroads`, or
  /// `~/.local/state/crossroads` when that is unset, as the XDG base directory spec says.
  public init(named name: String, environment: [String: String]) {
    let base: String
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      base = state
    } else {
      base = (environment["HOME"] ?? "/tmp") + "/.local/state"
    }
    self.init(path: base + "/crossroads/" + name)
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

  /// Writes `value` to a temporary file beside the target, then renames it into place, so a
  /// reader never sees half a file.
  public func save(_ value: Value) throws {
    let directory = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let temporary = path + ".tmp-\(UInt32.random(in: 0...UInt32.max))"
    do {
      try encoder.encode(value).write(to: URL(filePath: temporary))
      // rename(2) replaces the old file in one step.
      guard rename(temporary, path) == 0 else { throw StateFileError.cannotReplace(path) }
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      throw error
    }
  }
}

public enum StateFileError: Error, CustomStringConvertible {
  case cannotReplace(String)

  public var description: String {
    switch self {
    case .cannotReplace(let path): "could not write \(path); check that its folder is writable"
    }
  }
}

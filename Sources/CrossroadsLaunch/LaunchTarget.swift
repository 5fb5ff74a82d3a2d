import CrossroadsCore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A generated project as the launcher sees it: its folder and what its `.crossroads.json`
/// says, read with the generator's own `ProjectMarker`.
public struct LaunchTarget: Sendable, Equatable {
  public typealias Endpoint = ProjectMarker.Endpoint

  public static let markerName = ProjectMarker.fileName

  public let directory: String
  public let framework: Framework
  public let features: [String]
  public let endpoints: [Endpoint]

  public init(directory: String, framework: Framework, features: [String], endpoints: [Endpoint]) {
    self.directory = directory
    self.framework = framework
    self.features = features
    self.endpoints = endpoints
  }

  /// Reads `DIR/.crossroads.json`, refusing a folder the generator did not write.
  public static func load(directory: String) throws(LaunchError) -> LaunchTarget {
    let directory = FileSystem.absolute(directory)
    guard FileSystem.isDirectory(directory) else { throw .notADirectory(directory) }
    let markerPath = directory + "/" + markerName
    guard let data = FileSystem.read(markerPath) else { throw .notAProject(directory) }
    let marker: ProjectMarker
    do {
      marker = try ProjectMarker.parse(data)
    } catch {
      throw .badMarker(markerPath, String(describing: error))
    }
    return LaunchTarget(
      directory: directory, framework: marker.framework, features: marker.features,
      endpoints: marker.endpoints)
  }

  /// The requirements files installed into the environment, whose contents key it: what the
  /// sample needs to run, then what its tests and tools need, when it has that file.
  public var requirementsPaths: [String] {
    let development = directory + "/requirements-dev.txt"
    return [directory + "/requirements.txt"] + (FileSystem.exists(development) ? [development] : [])
  }

  /// The Flask application's package: the folder named like the project, else the one
  /// top-level package that is not the tests.
  public func flaskPackage() -> String? {
    let base = String(directory.split(separator: "/").last ?? "")
    if FileSystem.exists(directory + "/" + base + "/__init__.py") { return base }
    let candidates = FileSystem.list(directory).sorted().filter { name in
      !name.hasPrefix(".") && name != "tests" && FileSystem.exists(directory + "/" + name + "/__init__.py")
    }
    return candidates.first
  }
}

extension Framework {
  /// The port its own tutorials use, tried first.
  public var usualPort: Int { self == .flask ? 5000 : 8000 }
}

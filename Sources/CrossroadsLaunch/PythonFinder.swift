import CrossroadsCore

/// A Python interpreter that can create the sample's virtual environment.
public struct PythonInterpreter: Sendable, Equatable {
  public let path: String
  /// "3.11.7": part of the cache key, since a venv only works with the Python that made it.
  public let version: String
}

/// Finds the Python to use: `--python PATH`, else `python3` on the PATH, 3.10 or newer.
public struct PythonFinder: Sendable {
  public static let minimum = (major: 3, minor: 10)

  let explicitPath: String?
  let searchPath: String

  public init(explicitPath: String? = nil, searchPath: String? = nil) {
    self.explicitPath = explicitPath
    self.searchPath = searchPath ?? ProcessEnvironment.value("PATH") ?? "/usr/local/bin:/usr/bin:/bin"
  }

  /// The interpreter, checked by running it: it must report its version, and have venv when
  /// `needsVenv` (a launch whose environment is cached skips that import, on its critical path).
  public func find(groups: ProcessGroups, needsVenv: Bool = true) async throws(LaunchError)
    -> PythonInterpreter
  {
    let path: String
    if let explicitPath {
      let absolute = FileSystem.absolute(explicitPath)
      guard FileSystem.isExecutable(absolute) else {
        throw .noPython("\(explicitPath) is not an executable file.")
      }
      path = absolute
    } else {
      guard let found = Self.which("python3", in: searchPath) else {
        throw .noPython("There is no python3 on the PATH.")
      }
      path = found
    }
    // ensurepip is what Debian's python3 lacks without python3-venv; venv fails without it.
    // -I -S: no site-packages or PYTHON* variables, which only slow the answer down.
    let imports = needsVenv ? "import sys, venv, ensurepip" : "import sys"
    let probe = ChildCommand(
      executable: path, arguments: ["-I", "-S", "-c", "\(imports); print('%d.%d.%d' % sys.version_info[:3])"])
    let result: ChildCommand.Result
    do {
      result = try await probe.run(groups: groups, timeout: .seconds(15))
    } catch {
      throw .noPython("\(path) could not be started (\(error)).")
    }
    guard result.succeeded, let version = result.lastLines.last(where: { $0.first?.isNumber == true }) else {
      let said = result.lastLines.suffix(3).joined(separator: " ")
      // A Python without venv names the module it lacks; anything else is not a Python 3.
      if said.contains("ensurepip") || said.contains("venv") {
        throw .noPython("\(path) cannot create virtual environments (\(said)).")
      }
      let output = said.isEmpty ? "no output" : "it printed: \(said)"
      throw .noPython("\(path) did not answer as Python 3 does (\(result.statusText), \(output)).")
    }
    let parts = version.split(separator: ".").compactMap { Int($0) }
    guard parts.count >= 2, (parts[0], parts[1]) >= (Self.minimum.major, Self.minimum.minor) else {
      throw .pythonTooOld(path: path, version: version)
    }
    return PythonInterpreter(path: path, version: version)
  }

  /// The first executable `name` in a PATH-style list of folders.
  static func which(_ name: String, in searchPath: String) -> String? {
    for folder in searchPath.split(separator: ":") where !folder.isEmpty {
      let candidate = "\(folder)/\(name)"
      if FileSystem.isExecutable(candidate) { return candidate }
    }
    return nil
  }
}

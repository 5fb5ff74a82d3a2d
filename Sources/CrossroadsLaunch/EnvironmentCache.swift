import CrossroadsCore

/// Virtual environments kept under `$XDG_CACHE_HOME/crossroads/envs`, one per Python version
/// and requirements content, so a second launch of the same kind of sample installs nothing.
///
/// With uv on the PATH, uv makes the environment and installs into it. Without it, `venv`
/// makes it and pip installs: the outer Python's own pip with `--python` into an environment
/// made without pip (which skips copying pip into every environment), or, when that pip is
/// missing or older than 22.3, the pip that `venv` puts in.
public struct EnvironmentCache: Sendable {
  /// A ready environment: its folder and its Python.
  public struct Entry: Sendable, Equatable {
    public let directory: String
    public var python: String { directory + "/bin/python" }
    /// Whether this launch installed it (false: reused from an earlier launch).
    public let installed: Bool
  }

  /// Written only after a successful install: a folder without it is a killed or failed
  /// install, and is made again rather than trusted.
  static let stampName = ".crossroads-complete"

  /// Per-request network timeout and retries for the installer, so an unreachable package
  /// index fails in well under 30 seconds instead of hanging.
  static let networkTimeoutSeconds = 8
  static let networkRetries = 1

  public let root: String

  public init(root: String? = nil) {
    self.root = root ?? Self.defaultRoot()
  }

  /// `$XDG_CACHE_HOME/crossroads/envs`, falling back to `~/.cache` as the XDG spec says.
  public static func defaultRoot() -> String {
    if let cache = ProcessEnvironment.value("XDG_CACHE_HOME"), cache.hasPrefix("/") {
      return cache + "/crossroads/envs"
    }
    let home = ProcessEnvironment.value("HOME") ?? "/tmp"
    return home + "/.cache/crossroads/envs"
  }

  /// The folder for this Python and these requirements.
  public func directory(python: PythonInterpreter, requirements: [UInt8]) -> String {
    "\(root)/\(python.version)-\(Self.hash(requirements))"
  }

  /// The requirements files' contents as one key, or nil when one cannot be read.
  ///
  /// Every file installed is part of the key, so editing any of them makes a new environment;
  /// a single file's key is its content alone.
  static func requirements(_ paths: [String]) -> [UInt8]? {
    var joined: [UInt8] = []
    for (index, path) in paths.enumerated() {
      guard let bytes = FileSystem.read(path) else { return nil }
      if index > 0 { joined.append(0) }
      joined += bytes
    }
    return joined
  }

  /// A complete environment for these requirements made by an earlier launch, and the Python
  /// version that made it: the newest, when several Pythons have been used.
  ///
  /// Lets a launch start the server while it is still asking Python its version, which
  /// through a version manager's shim costs more than a tenth of a second.
  public func cached(requirementsPaths: [String]) -> (entry: Entry, version: String)? {
    guard let requirements = Self.requirements(requirementsPaths) else { return nil }
    let suffix = "-" + Self.hash(requirements)
    let candidates = FileSystem.list(root).filter { $0.hasSuffix(suffix) }.compactMap {
      name -> (entry: Entry, version: String, stamped: Double)? in
      let directory = root + "/" + name
      guard let stamped = FileSystem.modified(directory + "/" + Self.stampName),
        FileSystem.isExecutable(directory + "/bin/python")
      else { return nil }
      return (Entry(directory: directory, installed: false), String(name.dropLast(suffix.count)), stamped)
    }
    return candidates.max { $0.stamped < $1.stamped }.map { ($0.entry, $0.version) }
  }

  /// Returns the cached environment, or creates it and installs every requirements file into it.
  public func prepare(
    python: PythonInterpreter, requirementsPaths: [String], groups: ProcessGroups,
    progress: @escaping @Sendable (String) -> Void
  ) async throws(LaunchError) -> Entry {
    guard let requirements = Self.requirements(requirementsPaths) else {
      throw .noRequirements(requirementsPaths.first { !FileSystem.exists($0) } ?? requirementsPaths.joined())
    }
    let directory = directory(python: python, requirements: requirements)
    let stamp = directory + "/" + Self.stampName
    if FileSystem.exists(stamp) && FileSystem.isExecutable(directory + "/bin/python") {
      return Entry(directory: directory, installed: false)
    }
    FileSystem.remove(directory)
    do {
      try FileSystem.createDirectory(root)
    } catch {
      throw .environment("\(root) could not be created: \(error)")
    }
    let uv = PythonFinder.which("uv", in: ProcessEnvironment.value("PATH") ?? "")
    let clock = ContinuousClock()
    let start = clock.now
    let report: @Sendable (String) -> Void = { line in
      guard let shown = Self.progressLine(line) else { return }
      let elapsed = (clock.now - start).components
      let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
      progress("\(shown)  (\(MeasureFormat.seconds(seconds)))")
    }
    let files = requirementsPaths.flatMap { ["-r", $0] }
    let create: ChildCommand
    let install: ChildCommand
    if let uv {
      create = ChildCommand(
        executable: uv, arguments: ["venv", "--quiet", "--python", python.path, directory])
      install = ChildCommand(
        executable: uv, arguments: ["pip", "install", "--python", directory + "/bin/python"] + files,
        environment: [
          "UV_HTTP_TIMEOUT": String(Self.networkTimeoutSeconds),
          "UV_HTTP_RETRIES": String(Self.networkRetries),
          "UV_NO_PROGRESS": "1",
        ])
      progress("installing with uv")
    } else {
      let pipOptions = [
        "--disable-pip-version-check", "--no-input", "--progress-bar", "off",
        "--default-timeout", String(Self.networkTimeoutSeconds), "--retries", String(Self.networkRetries),
      ]
      let pipEnvironment: [String: String?] = ["PIP_NO_INPUT": "1", "PYTHONUNBUFFERED": "1"]
      if await Self.outerPipInstallsElsewhere(python, groups: groups) {
        create = ChildCommand(
          executable: python.path, arguments: ["-m", "venv", "--without-pip", directory])
        install = ChildCommand(
          executable: python.path,
          arguments: ["-m", "pip", "--python", directory + "/bin/python", "install"] + pipOptions + files,
          environment: pipEnvironment)
        progress("creating a virtual environment with venv, installing with the outer pip")
      } else {
        create = ChildCommand(executable: python.path, arguments: ["-m", "venv", directory])
        install = ChildCommand(
          executable: directory + "/bin/python", arguments: ["-m", "pip", "install"] + pipOptions + files,
          environment: pipEnvironment)
        progress("creating a virtual environment with venv, installing with pip")
      }
    }
    let created: ChildCommand.Result
    do {
      created = try await create.run(groups: groups, timeout: .seconds(120))
    } catch {
      throw .environment(String(describing: error))
    }
    guard created.succeeded else {
      FileSystem.remove(directory)
      throw .environment("\(created.statusText): \(created.lastLines.suffix(5).joined(separator: "\n"))")
    }
    let installed: ChildCommand.Result
    do {
      installed = try await install.run(groups: groups, timeout: .seconds(600), onLine: report)
    } catch {
      throw .install(String(describing: error))
    }
    guard installed.succeeded else {
      // Left without its stamp, the folder is made again next time; removing it now saves space.
      FileSystem.remove(directory)
      throw .install(Self.explainFailure(installed, requirementsPaths: requirementsPaths))
    }
    do {
      try FileSystem.write("python \(python.version)\n", to: stamp)
    } catch {
      throw .environment("\(stamp) could not be written: \(error)")
    }
    return Entry(directory: directory, installed: true)
  }

  /// The install output worth showing: which package, not every wheel's URL.
  static func progressLine(_ line: String) -> String? {
    let trimmed = line.trimmingPrefix(while: { $0 == " " })
    for prefix in ["Collecting ", "Installing collected packages", "Successfully installed", "Downloading "] {
      if trimmed.hasPrefix(prefix) {
        if prefix == "Downloading ", let url = trimmed.split(separator: " ").dropFirst().first {
          return "Downloading " + (url.split(separator: "/").last.map(String.init) ?? String(url))
        }
        // "Collecting click>=8.1.3 (from Flask<3.2,>=3.1->-r …)": the package is enough.
        let shown = trimmed.split(separator: " (from ", maxSplits: 1).first ?? trimmed
        return String(shown.prefix(100))
      }
    }
    if trimmed.hasPrefix("+ ") || trimmed.hasPrefix("Resolved ") || trimmed.hasPrefix("Installed ") {
      return String(trimmed.prefix(100))
    }
    return nil
  }

  /// Whether `python -m pip` can install into another environment (`--python`, pip 22.3+).
  static func outerPipInstallsElsewhere(_ python: PythonInterpreter, groups: ProcessGroups) async -> Bool {
    let probe = ChildCommand(
      executable: python.path, arguments: ["-m", "pip", "--version"],
      environment: ["PIP_DISABLE_PIP_VERSION_CHECK": "1"])
    guard let result = try? await probe.run(groups: groups, timeout: .seconds(30)), result.succeeded,
      let line = result.lastLines.first(where: { $0.hasPrefix("pip ") })
    else { return false }
    return supportsPythonOption(pipVersionLine: line)
  }

  /// "pip 23.2.1 from … (python 3.11)": true from pip 22.3 on, which has `--python`.
  static func supportsPythonOption(pipVersionLine line: String) -> Bool {
    let version = line.split(separator: " ").dropFirst().first ?? ""
    let parts = version.split(separator: ".").map { Int($0.prefix(while: \.isNumber)) ?? 0 }
    guard let major = parts.first else { return false }
    let minor = parts.count > 1 ? parts[1] : 0
    return major > 22 || (major == 22 && minor >= 3)
  }

  /// Turns a failed install into what happened and what to do.
  static func explainFailure(_ result: ChildCommand.Result, requirementsPaths: [String] = []) -> String {
    let lines = result.lastLines.map(LogLine.clean)
    let text = lines.joined(separator: "\n")
    // pip ends an unreachable index with "No matching distribution found" too: the network's
    // own errors come first, so only an index that answered leads to a missing requirement.
    let network = [
      "Network is unreachable", "Temporary failure in name resolution", "Connection refused",
      "timed out", "Max retries exceeded", "Failed to establish", "ConnectTimeout", "ReadTimeout",
      "error sending request", "Could not connect",
    ]
    let tail = lines.suffix(8).joined(separator: "\n")
    if result.timedOut || network.contains(where: { text.contains($0) }) {
      return """
        the packages could not be downloaded: the package index did not answer. Check the network \
        connection (or a proxy: HTTPS_PROXY, PIP_INDEX_URL), then run again; nothing half-installed \
        is kept. The installer said:
        \(tail)
        """
    }
    if let missing = missingRequirement(in: lines) {
      let place = file(naming: missing, among: requirementsPaths) ?? "the requirements files"
      return """
        no release of the requirement \(missing) was found on the package index: check its \
        spelling and version in \(place), then run again. The installer said:
        \(tail)
        """
    }
    return "installing the requirements failed (\(result.statusText)). The installer said:\n\(tail)"
  }

  /// The name of the first of `paths` that mentions `requirement`'s project, if any does.
  static func file(naming requirement: String, among paths: [String]) -> String? {
    let project = requirement.prefix { !"<>=!~;[ ".contains($0) }.lowercased()
    let path = paths.first { path in
      FileSystem.read(path).map { String(decoding: $0, as: UTF8.self).lowercased().contains(project) }
        ?? false
    }
    return path.map { String($0.split(separator: "/").last ?? "") }
  }

  /// The requirement pip or uv could not find on an index that answered, as they name it.
  static func missingRequirement(in lines: [String]) -> String? {
    let patterns: [(prefix: String, end: String?)] = [
      ("No matching distribution found for ", nil),  // pip
      ("Because ", " was not found in the package registry"),  // uv, an unknown name
      ("Because there are no versions of ", " and "),  // uv, no such version
    ]
    for line in lines {
      for pattern in patterns {
        guard let start = line.firstRange(of: pattern.prefix) else { continue }
        var name = line[start.upperBound...]
        if let end = pattern.end {
          guard let stop = name.firstRange(of: end) else { continue }
          name = name[..<stop.lowerBound]
        }
        let trimmed = name.split(separator: " ").first.map(String.init) ?? ""
        if !trimmed.isEmpty { return trimmed }
      }
    }
    return nil
  }

  /// FNV-1a, 64 bits, as 16 hex digits: a stable key for the requirements' content.
  static func hash(_ bytes: [UInt8]) -> String {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      value ^= UInt64(byte)
      value = value &* 0x100_0000_01b3
    }
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

}

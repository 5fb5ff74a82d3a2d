import CrossroadsCore

/// Virtual environments kept under `$XDG_CACHE_HOME/crossroads/envs`, one per Python version
/// and requirements content, so a second launch of the same kind of sample installs nothing.
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
    if let cache = FileSystem.environment("XDG_CACHE_HOME"), cache.hasPrefix("/") {
      return cache + "/crossroads/envs"
    }
    let home = FileSystem.environment("HOME") ?? "/tmp"
    return home + "/.cache/crossroads/envs"
  }

  /// The folder for this Python and these requirements.
  public func directory(python: PythonInterpreter, requirements: [UInt8]) -> String {
    "\(root)/\(python.version)-\(Self.hash(requirements))"
  }

  /// A complete environment for these requirements made by an earlier launch, and the Python
  /// version that made it: the newest, when several Pythons have been used.
  ///
  /// Lets a launch start the server while it is still asking Python its version, which
  /// through a version manager's shim costs more than a tenth of a second.
  public func cached(requirementsPath: String) -> (entry: Entry, version: String)? {
    guard let requirements = FileSystem.read(requirementsPath) else { return nil }
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

  /// Returns the cached environment, or creates it and installs the requirements into it.
  public func prepare(
    python: PythonInterpreter, requirementsPath: String, groups: ProcessGroups,
    progress: @escaping @Sendable (String) -> Void
  ) async throws(LaunchError) -> Entry {
    guard let requirements = FileSystem.read(requirementsPath) else {
      throw .noRequirements(requirementsPath)
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
    let uv = PythonFinder.which("uv", in: FileSystem.environment("PATH") ?? "")
    let clock = ContinuousClock()
    let start = clock.now
    let report: @Sendable (String) -> Void = { line in
      guard let shown = Self.progressLine(line) else { return }
      let elapsed = (clock.now - start).components
      let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
      progress("\(shown)  (\(Self.format(seconds)))")
    }
    let create: ChildCommand
    let install: ChildCommand
    if let uv {
      create = ChildCommand(
        executable: uv, arguments: ["venv", "--quiet", "--python", python.path, directory])
      install = ChildCommand(
        executable: uv,
        arguments: ["pip", "install", "--python", directory + "/bin/python", "-r", requirementsPath],
        environment: ["UV_HTTP_TIMEOUT": String(Self.networkTimeoutSeconds), "UV_NO_PROGRESS": "1"])
    } else {
      create = ChildCommand(executable: python.path, arguments: ["-m", "venv", directory])
      install = ChildCommand(
        executable: directory + "/bin/python",
        arguments: [
          "-m", "pip", "install", "--disable-pip-version-check", "--no-input", "--progress-bar", "off",
          "--default-timeout", String(Self.networkTimeoutSeconds), "--retries", String(Self.networkRetries),
          "-r", requirementsPath,
        ],
        environment: ["PIP_NO_INPUT": "1", "PYTHONUNBUFFERED": "1"])
    }
    progress(
      uv == nil ? "creating a virtual environment with venv, installing with pip" : "installing with uv")
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
      throw .install(Self.explainFailure(installed))
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

  /// Turns a failed install into what happened and what to do.
  static func explainFailure(_ result: ChildCommand.Result) -> String {
    let text = result.lastLines.joined(separator: "\n")
    let network = [
      "Network is unreachable", "Temporary failure in name resolution", "Connection refused",
      "timed out", "Max retries exceeded", "No matching distribution found", "Failed to establish",
      "ConnectTimeout", "ReadTimeout", "error sending request",
    ]
    let tail = result.lastLines.suffix(8).joined(separator: "\n")
    if result.timedOut || network.contains(where: { text.contains($0) }) {
      return """
        the packages could not be downloaded: the package index did not answer. Check the network \
        connection (or a proxy: HTTPS_PROXY, PIP_INDEX_URL), then run again; nothing half-installed \
        is kept. The installer said:
        \(tail)
        """
    }
    return "installing the requirements failed (\(result.statusText)). The installer said:\n\(tail)"
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

  static func format(_ seconds: Double) -> String {
    let tenths = Int((seconds * 10).rounded())
    return "\(tenths / 10).\(tenths % 10) s"
  }
}

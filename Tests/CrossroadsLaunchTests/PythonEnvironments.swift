import Foundation

/// Python with `venv`, and virtual environments cached by what is installed into them.
///
/// pip installs dominate the launch tests' time, so an environment is made once per
/// requirements file (and Python version) and reused by every test and every run after.
enum PythonEnvironments {
  /// `python3 --version` when it can make virtual environments, or nil.
  static let pythonVersion: String? = {
    guard
      let result = try? Command.run(["python3", "-c", "import ensurepip, venv, sys; print(sys.version)"]),
      result.status == 0
    else { return nil }
    return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
  }()

  static var isAvailable: Bool { pythonVersion != nil }

  static let cacheDirectory = FileManager.default.temporaryDirectory
    .appending(path: "crossroads-launch-tests/venvs").path()

  /// The `python` of an environment holding `requirements` and ruff, made if missing.
  static func python(for requirements: String) throws -> String {
    let key = fnv1a(requirements + "\nruff\n" + (pythonVersion ?? ""))
    let directory = cacheDirectory + "/" + key
    let ready = directory + "/.ready"
    let python = directory + "/bin/python"
    if FileManager.default.fileExists(atPath: ready) { return python }
    // A folder without the .ready mark is what an interrupted run left: start again.
    try? FileManager.default.removeItem(atPath: directory)
    try FileManager.default.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
    let requirementsFile = cacheDirectory + "/\(key).txt"
    try requirements.write(toFile: requirementsFile, atomically: true, encoding: .utf8)
    for step in [
      ["python3", "-m", "venv", directory],
      [python, "-m", "pip", "install", "--quiet", "-r", requirementsFile, "ruff"],
    ] {
      let result = try Command.run(step)
      guard result.status == 0 else {
        try? FileManager.default.removeItem(atPath: directory)
        throw SetupError(description: result.report)
      }
    }
    _ = FileManager.default.createFile(atPath: ready, contents: Data())
    return python
  }

  struct SetupError: Error, CustomStringConvertible {
    let description: String
  }

  /// A stable hash of text, as a cache key (Swift's own `Hasher` changes every run).
  static func fnv1a(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return String(hash, radix: 16)
  }
}

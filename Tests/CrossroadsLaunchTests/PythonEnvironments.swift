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

  /// The `python` of an environment holding what the project's requirements files list (its
  /// runtime ones and, in requirements-dev.txt, its tests' and ruff), made if missing.
  static func python(forProject project: String) throws -> String {
    var files: [(name: String, text: String)] = []
    for name in ["requirements.txt", "requirements-dev.txt"] {
      guard let text = try? String(contentsOfFile: project + "/" + name, encoding: .utf8) else { continue }
      files.append((name, text))
    }
    let key = fnv1a(files.map { $0.name + "\n" + $0.text }.joined(separator: "\n") + (pythonVersion ?? ""))
    let directory = cacheDirectory + "/" + key
    let ready = directory + "/.ready"
    let python = directory + "/bin/python"
    if FileManager.default.fileExists(atPath: ready) { return python }
    // A folder without the .ready mark is what an interrupted run left: start again.
    try? FileManager.default.removeItem(atPath: directory)
    // The files side by side, as requirements-dev.txt reads requirements.txt by its name.
    let copies = cacheDirectory + "/\(key)-requirements"
    try FileManager.default.createDirectory(atPath: copies, withIntermediateDirectories: true)
    for file in files {
      try file.text.write(toFile: copies + "/" + file.name, atomically: true, encoding: .utf8)
    }
    for step in [
      ["python3", "-m", "venv", directory],
      [python, "-m", "pip", "install", "--quiet"] + files.flatMap { ["-r", copies + "/" + $0.name] },
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

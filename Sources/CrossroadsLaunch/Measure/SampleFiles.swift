import CrossroadsCore

/// The files of a sample on disk, as the generator wrote them, for counting its code.
///
/// What running it made is left out: bytecode caches, test caches and SQLite databases (in
/// Flask's instance folder, whose generated config.py is counted), so a kept sample measured
/// again counts the same.
enum SampleFiles {
  static let skippedFolders: Set<String> = [
    "__pycache__", ".pytest_cache", ".ruff_cache", ".venv", "node_modules",
  ]
  static let skippedSuffixes = [".pyc", ".sqlite3", ".sqlite", ".db", ".log"]

  /// Every file under `directory` as its path inside it and its text.
  static func read(_ directory: String) -> [(path: String, text: String)] {
    var files: [(path: String, text: String)] = []
    var pending = [""]
    var visited = 0
    // Bounded, so a folder with a huge tree in it cannot keep the measure walking.
    while let relative = pending.popLast(), visited < 20_000 {
      visited += 1
      let absolute = relative.isEmpty ? directory : directory + "/" + relative
      for name in FileSystem.list(absolute).sorted() {
        let path = relative.isEmpty ? name : relative + "/" + name
        if FileSystem.isDirectory(directory + "/" + path) {
          if !skippedFolders.contains(name) { pending.append(path) }
        } else if !skippedSuffixes.contains(where: name.hasSuffix),
          let bytes = FileSystem.read(directory + "/" + path)
        {
          files.append((path, String(decoding: bytes, as: UTF8.self)))
        }
      }
    }
    return files.sorted { $0.path < $1.path }
  }
}

extension ProjectPlan {
  /// The project as `tree` would draw it: the project's folder, then one line per entry.
  public func tree(ascii: Bool = false) -> [String] {
    FileTree(paths: files.map(\.path)).lines(root: name.value, ascii: ascii)
  }
}

/// Folders and files from a list of paths, drawn as an indented tree.
public struct FileTree: Sendable {
  private final class Folder {
    var folders: [String: Folder] = [:]
    var files: Set<String> = []
  }

  private let paths: [String]

  public init(paths: [String]) {
    self.paths = paths
  }

  /// Lines such as `├── blog/`; entries sorted by name, folders marked with `/`.
  public func lines(root: String, ascii: Bool) -> [String] {
    entries(root: root, ascii: ascii).map(\.line)
  }

  /// Each line of the tree with the path of the file it shows (nil for a folder).
  public func entries(root: String, ascii: Bool) -> [(line: String, path: String?)] {
    let top = Folder()
    for path in paths {
      var folder = top
      let parts = path.split(separator: "/").map(String.init)
      for part in parts.dropLast() {
        if let existing = folder.folders[part] {
          folder = existing
        } else {
          let created = Folder()
          folder.folders[part] = created
          folder = created
        }
      }
      if let last = parts.last { folder.files.insert(last) }
    }
    var entries: [(line: String, path: String?)] = [(root + "/", nil)]
    let branch = ascii ? "|-- " : "├── "
    let lastBranch = ascii ? "`-- " : "└── "
    let pipe = ascii ? "|   " : "│   "
    func draw(_ folder: Folder, indent: String, prefix: String) {
      let names =
        (folder.folders.keys.map { ($0, true) } + folder.files.map { ($0, false) }).sorted { $0.0 < $1.0 }
      for (index, (name, isFolder)) in names.enumerated() {
        let isLast = index == names.count - 1
        let line = indent + (isLast ? lastBranch : branch) + name + (isFolder ? "/" : "")
        entries.append((line, isFolder ? nil : prefix + name))
        if isFolder, let child = folder.folders[name] {
          draw(child, indent: indent + (isLast ? "    " : pipe), prefix: prefix + name + "/")
        }
      }
    }
    draw(top, indent: "", prefix: "")
    return entries
  }
}

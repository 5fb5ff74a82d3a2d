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
    var lines = [root + "/"]
    let branch = ascii ? "|-- " : "├── "
    let lastBranch = ascii ? "`-- " : "└── "
    let pipe = ascii ? "|   " : "│   "
    func draw(_ folder: Folder, indent: String) {
      let entries =
        (folder.folders.keys.map { ($0, true) } + folder.files.map { ($0, false) }).sorted { $0.0 < $1.0 }
      for (index, (name, isFolder)) in entries.enumerated() {
        let isLast = index == entries.count - 1
        lines.append(indent + (isLast ? lastBranch : branch) + name + (isFolder ? "/" : ""))
        if isFolder, let child = folder.folders[name] {
          draw(child, indent: indent + (isLast ? "    " : pipe))
        }
      }
    }
    draw(top, indent: "")
    return lines
  }
}

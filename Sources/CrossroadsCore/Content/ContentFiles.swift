#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The files under `Lessons/`: lessons, the questionnaire and the sample templates.
///
/// They come compiled into the program, or from a folder an author is editing (`--lessons`).
public enum ContentFiles {
  /// Reads every regular, non-hidden file below `directory`, keyed by its relative path.
  public static func read(directory: String) throws -> [String: String] {
    let manager = FileManager.default
    var isDirectory = false
    guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory else {
      throw ContentFolderError.notADirectory(directory)
    }
    var files: [String: String] = [:]
    let root = directory.hasSuffix("/") ? directory : directory + "/"
    for relative in try manager.subpathsOfDirectory(atPath: directory).sorted()
    // Templates include dotfiles such as .gitignore; caches and editor litter are left out.
    where !relative.split(separator: "/").contains(where: { $0 == "__pycache__" || $0 == ".DS_Store" }) {
      let path = root + relative
      var isDir = false
      guard manager.fileExists(atPath: path, isDirectory: &isDir), !isDir else { continue }
      guard let data = manager.contents(atPath: path) else { throw ContentFolderError.unreadable(path) }
      files[relative] = String(decoding: data, as: UTF8.self)
    }
    return files
  }
}

/// Why a folder of content (`--lessons DIR`) could not be read at all.
public enum ContentFolderError: Error, Equatable, CustomStringConvertible {
  case notADirectory(String)
  case unreadable(String)

  public var description: String {
    switch self {
    case .notADirectory(let path): "\(path) is not a folder of lessons"
    case .unreadable(let path): "\(path) could not be read"
    }
  }
}

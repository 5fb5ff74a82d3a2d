import CrossroadsCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a virtual environment holds, read from the environment itself: the packages its
/// `site-packages/*.dist-info` folders name, and the disk its files take.
enum EnvironmentInventory {
  /// Every installed distribution, sorted by name: the name and version from each
  /// `.dist-info` folder's METADATA (its folder name when METADATA is unreadable).
  static func packages(environment: String) -> [MeasuredSide.Package] {
    var packages: [MeasuredSide.Package] = []
    for lib in ["lib", "lib64"] {
      for python in FileSystem.list("\(environment)/\(lib)") where python.hasPrefix("python") {
        let site = "\(environment)/\(lib)/\(python)/site-packages"
        for folder in FileSystem.list(site) where folder.hasSuffix(".dist-info") {
          let package = metadata(site + "/" + folder + "/METADATA") ?? fromFolderName(folder)
          if let package, !packages.contains(package) { packages.append(package) }
        }
      }
    }
    return packages.sorted { $0.name.lowercased() < $1.name.lowercased() }
  }

  /// The `Name:` and `Version:` headers of a METADATA file.
  static func metadata(_ path: String) -> MeasuredSide.Package? {
    guard let bytes = FileSystem.read(path) else { return nil }
    var name: String?
    var version: String?
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
      if line.isEmpty || (name != nil && version != nil) { break }
      if line.hasPrefix("Name: ") { name = String(line.dropFirst(6).trimmingTrailingSpaces) }
      if line.hasPrefix("Version: ") { version = String(line.dropFirst(9).trimmingTrailingSpaces) }
    }
    guard let name, let version else { return nil }
    return MeasuredSide.Package(name: name, version: version)
  }

  /// `flask_sqlalchemy-3.1.1.dist-info` → flask_sqlalchemy 3.1.1.
  static func fromFolderName(_ folder: String) -> MeasuredSide.Package? {
    let stem = folder.dropLast(".dist-info".count)
    guard let dash = stem.firstIndex(of: "-") else { return nil }
    return MeasuredSide.Package(
      name: String(stem[..<dash]), version: String(stem[stem.index(after: dash)...]))
  }

  /// The disk the folder's files take (allocated blocks, as `du` counts), symbolic links not
  /// followed: a venv's `bin/python` points to the system's Python, which is not the venv's.
  static func diskBytes(_ path: String) -> Int {
    var status = stat()
    guard lstat(path, &status) == 0 else { return 0 }
    var total = Int(status.st_blocks) * 512
    guard (status.st_mode & S_IFMT) == S_IFDIR else { return total }
    for name in FileSystem.list(path) { total += diskBytes(path + "/" + name) }
    return total
  }
}

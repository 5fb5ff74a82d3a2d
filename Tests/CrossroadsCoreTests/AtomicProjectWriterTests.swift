import Foundation
import Synchronization
import Testing

@testable import CrossroadsCore

struct AtomicProjectWriterTests {
  /// A fresh folder under the system's temporary folder, removed by the caller.
  static func scratch() throws -> String {
    let path = FileManager.default.temporaryDirectory.appending(
      path: "crossroads-writer-\(UUID().uuidString)"
    ).path()
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func plan(_ name: String = "blog", features: [String] = ["orm", "admin", "html", "auth"]) throws
    -> ProjectPlan
  {
    try SampleRenderer(framework: .flask, contentFiles: SampleRendererTests.content)
      .plan(name: try ProjectName(name), features: features)
  }

  /// Every file below `path`, with its bytes.
  static func snapshot(_ path: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for relative in try FileManager.default.subpathsOfDirectory(atPath: path) {
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: path + "/" + relative, isDirectory: &isFolder)
      files[relative] =
        isFolder.boolValue ? Data() : FileManager.default.contents(atPath: path + "/" + relative)
    }
    return files
  }

  @Test func leftoversOfAKilledGenerateAreRemovedByTheNextOne() throws {
    let parent = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let files = FileManager.default
    // What a SIGKILL part-way leaves: a hidden folder named by the writer's own pattern,
    // from before this process started. Beside it, things that are not ours to remove.
    let hourAgo = Date(timeIntervalSinceNow: -3600)
    let leftover = parent + "/.blog.crossroads-Ab12Cd"
    let others = [
      parent + "/.blog.crossroads-sevenCh", parent + "/.shop.crossroads", parent + "/blog.crossroads-Ab12Cd",
      parent + "/.notes",
    ]
    for folder in [leftover] + others {
      try files.createDirectory(atPath: folder + "/inner", withIntermediateDirectories: true)
      try files.setAttributes([.modificationDate: hourAgo], ofItemAtPath: folder)
    }
    // One being written right now by another generate: newer than this process.
    let current = parent + "/.blog.crossroads-Zz99Yy"
    try files.createDirectory(atPath: current, withIntermediateDirectories: true)

    try AtomicProjectWriter(parent: parent).write(try Self.plan("shop", features: []))

    #expect(!files.fileExists(atPath: leftover), "the killed generate's temporary folder is removed")
    for folder in others + [current] {
      #expect(files.fileExists(atPath: folder), "\(folder) is not a leftover of ours and stays")
    }
  }

  @Test func writesEveryFileByteForByte() throws {
    let parent = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let plan = try Self.plan(features: [])
    let target = try AtomicProjectWriter(parent: parent).write(plan)
    #expect(target == parent + "/blog")
    for file in plan.files {
      #expect(
        FileManager.default.contents(atPath: target + "/" + file.path) == Data(file.contents.utf8),
        "\(file.path)")
    }
    let written = try Self.snapshot(target).filter { !$0.value.isEmpty || !$0.key.contains(".") }
    #expect(written.count >= plan.files.count - 1)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: parent) == ["blog"], "no temporary folder is left")
  }

  @Test func emptyFilesAreWritten() throws {
    let parent = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let plan = try SampleRenderer(framework: .django, contentFiles: SampleRendererTests.content)
      .plan(name: try ProjectName("shop"), features: [])
    let target = try AtomicProjectWriter(parent: parent).write(plan)
    #expect(FileManager.default.contents(atPath: target + "/core/migrations/__init__.py") == Data())
  }

  @Test func anExistingFolderIsRefusedAndLeftExactlyAsItWas() throws {
    let parent = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let existing = parent + "/blog"
    try FileManager.default.createDirectory(atPath: existing + "/blog", withIntermediateDirectories: true)
    try Data("mine\n".utf8).write(to: URL(filePath: existing + "/blog/__init__.py"))
    try Data([0, 1, 2, 255]).write(to: URL(filePath: existing + "/README.md"))
    let before = try Self.snapshot(existing)

    #expect(throws: ScaffoldError.targetExists(path: existing, suggestion: "blog_2")) {
      try AtomicProjectWriter(parent: parent).write(try Self.plan())
    }
    #expect(try Self.snapshot(existing) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["blog"])
  }

  @Test func anEmptyExistingFolderIsRefusedToo() throws {
    let parent = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    try FileManager.default.createDirectory(atPath: parent + "/blog", withIntermediateDirectories: false)
    try FileManager.default.createDirectory(atPath: parent + "/blog_2", withIntermediateDirectories: false)
    #expect(throws: ScaffoldError.targetExists(path: parent + "/blog", suggestion: "blog_3")) {
      try AtomicProjectWriter(parent: parent).write(try Self.plan())
    }
    #expect(try Self.snapshot(parent + "/blog").isEmpty)
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent).sorted() == ["blog", "blog_2"])
  }

  @Test func aFolderThatAppearsDuringWritingIsNotReplaced() throws {
    let parent = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    var writer = AtomicProjectWriter(parent: parent)
    // Another process creates the empty target after the check, before the rename: plain
    // rename(2) would replace it silently.
    writer.beforeWritingFile = { path in
      if path == "tests/test_pages.py" { mkdir(parent + "/blog", 0o755) }
    }
    #expect(throws: ScaffoldError.targetExists(path: parent + "/blog", suggestion: "blog_2")) {
      try writer.write(try Self.plan())
    }
    #expect(try Self.snapshot(parent + "/blog").isEmpty)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: parent) == ["blog"], "no temporary folder is left")
  }

  @Test func aFailurePartWayLeavesNothing() throws {
    let parent = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    var writer = AtomicProjectWriter(parent: parent)
    let plan = try Self.plan()
    writer.beforeWritingFile = { (path) throws(ScaffoldError) in
      if path == plan.files[plan.files.count / 2].path {
        throw ScaffoldError.io(path: path, operation: "write", errno: ENOSPC)
      }
    }
    #expect(
      throws: ScaffoldError.io(path: plan.files[plan.files.count / 2].path, operation: "write", errno: ENOSPC)
    ) {
      try writer.write(plan)
    }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: parent).isEmpty,
      "neither the project nor the temporary folder is left")
  }

  @Test func aMissingParentIsRefused() throws {
    #expect(throws: ScaffoldError.parentMissing("/no/such/folder")) {
      try AtomicProjectWriter(parent: "/no/such/folder/").write(try Self.plan())
    }
  }

  @Test func theFreeNameStaysWithinTheLengthLimit() throws {
    let parent = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let long = String(repeating: "a", count: 40)
    #expect(
      AtomicProjectWriter(parent: parent).freeName(near: try ProjectName(long)) == String(
        repeating: "a", count: 38) + "_2")
  }

  /// Where renameat2 is missing, the target is claimed with mkdir first: still no
  /// replacing of an existing folder, empty or not.
  @Test func theFallbackWithoutRenameat2NeverReplacesEither() throws {
    let parent = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let source = parent + "/.source"
    try FileManager.default.createDirectory(atPath: source, withIntermediateDirectories: false)
    try Data("x".utf8).write(to: URL(filePath: source + "/file"))
    try FileManager.default.createDirectory(atPath: parent + "/empty", withIntermediateDirectories: false)

    #expect(throws: ScaffoldError.targetExists(path: parent + "/empty", suggestion: nil)) {
      try AtomicProjectWriter.renameWithoutReplacing(
        source, to: parent + "/empty", useRenameat2: false, suggestion: { nil })
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent + "/empty").isEmpty)

    try AtomicProjectWriter.renameWithoutReplacing(source, to: parent + "/new", useRenameat2: false) { nil }
    #expect(FileManager.default.contents(atPath: parent + "/new/file") == Data("x".utf8))
    #expect(!FileManager.default.fileExists(atPath: source))
  }

  /// Ctrl-C part-way would leave the temporary folder, so it waits until the rename.
  @Test func terminationSignalsWaitUntilTheProjectIsInPlace() throws {
    let parent = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    var writer = AtomicProjectWriter(parent: parent)
    let blockedWhileWriting = Mutex<[Bool]>([])
    writer.beforeWritingFile = { _ in
      var current = sigset_t()
      pthread_sigmask(SIG_BLOCK, nil, &current)
      let blocked = [SIGINT, SIGTERM, SIGHUP].allSatisfy { sigismember(&current, $0) == 1 }
      blockedWhileWriting.withLock { $0.append(blocked) }
    }
    var before = sigset_t()
    pthread_sigmask(SIG_BLOCK, nil, &before)
    try writer.write(try Self.plan(features: []))
    #expect(blockedWhileWriting.withLock { !$0.isEmpty && $0.allSatisfy { $0 } })
    var after = sigset_t()
    pthread_sigmask(SIG_BLOCK, nil, &after)
    #expect(sigismember(&after, SIGINT) == sigismember(&before, SIGINT), "the mask is restored")
  }
}

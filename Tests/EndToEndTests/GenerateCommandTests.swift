import Foundation
import Testing

/// `crossroads generate` run as a script would: the tree on stdout and exit 0, or the
/// reason on stderr, a non-zero exit, and nothing written.
struct GenerateCommandTests {
  /// Runs the binary with `arguments`, stderr folded into the captured output.
  private func generate(_ arguments: [String]) throws -> (status: Int32, output: String) {
    try Tmux.execute(["/bin/sh", "-c", "\"$0\" generate \"$@\" 2>&1", crossroadsBinary] + arguments)
  }

  private func scratch() throws -> String {
    let path = FileManager.default.temporaryDirectory.appending(path: "e2e-generate-\(UUID().uuidString)")
      .path()
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func writesTheProjectAndPrintsItsTree() throws {
    let parent = try scratch()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let result = try generate([
      "--framework", "django", "--name", "shop", "--into", parent, "--features", "admin",
    ])
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.contains("Wrote \(parent)/shop (22 files):"))
    #expect(result.output.contains("0001_initial.py"), "admin brings orm and its migration")
    let marker = try String(contentsOfFile: parent + "/shop/.crossroads.json", encoding: .utf8)
    #expect(marker.contains(#""framework" : "django""#))
  }

  /// The "Run it by hand" line pasted into a shell goes into the folder and runs nothing
  /// else, whatever the folder is called.
  @Test func theCommandToRunItByHandIsSafeToPaste() throws {
    let parent = try scratch() + "/x y;touch INJECTED;#"
    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: parent + "/..") }
    let result = try generate(["--framework", "flask", "--name", "blog", "--into", parent])
    #expect(result.status == 0, "\(result.output)")
    let line = try #require(
      result.output.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("cd ") })
    // The line as printed, its setup steps replaced by one that shows where it went.
    let cd = try #require(line.trimmingCharacters(in: .whitespaces).components(separatedBy: " && ").first)
    let scratchRun = try Tmux.execute(["/bin/sh", "-c", "cd \"$0\" && \(cd) && pwd", parent + "/.."])
    #expect(scratchRun.status == 0, "\(scratchRun.output)")
    #expect(scratchRun.output.trimmingCharacters(in: .newlines).hasSuffix("/x y;touch INJECTED;#/blog"))
    #expect(!FileManager.default.fileExists(atPath: parent + "/../INJECTED"), "the pasted line ran a command")
    #expect(!FileManager.default.fileExists(atPath: parent + "/INJECTED"), "the pasted line ran a command")
  }

  @Test(arguments: [
    (["--framework", "flask", "--name", "Blog"], "'B' is not allowed"),
    (["--framework", "flask", "--name", "json"], "Try --name json_app."),
    (["--framework", "rails", "--name", "blog"], "use --framework flask or django"),
    (["--name", "blog"], "Choose a framework"),
    (["--framework", "flask", "--name", "blog", "--features", "orm,cms"], "'cms' is not a feature"),
    (["--framework", "flask", "--name", "blog", "--into", "/no/such/folder"], "Create it first"),
  ])
  func refusesWithTheReasonAndWritesNothing(arguments: [String], reason: String) throws {
    let parent = try scratch()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let into = arguments.contains("--into") ? [] : ["--into", parent]
    let result = try generate(arguments + into)
    #expect(result.status == 2)
    #expect(result.output.contains(reason), "\(result.output)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent).isEmpty)
  }

  @Test func refusesAnExistingFolderAndLeavesItAlone() throws {
    let parent = try scratch()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    try FileManager.default.createDirectory(atPath: parent + "/blog", withIntermediateDirectories: false)
    try Data("keep me\n".utf8).write(to: URL(filePath: parent + "/blog/notes.txt"))
    let result = try generate(["--framework", "flask", "--name", "blog", "--into", parent])
    #expect(result.status == 2)
    #expect(result.output.contains("already exists") && result.output.contains("blog_2"), "\(result.output)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent + "/blog") == ["notes.txt"])
    #expect(FileManager.default.contents(atPath: parent + "/blog/notes.txt") == Data("keep me\n".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["blog"])
  }

  @Test func answersChooseTheFeatures() throws {
    let parent = try scratch()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let answers = parent + "/answers.json"
    try Data(#"{"size": "small", "needs": ["auth"]}"#.utf8).write(to: URL(filePath: answers))
    let result = try generate([
      "--framework", "flask", "--name", "blog", "--into", parent, "--answers", answers,
    ])
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.contains("auth.py") && result.output.contains("models.py"))
    let marker = try String(contentsOfFile: parent + "/blog/.crossroads.json", encoding: .utf8)
    #expect(marker.contains(#""small""#))

    let broken = parent + "/broken.json"
    try Data(#"{"size": "huge"}"#.utf8).write(to: URL(filePath: broken))
    let refused = try generate([
      "--framework", "flask", "--name", "other", "--into", parent, "--answers", broken,
    ])
    #expect(refused.status == 2)
    #expect(refused.output.contains("huge"), "\(refused.output)")
    #expect(!FileManager.default.fileExists(atPath: parent + "/other"))
  }

  @Test func answersAloneChooseTheRecommendedFramework() throws {
    let parent = try scratch()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let answers = parent + "/answers.json"
    try Data(
      #"{"size": "large", "team": "large", "horizon": "long-term", "needs": ["admin"], "security": "high"}"#
        .utf8
    ).write(to: URL(filePath: answers))
    let result = try generate(["--name", "shop", "--into", parent, "--answers", answers])
    #expect(result.status == 0, "\(result.output)")
    #expect(FileManager.default.fileExists(atPath: parent + "/shop/manage.py"), "Django was recommended")
    let marker = try String(contentsOfFile: parent + "/shop/.crossroads.json", encoding: .utf8)
    #expect(marker.contains(#""admin""#) && marker.contains(#""orm""#), "\(marker)")
  }
}

import Foundation
import Testing

@testable import CrossroadsCore

/// Paths printed as commands survive a real shell: quoted, each reads back as itself and
/// runs nothing.
struct ShellQuotingTests {
  @Test func safeWordsStayAsTheyAre() {
    #expect(ShellQuoting.quoted("/home/ada/shop_2") == "/home/ada/shop_2")
    #expect(ShellQuoting.quoted("") == "''")
    #expect(ShellQuoting.quoted("it's") == #"'it'\''s'"#)
  }

  @Test(arguments: [
    "x y;touch INJECTED;#", "it's", "$(touch INJECTED)", "`touch INJECTED`", "a\"b", "back\\slash", "~user",
    "*", "new\nline", "-n", "é ü", "'", "''", "a'b'c", "!x", "{a,b}", "&& touch INJECTED",
  ])
  func aQuotedWordIsReadBackByShAsItself(word: String) throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "quote-\(UUID().uuidString)").path()
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let process = Process()
    process.executableURL = URL(filePath: "/bin/sh")
    process.arguments = ["-c", "printf '%s' " + ShellQuoting.quoted(word)]
    process.currentDirectoryURL = URL(filePath: folder)
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(printed == word)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "nothing ran")
  }
}

import Foundation
import Testing

/// Compares text with a snapshot stored beside the tests in `__Snapshots__/NAME.txt`.
///
/// A missing snapshot, or any snapshot when `RECORD_SNAPSHOTS=1`, is written and the test
/// fails, so a recording is looked at before it is trusted and never silently accepted.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let directory = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "__Snapshots__")
  let file = directory.appending(path: "\(name).txt")
  let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
  if !recording, let stored = try? String(contentsOf: file, encoding: .utf8) {
    #expect(
      text == stored, "the screen differs from \(file.path()); run with RECORD_SNAPSHOTS=1 to re-record",
      sourceLocation: sourceLocation)
    if text != stored { print(diff(stored, text)) }
    return
  }
  do {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try text.write(to: file, atomically: true, encoding: .utf8)
    Issue.record("recorded \(file.path()); check it and run the tests again", sourceLocation: sourceLocation)
  } catch {
    Issue.record("could not record \(file.path()): \(error)", sourceLocation: sourceLocation)
  }
}

/// The rows that differ, stored above new.
private func diff(_ stored: String, _ new: String) -> String {
  let old = stored.split(separator: "\n", omittingEmptySubsequences: false)
  let current = new.split(separator: "\n", omittingEmptySubsequences: false)
  return (0..<max(old.count, current.count)).compactMap { row in
    let a = row < old.count ? String(old[row]) : "<none>"
    let b = row < current.count ? String(current[row]) : "<none>"
    return a == b ? nil : "row \(row + 1)\n  stored: \(a)\n  now:    \(b)"
  }.joined(separator: "\n")
}

import Foundation

/// A program run to completion with its output captured, for the launch tests.
struct Command {
  struct Result {
    let status: Int32
    let output: String
    let arguments: [String]

    /// The command and the end of its output, for a failed expectation's message.
    var report: String {
      "$ \(arguments.joined(separator: " ")) → exit \(status)\n\(output.suffix(4000))"
    }
  }

  /// Runs `arguments` in `directory`, output and errors into one temporary file (not a
  /// pipe, which a full buffer would stall), stopping it after `timeout` seconds.
  @discardableResult
  static func run(
    _ arguments: [String], in directory: String? = nil, environment: [String: String] = [:],
    timeout: TimeInterval = 600
  ) throws -> Result {
    let log = FileManager.default.temporaryDirectory.appending(path: "launch-\(UUID().uuidString).log")
    _ = FileManager.default.createFile(atPath: log.path(), contents: nil)
    defer { try? FileManager.default.removeItem(at: log) }
    let handle = try FileHandle(forWritingTo: log)
    defer { try? handle.close() }

    let process = Process()
    process.executableURL = URL(filePath: "/usr/bin/env")
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(filePath: directory) }
    var processEnvironment = ProcessInfo.processInfo.environment
    // A developer's own Python settings must not leak into the sample's environment.
    for key in [
      "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PIP_REQUIRE_VIRTUALENV", "DJANGO_SETTINGS_MODULE",
    ] {
      processEnvironment[key] = nil
    }
    processEnvironment["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    processEnvironment["PYTHONDONTWRITEBYTECODE"] = "1"
    process.environment = processEnvironment.merging(environment) { _, new in new }
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
      return Result(status: -1, output: output + "\n(stopped after \(Int(timeout)) s)", arguments: arguments)
    }
    process.waitUntilExit()
    let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
    return Result(status: process.terminationStatus, output: output, arguments: arguments)
  }
}

import CrossroadsCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Everything the command line prints goes through these two, which escape control
// characters: much of it came from files (answers, lessons, markers) that must not be able
// to send the terminal an escape sequence.

/// Writes `text` to standard output at once, control characters escaped, so results
/// interleave with standard error in the order they happen.
func printOut(_ text: String, terminator: String = "\n") {
  writeAll(ControlCharacters.escaped(text) + terminator, to: 1)
}

/// Writes a line to standard error, control characters escaped.
func printError(_ message: String) {
  writeAll(ControlCharacters.escaped(message) + "\n", to: 2)
}

/// Writes every byte of `text`, resuming after a partial write or a signal.
private func writeAll(_ text: String, to descriptor: Int32) {
  let bytes = Array(text.utf8)
  var written = 0
  while written < bytes.count {
    let result = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
    if result < 0, errno == EINTR { continue }
    guard result > 0 else { return }
    written += result
  }
}

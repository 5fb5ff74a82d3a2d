extension String {
  /// Whether `needle` occurs in the text, compared as UTF-8 bytes.
  ///
  /// Generation calls this for every template; `contains` on strings goes through
  /// Foundation's locale-aware search, which cost more than the rendering it guards.
  func containsBytes(_ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty else { return true }
    var text = self
    return text.withUTF8 { bytes in
      guard bytes.count >= pattern.count else { return false }
      for start in 0...(bytes.count - pattern.count)
      where bytes[start] == pattern[0] && bytes[start..<start + pattern.count].elementsEqual(pattern) {
        return true
      }
      return false
    }
  }
}

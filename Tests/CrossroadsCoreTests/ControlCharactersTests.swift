import Testing

@testable import CrossroadsCore

/// Control characters from files: escaped for printing, refused where they would change a
/// request.
struct ControlCharactersTests {
  @Test func everyControlCharacterButLineFeedAndTabIsEscaped() {
    #expect(ControlCharacters.escaped("a\u{1B}[2Jb") == #"a\x1B[2Jb"#)
    #expect(
      ControlCharacters.escaped("bell\u{7}, cr\r, del\u{7F}, csi\u{9B}")
        == #"bell\x07, cr\x0D, del\x7F, csi\x9B"#)
    #expect(ControlCharacters.escaped("two\nlines\tand é 漢") == "two\nlines\tand é 漢")
    #expect(ControlCharacters.escaped("\r\n") == #"\x0D"# + "\n")
    #expect(ControlCharacters.escaped("two\nlines\t", oneLine: true) == #"two\x0Alines\x09"#)
    #expect(ControlCharacters.contains("a\nb"))
    #expect(!ControlCharacters.contains("plain é"))
  }

  @Test(arguments: ["/\r\nX-Injected: 1", "/a b", "items", "/\u{1B}[2J", "/\u{0}"])
  func aMarkerEndpointThatWouldBreakTheRequestLineIsRefused(path: String) {
    let json = """
      {"answers": null, "crossroads_version": "1", "features": [], "framework": "flask",
       "endpoints": [{"method": "GET", "path": \(JSONText.string(path)), "status": 200, "expect": "ok"}]}
      """
    #expect(throws: ProjectMarker.Invalid.self) { try ProjectMarker.parse(Array(json.utf8)) }
    let good = json.replacing(JSONText.string(path), with: #""/items""#)
    #expect(throws: Never.self) { try ProjectMarker.parse(Array(good.utf8)) }
  }

  @Test func aManifestEndpointWithAControlCharacterIsRefusedWithItsLine() {
    let yaml = """
      framework: flask
      requirements_note: x
      features: {}
      files: []
      endpoints:
        - {method: GET, path: "/items\\r\\nX: 1", status: 200, expect: ok}
      """
    #expect(throws: ContentError.self) { try SampleManifest.parse(yaml, file: "m.yaml") }
    do {
      _ = try SampleManifest.parse(yaml, file: "m.yaml")
    } catch {
      #expect(error.line == 6)
      #expect(error.message.contains(#"\x0D\x0A"#), "\(error.message)")
    }
  }
}

/// Trimming takes every kind of white space off both ends, a Windows line break included.
struct TrimmingTests {
  @Test(arguments: [
    ("  flask \n", "flask"), ("django\r\n", "django"), ("\t\u{A0}small\u{2003}", "small"), (" \r\n ", ""),
    ("a b", "a b"),
  ])
  func trimsWhiteSpace(_ text: String, _ trimmed: String) {
    #expect(text.trimmingSpaces == trimmed)
  }
}

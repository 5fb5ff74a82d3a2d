import Testing

@testable import CrossroadsCore

/// The content's YAML as libyaml reads it: text scalars, the lines they start on, and the
/// mistakes named where they are.
struct YAMLNodeTests {
  @Test func scalarsAreTextWithTheirLines() throws {
    let root = try #require(try YAMLNode.compose("# a comment\nid: 07\nok: yes\nlist:\n  - one\n  - 'two'\n"))
    guard case .mapping(let mapping) = root.value else {
      Issue.record("not a mapping: \(root)")
      return
    }
    #expect(mapping.keys.compactMap(\.string) == ["id", "ok", "list"])
    // No types are guessed: 07 stays 07, yes stays yes.
    #expect(mapping["id"]?.string == "07")
    #expect(mapping["ok"]?.string == "yes")
    #expect(mapping["id"]?.line == 2)
    guard case .sequence(let items) = mapping["list"]?.value else {
      Issue.record("list is not a list")
      return
    }
    #expect(items.map(\.string) == ["one", "two"])
    #expect(items.map(\.line) == [5, 6])
  }

  @Test func anAliasIsItsAnchorsNode() throws {
    let root = try #require(try YAMLNode.compose("base: &b\n  x: 1\ncopy: *b\n"))
    guard case .mapping(let mapping) = root.value, case .mapping(let copy) = mapping["copy"]?.value else {
      Issue.record("copy is not a mapping")
      return
    }
    #expect(copy["x"]?.string == "1")
  }

  @Test func nothingToReadIsNoDocument() throws {
    #expect(try YAMLNode.compose("") == nil)
    #expect(try YAMLNode.compose("# only a comment\n\n") == nil)
  }

  @Test func mistakesAreNamedAtTheirLine() {
    let cases: [(String, YAMLNode.SyntaxError)] = [
      ("a: 1\nb: 2\na: 3\n", .init(line: 3, problem: "the key 'a' is given twice")),
      ("a: 1\n---\nb: 2\n", .init(line: 2, problem: "expected a single document in the stream")),
      ("a: *missing\n", .init(line: 1, problem: "found undefined alias 'missing'")),
      ("a: [1,\nb: 2\n", .init(line: 3, problem: "did not find expected ',' or ']'")),
    ]
    for (text, expected) in cases {
      #expect(throws: expected, "\(text.debugDescription)") { try YAMLNode.compose(text) }
    }
  }
}

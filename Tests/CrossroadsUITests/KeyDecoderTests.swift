import Testing

@testable import CrossroadsUI

/// Terminal input, byte by byte as ncurses hands it over, decoded into keys: an escape
/// sequence is read whole before anything is decided, and one not known does nothing.
struct KeyDecoderTests {
  func keys(_ text: String) -> [Key] {
    KeyDecoder.decode(text.unicodeScalars.map { .character($0.value) })
  }

  @Test func aLoneEscapeIsEscape() {
    #expect(keys("\u{1B}") == [.escape])
    #expect(keys("j\u{1B}") == [.character("j"), .escape])
  }

  /// Alt-x, Ctrl-Left, Shift-F5, Alt-Enter, F-keys and mouse reports that the terminal
  /// description did not decode: each was read as Esc followed by letters, going back.
  @Test(arguments: [
    "\u{1B}x", "\u{1B}[1;5D", "\u{1B}[15;2~", "\u{1B}\r", "\u{1B}OP", "\u{1B}[M !!", "\u{1B}[<0;3;4M",
    "\u{1B}[200~", "\u{1B}[1;5", "\u{1B}[",
  ])
  func anUnknownSequenceDoesNothing(sequence: String) {
    #expect(keys(sequence) == [], "\(sequence.debugDescription)")
    #expect(
      keys(sequence + "q") == (sequence.hasSuffix("[") || sequence.hasSuffix("5") ? [] : [.character("q")]))
  }

  /// Home, End and the arrows in the forms terminals send when TERM names another terminal.
  @Test(arguments: [
    ("\u{1B}[H", Key.home), ("\u{1B}[F", .end), ("\u{1B}OH", .home), ("\u{1B}OF", .end),
    ("\u{1B}[1~", .home), ("\u{1B}[4~", .end), ("\u{1B}[7~", .home), ("\u{1B}[8~", .end),
    ("\u{1B}[A", .up), ("\u{1B}OB", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
    ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}[Z", .backTab),
  ])
  func wellKnownSequencesAreTheirKeys(sequence: String, key: Key) {
    #expect(keys(sequence) == [key])
  }

  @Test func keysAroundASequenceAreKept() {
    #expect(keys("a\u{1B}[1;5Db") == [.character("a"), .character("b")])
    #expect(keys("\u{1B}[A\u{1B}[B") == [.up, .down])
  }

  @Test func plainCharactersAndControlChords() {
    #expect(
      keys("q\r\n\t\u{7F}\u{08}\u{03}é") == [
        .character("q"), .enter, .enter, .tab, .backspace, .backspace, .control("c"), .character("é"),
      ])
    #expect(KeyDecoder.decode([.key(.up), .character(27), .key(.down)]) == [.up, .escape, .down])
  }

  @Test func aBatchEndingInsideASequenceWantsMore() {
    #expect(KeyDecoder.endsInsideSequence(keysOf("\u{1B}")))
    #expect(KeyDecoder.endsInsideSequence(keysOf("\u{1B}[1;")))
    #expect(KeyDecoder.endsInsideSequence(keysOf("\u{1B}O")))
    #expect(!KeyDecoder.endsInsideSequence(keysOf("\u{1B}[1;5D")))
    #expect(!KeyDecoder.endsInsideSequence(keysOf("abc")))
  }

  func keysOf(_ text: String) -> [KeyDecoder.Input] { text.unicodeScalars.map { .character($0.value) } }
}

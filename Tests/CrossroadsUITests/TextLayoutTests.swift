import Testing

@testable import CrossroadsUI

struct TextLayoutTests {
  @Test(arguments: [
    ("hello", 5), ("", 0), ("日本語", 6), ("🐍", 2), ("e\u{301}", 1), ("👍🏽", 2), ("❤️", 2),
    ("👨‍👩‍👧", 2), ("ｆｕｌｌ", 8), ("tab\u{7}", 3),
  ])
  func measuresCells(_ text: String, _ cells: Int) {
    #expect(text.cellWidth == cells)
  }

  /// ASCII text is measured by counting bytes; every ASCII character, control ones and
  /// "\r\n" among them, must measure as it does character by character.
  @Test func asciiIsMeasuredAsCharacterByCharacter() {
    let every = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
    let texts = [every, "a\r\nb", "\u{7F}x", "\t\t", every + every]
    for text in texts {
      #expect(text.cellWidth == text.reduce(0) { $0 + $1.cellWidth }, "\(text.debugDescription)")
    }
    #expect(every.cellWidth == 95)
  }

  /// The blocks measured without their properties measure as their properties say.
  @Test func theNarrowBlocksAreNarrow() {
    for range in Unicode.Scalar.narrowRanges {
      for value in range {
        let scalar = Unicode.Scalar(value)!  // no surrogates in these blocks
        #expect(scalar.computedCellWidth == 1, "U+\(String(value, radix: 16, uppercase: true))")
      }
    }
  }

  @Test func prefixNeverSplitsAWideCharacter() {
    #expect("日本語".prefix(cells: 3) == "日")
    #expect("ab🐍cd".prefix(cells: 3) == "ab")
    #expect("ab🐍cd".prefix(cells: 4) == "ab🐍")
  }

  @Test func truncatesWithAnEllipsis() {
    #expect("Hello, Flask!".truncated(toCells: 8, ellipsis: "…") == "Hello, …")
    #expect("short".truncated(toCells: 8, ellipsis: "…") == "short")
    #expect("日本語のテキスト".truncated(toCells: 7, ellipsis: "…") == "日本語…")
  }

  @Test func wrapsAtSpacesByCellWidth() {
    let lines = TextWrap.wrap([StyledRun("the quick brown fox jumps over the lazy dog")], width: 10)
    #expect(lines.map(\.plain) == ["the quick", "brown fox", "jumps over", "the lazy", "dog"])
    #expect(lines.allSatisfy { $0.cellWidth <= 10 })
  }

  @Test func wrapsWideCharactersByTheirTwoCells() {
    let lines = TextWrap.wrap([StyledRun("日本語 のテキスト です")], width: 8)
    #expect(lines.map(\.plain) == ["日本語", "のテキス", "ト です"])
    #expect(lines.allSatisfy { $0.cellWidth <= 8 })
  }

  @Test func splitsAWordLongerThanTheLine() {
    let lines = TextWrap.wrap([StyledRun("a supercalifragilistic word")], width: 8)
    #expect(lines.map(\.plain) == ["a", "supercal", "ifragili", "stic", "word"])
  }

  @Test func keepsStylesAndIndentsAcrossLines() {
    let lines = TextWrap.wrap(
      [StyledRun("use "), StyledRun("flask run", .code), StyledRun(" to start")], width: 12,
      indent: StyledRun("• "), hangingIndent: StyledRun("  "))
    #expect(lines.map(\.plain) == ["• use flask", "  run to", "  start"])
    #expect(lines[0].runs.last == StyledRun("flask", .code))
    #expect(lines[1].runs[1] == StyledRun("run", .code))
  }

  @Test func hardWrapsCodeWithAMarker() {
    let lines = TextWrap.hardWrap([StyledRun("abcdefghij")], width: 4, mark: StyledRun("> "))
    #expect(lines.map(\.plain) == ["abcd", "> ef", "> gh", "> ij"])
    let wide = TextWrap.hardWrap([StyledRun("日本語")], width: 5, mark: StyledRun(">"))
    #expect(wide.map(\.plain) == ["日本", ">語"])
  }

  @Test func canvasKeepsRowsExactlyWide() {
    var canvas = Canvas(size: Size(width: 6, height: 1))
    canvas.put("a日本語", x: 0, y: 0)
    #expect(canvas.rows == ["a日本 "])
    #expect(canvas[5, 0].text == " ", "a wide character that does not fit is not drawn")
    canvas.put("x", x: 2, y: 0)
    #expect(canvas.rows == ["a x本 "], "overwriting half of a wide character blanks the other half")
  }

  /// Drawn a byte a cell, ASCII text lands as character by character, clipped the same way.
  @Test func asciiIsDrawnAsAnyText() {
    var fast = Canvas(size: Size(width: 8, height: 1))
    var slow = Canvas(size: Size(width: 8, height: 1))
    // Nine cells from two to the left of the canvas: seven of them on it.
    #expect(fast.put("hello, world", x: -2, y: 0, limit: 9) == 9)
    // With a character that is not ASCII (past the limit), the text takes the general path.
    #expect(slow.put("hello, wo\u{2026}", x: -2, y: 0, limit: 9) == 9)
    #expect(fast.rows == slow.rows)
    #expect(fast.rows == ["llo, wo "])
  }
}

struct SyntaxHighlighterTests {
  private func tokens(_ lines: [Substring]) -> [[SyntaxHighlighter.Token]] {
    var highlighter = SyntaxHighlighter()
    return lines.map { highlighter.tokens($0).map(\.1) }
  }

  @Test func marksEachKindOfToken() {
    var highlighter = SyntaxHighlighter()
    let line = highlighter.tokens(#"    return f"id {n}", 42  # done"#)
    #expect(line.map(\.0) == ["    ", "return", " ", #"f"id {n}""#, ", ", "42", "  ", "# done"])
    #expect(line.map(\.1) == [.plain, .keyword, .plain, .string, .plain, .number, .plain, .comment])
  }

  @Test func marksDecoratorsAndKeepsRoutesStrings() {
    var highlighter = SyntaxHighlighter()
    let line = highlighter.tokens(#"@app.route("/items/<int:id>")"#)
    #expect(line.map(\.1) == [.decorator, .plain, .string, .plain])
    #expect(line[0].0 == "@app.route")
  }

  @Test func carriesTripleQuotedStringsAcrossLines() {
    #expect(
      tokens([#"doc = """Starts"#, "still inside # not a comment", #"ends""" + x"#])
        == [[.plain, .string], [.string], [.string, .plain]])
  }

  @Test func escapedQuotesStayInTheString() {
    var highlighter = SyntaxHighlighter()
    #expect(highlighter.tokens(#"s = 'it\'s' # note"#).map(\.1) == [.plain, .string, .plain, .comment])
  }
}

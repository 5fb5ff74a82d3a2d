import TestSupport
import Testing

@testable import CrossroadsCore

/// The parser of a dev server's answers, which are untrusted bytes: well-formed answers
/// parse, and no answer, however broken or hostile, traps.
struct HTTPResponseTests {
  func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  @Test func chunkedAndSizedAnswersParse() throws {
    let chunked = bytes(
      "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nHello\r\n7;x=1\r\n, world\r\n0\r\n\r\n")
    #expect(try HTTPResponse.parse(chunked) == .init(status: 201, body: "Hello, world"))
    let sized = bytes("HTTP/1.1 404 NOT FOUND\r\nContent-Length: 4\r\n\r\nnope and more")
    #expect(try HTTPResponse.parse(sized) == .init(status: 404, body: "nope"))
    let untilClose = bytes("HTTP/1.0 200 OK\r\nServer: x\r\n\r\nall of it")
    #expect(try HTTPResponse.parse(untilClose) == .init(status: 200, body: "all of it"))
  }

  @Test func anUnfinishedAnswerWaitsForMoreThenFailsAtTheEnd() throws {
    let partial = bytes("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort")
    #expect(try HTTPResponse.parse(partial, atEnd: false) == nil)
    #expect(throws: HTTPResponse.Malformed.self) { try HTTPResponse.parse(partial) }
    let chunks = bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nHel")
    #expect(try HTTPResponse.parse(chunks, atEnd: false) == nil)
    #expect(throws: HTTPResponse.Malformed.self) { try HTTPResponse.parse(chunks) }
  }

  /// The answers that trapped the old de-chunking (exit 132) and their relatives.
  @Test(arguments: [
    "7fffffffffffffff", "ffffffffffffffff", "8000000000000000", "10000000000000000000", "-5", "+5", " ",
    "zz", "7ffffffffffffffe",
  ])
  func hostileChunkSizesAreMalformed(size: String) {
    let answer = bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n\(size)\r\nabc\r\n0\r\n\r\n")
    #expect(throws: HTTPResponse.Malformed.self) { try HTTPResponse.parse(answer) }
    #expect(throws: HTTPResponse.Malformed.self) { try HTTPResponse.parse(answer, atEnd: false) }
  }

  @Test(arguments: ["-1", "99999999999999999999999", "9223372036854775807", "1e3", "", "4, 5"])
  func hostileContentLengthsAreMalformed(length: String) {
    let answer = bytes("HTTP/1.1 200 OK\r\nContent-Length: \(length)\r\n\r\nabcd")
    #expect(throws: HTTPResponse.Malformed.self) { try HTTPResponse.parse(answer) }
  }

  @Test func oversizedAnswersAreRefusedNotBuffered() {
    let head = bytes("HTTP/1.1 200 OK\r\nX: " + String(repeating: "a", count: HTTPResponse.maximumHeadBytes))
    #expect(throws: HTTPResponse.Malformed.self) { try HTTPResponse.parse(head, atEnd: false) }
    let body = bytes("HTTP/1.1 200 OK\r\n\r\n") + [UInt8](repeating: 65, count: HTTPResponse.maximumBytes)
    #expect(throws: HTTPResponse.Malformed.self) { try HTTPResponse.parse(body, atEnd: false) }
  }

  /// 12,000 random, generated and mutated answers, from a fixed seed: each parses or is
  /// malformed, a generated well-formed answer gives back exactly its body, and none traps.
  @Test func fuzzedAnswersNeverTrap() {
    var random = SeededGenerator(seed: 0xC0FF_EE15)
    var parsed = 0
    var malformed = 0
    for round in 0..<12_000 {
      let (answer, expected) = Self.answer(round: round, using: &random)
      let atEnd = Bool.random(using: &random)
      do {
        let response = try HTTPResponse.parse(answer, atEnd: atEnd)
        if response != nil { parsed += 1 }
        if let expected, atEnd {
          #expect(response == expected, "round \(round)")
        }
      } catch {
        malformed += 1
        if expected != nil { Issue.record("round \(round): a well-formed answer was refused: \(error)") }
      }
    }
    // Both outcomes happen: the generator explores past the parser's first checks.
    #expect(parsed > 1000)
    #expect(malformed > 1000)
  }

  /// Round `round`'s answer: a well-formed one (with its expected parse), a mutation of one,
  /// random bytes, or an answer with hostile numbers.
  static func answer(
    round: Int, using random: inout SeededGenerator
  ) -> ([UInt8], HTTPResponse?) {
    let (valid, response) = wellFormed(using: &random)
    switch round % 4 {
    case 0:
      return (valid, response)
    case 1:
      var mutated = valid
      for _ in 0..<Int.random(in: 1...6, using: &random) {
        mutate(&mutated, using: &random)
      }
      return (mutated, nil)
    case 2:
      let noise: [UInt8] = [13, 10, 48, 55, 102, 70, 59, 58, 32, 45]
      let count = Int.random(in: 0...300, using: &random)
      return (
        (0..<count).map { _ in
          Bool.random(using: &random)
            ? noise.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
        }, nil
      )
    default:
      let hostile = [
        "7fffffffffffffff", "ffffffffffffffff", "-1", "0x10", "99999999999999999999", "fffffff",
        String(repeating: "f", count: Int.random(in: 1...40, using: &random)),
      ]
      let number = hostile.randomElement(using: &random)!
      let text =
        Bool.random(using: &random)
        ? "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n\(number)\r\nxyz\r\n0\r\n\r\n"
        : "HTTP/1.1 200 OK\r\nContent-Length: \(number)\r\n\r\nxyz"
      return (Array(text.utf8), nil)
    }
  }

  /// A random well-formed answer: sized, chunked or until the end, and what it parses to.
  static func wellFormed(using random: inout SeededGenerator) -> ([UInt8], HTTPResponse) {
    let status = Int.random(in: 100...599, using: &random)
    let body = String(
      (0..<Int.random(in: 0...80, using: &random)).map { _ in
        "abc {}\"é\n".randomElement(using: &random)!
      })
    let bodyBytes = Array(body.utf8)
    var head = "HTTP/1.1 \(status) Reason\r\nServer: Werkzeug\r\n"
    var framed = bodyBytes
    switch Int.random(in: 0...2, using: &random) {
    case 0:
      head += "Content-Length: \(bodyBytes.count)\r\n"
    case 1:
      head += "Transfer-Encoding: chunked\r\n"
      framed = []
      var rest = bodyBytes[...]
      while !rest.isEmpty {
        let size = Int.random(in: 1...max(1, rest.count), using: &random)
        framed += Array(String(size, radix: 16, uppercase: Bool.random(using: &random)).utf8) + [13, 10]
        framed += rest.prefix(size) + [13, 10]
        rest = rest.dropFirst(size)
      }
      framed += Array("0\r\n\r\n".utf8)
    default:
      break
    }
    return (Array((head + "\r\n").utf8) + framed, HTTPResponse(status: status, body: body))
  }

  /// One random edit: flip, insert, delete, truncate, or repeat a stretch of the bytes.
  static func mutate(_ bytes: inout [UInt8], using random: inout SeededGenerator) {
    guard !bytes.isEmpty else {
      bytes.append(UInt8.random(in: 0...255, using: &random))
      return
    }
    let at = Int.random(in: 0..<bytes.count, using: &random)
    switch Int.random(in: 0...4, using: &random) {
    case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
    case 1:
      bytes.insert(
        contentsOf: Array("fffffffffffffff".utf8.prefix(Int.random(in: 1...15, using: &random))), at: at)
    case 2: bytes.remove(at: at)
    case 3: bytes.removeSubrange(at...)
    default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 20)], at: at)
    }
  }
}

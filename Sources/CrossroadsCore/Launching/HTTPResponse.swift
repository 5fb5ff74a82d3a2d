/// A dev server's answer to one request: its status and its body as text.
///
/// `parse` reads the bytes a server sent, which are untrusted: every size is bounded, every
/// number is read digit by digit with overflow reported, and whatever does not follow
/// HTTP/1.1 becomes `Malformed`, never a trap.
public struct HTTPResponse: Sendable, Equatable {
  public let status: Int
  public let body: String

  public init(status: Int, body: String) {
    self.status = status
    self.body = body
  }

  /// Why bytes are not an HTTP answer, in words for the endpoint's line.
  public struct Malformed: Error, Sendable, Equatable, CustomStringConvertible {
    public let reason: String

    public init(_ reason: String) {
      self.reason = reason
    }

    public var description: String { "not an HTTP answer: \(reason)" }
  }

  /// The most a status line and headers may take; a dev server's are a few hundred bytes.
  public static let maximumHeadBytes = 64 * 1024
  /// The most a body may take; the checks read a few lines of JSON or HTML.
  public static let maximumBodyBytes = 1024 * 1024
  /// The most bytes an answer may take in all, chunk framing included.
  public static let maximumBytes = maximumHeadBytes + 2 * maximumBodyBytes

  /// Parses `bytes`; nil while more may come (`atEnd` false and the body's end not yet known).
  public static func parse(_ bytes: [UInt8], atEnd: Bool = true) throws(Malformed) -> HTTPResponse? {
    guard bytes.count <= maximumBytes else {
      throw Malformed("the answer is larger than \(maximumBytes / 1024 / 1024) MB")
    }
    guard let headEnd = find([13, 10, 13, 10], in: bytes, from: 0, limit: maximumHeadBytes) else {
      if bytes.count > maximumHeadBytes { throw Malformed("headers longer than \(maximumHeadBytes) bytes") }
      if !atEnd { return nil }
      throw Malformed(bytes.isEmpty ? "the connection closed without an answer" : "no end of headers")
    }
    let lines = split(bytes[0..<headEnd])
    let status = try statusCode(lines.first ?? [])
    var contentLength: Int?
    var chunked = false
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
        throw Malformed("a header line without a colon")
      }
      let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self).lowercased()
      let value = trimmed(line[(colon + 1)...])
      switch name {
      case "transfer-encoding":
        chunked = chunked || String(decoding: value, as: UTF8.self).lowercased().contains("chunked")
      case "content-length":
        let length = try number(value, radix: 10, what: "Content-Length")
        if let contentLength, contentLength != length { throw Malformed("two different Content-Lengths") }
        contentLength = length
      default:
        break
      }
    }
    let bodyStart = headEnd + 4
    if chunked {
      guard let body = try dechunk(bytes, from: bodyStart) else {
        if atEnd { throw Malformed("a chunked body that ends early") }
        return nil
      }
      return HTTPResponse(status: status, body: String(decoding: body, as: UTF8.self))
    }
    if let contentLength {
      guard bytes.count - bodyStart >= contentLength else {
        if atEnd { throw Malformed("a body shorter than its Content-Length") }
        return nil
      }
      let body = bytes[bodyStart..<bodyStart + contentLength]
      return HTTPResponse(status: status, body: String(decoding: body, as: UTF8.self))
    }
    guard atEnd else { return nil }
    guard bytes.count - bodyStart <= maximumBodyBytes else { throw Malformed("a body larger than the limit") }
    return HTTPResponse(status: status, body: String(decoding: bytes[bodyStart...], as: UTF8.self))
  }

  /// `HTTP/1.1 200 OK`: the three-digit code.
  private static func statusCode(_ line: ArraySlice<UInt8>) throws(Malformed) -> Int {
    let parts = line.split(separator: UInt8(ascii: " "), maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count >= 2, parts[0].starts(with: Array("HTTP/".utf8)), parts[1].count == 3,
      let code = try? number(parts[1], radix: 10, what: "status"), code >= 100
    else {
      throw Malformed("a status line that is not 'HTTP/1.1 CODE REASON'")
    }
    return code
  }

  /// The body of a chunked transfer starting at `start`, or nil until its last chunk arrived.
  private static func dechunk(_ bytes: [UInt8], from start: Int) throws(Malformed) -> [UInt8]? {
    var body: [UInt8] = []
    var index = start
    while true {
      // A size line is a few hex digits and perhaps an extension; allow it some room.
      guard let lineEnd = find([13, 10], in: bytes, from: index, limit: 1024) else {
        if bytes.count - index > 1024 { throw Malformed("a chunk size line that never ends") }
        return nil
      }
      var sizeText = bytes[index..<lineEnd]
      if let semicolon = sizeText.firstIndex(of: UInt8(ascii: ";")) { sizeText = sizeText[..<semicolon] }
      let size = try number(trimmed(sizeText), radix: 16, what: "chunk size")
      let dataStart = lineEnd + 2
      if size == 0 { return body }
      guard size <= maximumBodyBytes - body.count else { throw Malformed("a body larger than the limit") }
      // `size` is bounded above, so these sums cannot overflow.
      guard bytes.count - dataStart >= size + 2 else { return nil }
      guard bytes[dataStart + size] == 13, bytes[dataStart + size + 1] == 10 else {
        throw Malformed("a chunk longer than its size")
      }
      body.append(contentsOf: bytes[dataStart..<dataStart + size])
      index = dataStart + size + 2
    }
  }

  /// A non-negative number in `radix`, digit by digit, refusing signs, blanks and overflow.
  private static func number(_ digits: ArraySlice<UInt8>, radix: Int, what: String) throws(Malformed) -> Int {
    guard !digits.isEmpty, digits.count <= 20 else { throw Malformed("a \(what) that is not a number") }
    var value = 0
    for byte in digits {
      let digit: Int
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = Int(byte - UInt8(ascii: "a")) + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: digit = Int(byte - UInt8(ascii: "A")) + 10
      default: throw Malformed("a \(what) that is not a number")
      }
      let shifted = value.multipliedReportingOverflow(by: radix)
      let sum = shifted.partialValue.addingReportingOverflow(digit)
      guard !shifted.overflow, !sum.overflow else { throw Malformed("a \(what) too large to be true") }
      value = sum.partialValue
    }
    guard value <= maximumBodyBytes else { throw Malformed("a \(what) larger than the limit") }
    return value
  }

  /// The first index of `pattern` in `bytes` at or after `start`, looking no further than
  /// `limit` bytes past it.
  private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int, limit: Int) -> Int? {
    let last = min(bytes.count - pattern.count, start + limit)
    guard start <= last else { return nil }
    var index = start
    while index <= last {
      if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) {
        return index
      }
      index += 1
    }
    return nil
  }

  /// Lines split at CRLF.
  private static func split(_ head: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
    var lines: [ArraySlice<UInt8>] = []
    var start = head.startIndex
    var index = head.startIndex
    while index < head.endIndex {
      if head[index] == 13, index + 1 < head.endIndex, head[index + 1] == 10 {
        lines.append(head[start..<index])
        index += 2
        start = index
      } else {
        index += 1
      }
    }
    lines.append(head[start..<head.endIndex])
    return lines
  }

  /// `bytes` without spaces and tabs at either end.
  private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    let blank: (UInt8) -> Bool = { $0 == 32 || $0 == 9 }
    guard let first = bytes.firstIndex(where: { !blank($0) }),
      let last = bytes.lastIndex(where: { !blank($0) })
    else { return bytes[bytes.startIndex..<bytes.startIndex] }
    return bytes[first...last]
  }
}

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A minimal HTTP/1.1 client for 127.0.0.1, enough to check a dev server's answers.
///
/// One request per connection (`Connection: close`), so the body ends where the stream does
/// unless the server says its length or chunks it. No URLSession: it would pull in all of
/// Foundation and its own networking stack for requests that never leave the machine.
enum LoopbackHTTP {
  struct Response: Sendable, Equatable {
    let status: Int
    let body: String
  }

  enum Failure: Error, CustomStringConvertible {
    case connect(Int32)
    case send(Int32)
    case receive(Int32)
    case malformed(String)

    var description: String {
      switch self {
      case .connect(let code): "could not connect: \(String(cString: strerror(code)))"
      case .send(let code): "could not send the request: \(String(cString: strerror(code)))"
      case .receive(let code): "no complete answer: \(String(cString: strerror(code)))"
      case .malformed(let what): "not an HTTP answer: \(what)"
      }
    }
  }

  /// Sends one request and reads the whole answer; blocking, so call it off the async pool.
  static func request(
    method: String, path: String, body: String?, port: Int, timeoutSeconds: Int = 10
  ) throws(Failure) -> Response {
    let fd = LoopbackAddress.newSocket()
    guard fd >= 0 else { throw .connect(errno) }
    defer { close(fd) }
    var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    guard LoopbackAddress.connect(fd, port: port) else { throw .connect(errno) }

    let payload = Array((body ?? "").utf8)
    var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n"
    head += "User-Agent: crossroads\r\nAccept: */*\r\nConnection: close\r\n"
    if body != nil {
      head += "Content-Type: application/json\r\n"
    }
    if body != nil || ["POST", "PUT", "PATCH"].contains(method) {
      head += "Content-Length: \(payload.count)\r\n"
    }
    head += "\r\n"
    let request = Array(head.utf8) + payload
    var sent = 0
    while sent < request.count {
      let written = request[sent...].withUnsafeBytes {
        send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw .send(errno)
      }
      sent += written
    }

    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 16384)
    while true {
      let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
      if count == 0 { break }
      if count < 0 {
        if errno == EINTR { continue }
        // A server may reset after a complete answer; keep what arrived if it parses.
        if let response = try? parse(received) { return response }
        throw .receive(errno)
      }
      received.append(contentsOf: buffer[0..<count])
      if let response = try? parse(received, complete: false) { return response }
    }
    return try parse(received)
  }

  /// Parses an answer; with `complete: false`, only succeeds when the body's end is known.
  static func parse(_ bytes: [UInt8], complete: Bool = true) throws(Failure) -> Response {
    let separator: [UInt8] = [13, 10, 13, 10]
    guard let headEnd = bytes.firstRange(of: separator) else {
      throw .malformed(bytes.isEmpty ? "the connection closed without an answer" : "no end of headers")
    }
    let head = String(decoding: bytes[..<headEnd.lowerBound], as: UTF8.self)
    let lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
    let statusParts = lines.first?.split(separator: " ") ?? []
    guard statusParts.count >= 2, statusParts[0].hasPrefix("HTTP/"), let status = Int(statusParts[1]) else {
      throw .malformed(String(lines.first ?? ""))
    }
    var headers: [String: String] = [:]
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let name = line[..<colon].lowercased()
      headers[name] = String(
        line[line.index(after: colon)...].trimmingPrefix(while: { $0 == " " || $0 == "\t" }))
    }
    let rest = Array(bytes[headEnd.upperBound...])
    if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
      guard let body = dechunk(rest) else {
        if complete { throw .malformed("a chunked body that ends early") }
        throw .malformed("incomplete")
      }
      return Response(status: status, body: String(decoding: body, as: UTF8.self))
    }
    if let length = headers["content-length"].flatMap({ Int($0) }) {
      guard rest.count >= length else { throw .malformed("a body shorter than its Content-Length") }
      return Response(status: status, body: String(decoding: rest.prefix(length), as: UTF8.self))
    }
    guard complete else { throw .malformed("incomplete") }
    return Response(status: status, body: String(decoding: rest, as: UTF8.self))
  }

  /// The body of a chunked transfer, or nil until its last chunk has arrived.
  static func dechunk(_ bytes: [UInt8]) -> [UInt8]? {
    var body: [UInt8] = []
    var index = 0
    let crlf: [UInt8] = [13, 10]
    while true {
      guard let lineEnd = bytes[index...].firstRange(of: crlf) else { return nil }
      let sizeText = String(decoding: bytes[index..<lineEnd.lowerBound], as: UTF8.self)
      guard let size = Int(sizeText.split(separator: ";").first ?? "", radix: 16) else { return nil }
      let start = lineEnd.upperBound
      if size == 0 { return body }
      guard bytes.count >= start + size + 2 else { return nil }
      body.append(contentsOf: bytes[start..<start + size])
      index = start + size + 2
    }
  }
}

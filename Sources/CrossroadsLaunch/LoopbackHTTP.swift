import CrossroadsCore

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
  enum Failure: Error, CustomStringConvertible {
    case connect(Int32)
    case send(Int32)
    case receive(Int32)
    case malformed(HTTPResponse.Malformed)
    case request(String)

    var description: String {
      switch self {
      case .connect(let code): "could not connect: \(String(cString: strerror(code)))"
      case .send(let code): "could not send the request: \(String(cString: strerror(code)))"
      case .receive(let code): "no complete answer: \(String(cString: strerror(code)))"
      case .malformed(let what): what.description
      case .request(let what): "not sent: \(what)"
      }
    }
  }

  /// Sends one request and reads the whole answer; blocking, so call it off the async pool.
  static func request(
    method: String, path: String, body: String?, port: Int, timeoutSeconds: Int = 10
  ) throws(Failure) -> HTTPResponse {
    // A control character in the request line would start a header of its own.
    guard !method.isEmpty, !path.isEmpty, !ControlCharacters.contains(method + path) else {
      throw .request("the method and path may not contain control characters")
    }
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
        let code = errno
        if let response = try? parse(received, atEnd: true) { return response }
        throw .receive(code)
      }
      received.append(contentsOf: buffer[0..<count])
      // The parser refuses an answer past its size limit, which ends this loop too.
      if let response = try parse(received, atEnd: false) { return response }
    }
    guard let response = try parse(received, atEnd: true) else {
      throw .malformed(HTTPResponse.Malformed("the connection closed without an answer"))
    }
    return response
  }

  private static func parse(_ bytes: [UInt8], atEnd: Bool) throws(Failure) -> HTTPResponse? {
    do throws(HTTPResponse.Malformed) {
      return try HTTPResponse.parse(bytes, atEnd: atEnd)
    } catch {
      throw .malformed(error)
    }
  }
}

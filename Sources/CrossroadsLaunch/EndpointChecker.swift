import CrossroadsCore
import Dispatch

/// Requests each endpoint of a sample in order and judges every answer.
///
/// In order, because the endpoints build on each other: a POST creates the item that
/// the following GET expects to see.
public struct EndpointChecker: Sendable {
  public let port: Int
  public var bodyPreview = 60

  public init(port: Int) { self.port = port }

  public func check(_ endpoint: LaunchTarget.Endpoint) async -> EndpointResult {
    let clock = ContinuousClock()
    let start = clock.now
    let port = port
    let outcome: Result<HTTPResponse, LoopbackHTTP.Failure> = await withCheckedContinuation {
      continuation in
      // The socket calls block; a Dispatch thread keeps them off Swift's small cooperative pool.
      DispatchQueue.global().async {
        continuation.resume(
          returning: Result {
            () throws(LoopbackHTTP.Failure) in
            try LoopbackHTTP.request(
              method: endpoint.method, path: endpoint.path, body: endpoint.body, port: port)
          })
      }
    }
    let elapsed = (clock.now - start).components
    let milliseconds = Int(elapsed.seconds) * 1000 + Int(elapsed.attoseconds / 1_000_000_000_000_000)
    switch outcome {
    case .success(let response):
      let statusMatches = response.status == endpoint.status
      let textMatches = response.body.contains(endpoint.expect)
      var problems: [String] = []
      if !statusMatches { problems.append("expected status \(endpoint.status)") }
      if !textMatches { problems.append("expected the body to contain \(quoted(endpoint.expect))") }
      return EndpointResult(
        method: endpoint.method, path: endpoint.path, status: response.status,
        expectedStatus: endpoint.status,
        expectedText: endpoint.expect, milliseconds: milliseconds, bodyStart: preview(response.body),
        passed: problems.isEmpty, problem: problems.joined(separator: ", "))
    case .failure(let failure):
      return EndpointResult(
        method: endpoint.method, path: endpoint.path, status: nil, expectedStatus: endpoint.status,
        expectedText: endpoint.expect, milliseconds: milliseconds, bodyStart: "",
        passed: false, problem: failure.description)
    }
  }

  /// The body's start on one line: whitespace runs folded, cut at `bodyPreview` characters.
  func preview(_ body: String) -> String {
    let folded = body.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    return folded.count > bodyPreview ? String(folded.prefix(bodyPreview - 1)) + "…" : folded
  }

  private func quoted(_ text: String) -> String { "\"\(text)\"" }
}

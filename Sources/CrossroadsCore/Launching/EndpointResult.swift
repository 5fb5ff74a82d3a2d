/// One endpoint's answer, judged against what the sample promises.
public struct EndpointResult: Sendable, Equatable {
  public let method: String
  public let path: String
  /// The status received, or nil when no answer came.
  public let status: Int?
  public let expectedStatus: Int
  public let expectedText: String
  public let milliseconds: Int
  /// The first line or so of the body (or why there is none), for a person to glance at.
  public let bodyStart: String
  public let passed: Bool
  /// Why it failed, empty when it passed.
  public let problem: String

  public init(
    method: String, path: String, status: Int?, expectedStatus: Int, expectedText: String, milliseconds: Int,
    bodyStart: String, passed: Bool, problem: String
  ) {
    self.method = method
    self.path = path
    self.status = status
    self.expectedStatus = expectedStatus
    self.expectedText = expectedText
    self.milliseconds = milliseconds
    self.bodyStart = bodyStart
    self.passed = passed
    self.problem = problem
  }

  /// One line for stdout: "PASS  GET   /api/items/   200   12 ms  {"items": []}".
  public var line: String {
    let mark = passed ? "PASS" : "FAIL"
    let method = method.padding(to: 6)
    let path = path.padding(to: 18)
    let status = (status.map(String.init) ?? "---").padding(to: 4)
    let time = "\(milliseconds) ms".padding(to: 8, leading: true)
    let problem = passed ? "" : "  <- \(self.problem)"
    return "\(mark)  \(method)\(path) \(status)\(time)  \(bodyStart)\(problem)"
  }
}

extension String {
  func padding(to width: Int, leading: Bool = false) -> String {
    let fill = String(repeating: " ", count: Swift.max(0, width - count))
    return leading ? fill + self : self + fill
  }
}

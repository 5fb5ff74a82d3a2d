/// One shared endpoint requested over and over: its answer and how long each request took.
public struct MeasuredEndpoint: Sendable, Equatable {
  public var method: String
  /// The path as this side serves it (Django's with its trailing slash).
  public var path: String
  /// The status of the last answer, or nil when none came.
  public var status: Int?
  /// Every request's time, in milliseconds, in the order they were sent.
  public var samples: [Double]
  /// The last answer's body.
  public var body: String
  /// Why requests failed, when some did.
  public var problem: String?

  public init(
    method: String, path: String, status: Int?, samples: [Double], body: String, problem: String? = nil
  ) {
    self.method = method
    self.path = path
    self.status = status
    self.samples = samples
    self.body = body
    self.problem = problem
  }

  public var medianMilliseconds: Double? { Statistics.median(samples) }
  public var p95Milliseconds: Double? { Statistics.percentile(samples, 95) }

  /// The path without its trailing slash, which is how the two sides' paths are paired.
  public var sharedPath: String { SharedEndpoints.key(path) }
}

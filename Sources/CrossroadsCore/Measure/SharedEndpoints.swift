/// The endpoints both samples serve, paired by meaning: the same method and the same path but
/// for a trailing slash (Django's `/api/data/` is Flask's `/api/data`).
///
/// Only GETs are measured: they change nothing, so a thousand of them leave the sample as it was.
public struct SharedEndpoints: Sendable, Equatable {
  /// One endpoint as each side serves it.
  public struct Pair: Sendable, Equatable {
    public let method: String
    public let flask: String
    public let django: String
    /// Both samples promise the same text in the answer: the same data from both.
    public let sameAnswer: Bool

    public func path(_ framework: Framework) -> String { framework == .flask ? flask : django }
  }

  public let pairs: [Pair]

  /// Pairs the GET endpoints of both markers, in Flask's order, each path once.
  public init(flask: [ProjectMarker.Endpoint], django: [ProjectMarker.Endpoint]) {
    var pairs: [Pair] = []
    for endpoint in flask where endpoint.method == "GET" {
      let key = Self.key(endpoint.path)
      guard !pairs.contains(where: { Self.key($0.flask) == key }),
        let other = django.first(where: { $0.method == "GET" && Self.key($0.path) == key })
      else { continue }
      pairs.append(
        Pair(
          method: "GET", flask: endpoint.path, django: other.path, sameAnswer: endpoint.expect == other.expect
        ))
    }
    self.pairs = pairs
  }

  /// The endpoints one side alone would measure, when the other side's sample is unknown.
  public init(only framework: Framework, _ endpoints: [ProjectMarker.Endpoint]) {
    var pairs: [Pair] = []
    for endpoint in endpoints where endpoint.method == "GET" {
      guard !pairs.contains(where: { $0.path(framework) == endpoint.path }) else { continue }
      pairs.append(Pair(method: "GET", flask: endpoint.path, django: endpoint.path, sameAnswer: false))
    }
    self.pairs = pairs
  }

  /// The endpoint the throughput test loads: the first shared one, other than `/`, where both
  /// promise the same answer (the JSON of `/api/data`); else the first other than `/`.
  public var jsonEndpoint: Pair? {
    pairs.first { $0.sameAnswer && $0.flask != "/" } ?? pairs.first { $0.flask != "/" }
  }

  /// A path without its trailing slash, except `/` itself.
  public static func key(_ path: String) -> String {
    path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
  }
}

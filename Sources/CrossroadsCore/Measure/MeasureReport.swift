/// A measure of the same app in both frameworks: how it was measured, and each side's figures.
public struct MeasureReport: Sendable, Equatable {
  /// Which server ran both samples.
  public enum Server: String, Sendable, Equatable {
    /// Gunicorn, the production WSGI server, for both.
    case gunicorn
    /// Each framework's development server: `flask run` and `manage.py runserver`.
    case development = "dev"
  }

  public var features: [String]
  public var requests: Int
  public var server: Server
  /// Gunicorn's worker processes; nil for the dev servers, which are one process each.
  public var workers: Int?
  /// The throughput test's clients and how long it lasts.
  public var connections: Int
  public var throughputSeconds: Double
  /// "Linux, 2 cores": where the figures come from.
  public var machine: String
  /// Whether a person stopped the measure before it ended.
  public var stopped = false
  public var flask: MeasuredSide
  public var django: MeasuredSide

  public init(
    features: [String], requests: Int, server: Server, workers: Int?, connections: Int = 4,
    throughputSeconds: Double = 2, machine: String
  ) {
    self.features = features
    self.requests = requests
    self.server = server
    self.workers = workers
    self.connections = connections
    self.throughputSeconds = throughputSeconds
    self.machine = machine
    flask = MeasuredSide(framework: .flask)
    django = MeasuredSide(framework: .django)
  }

  public subscript(framework: Framework) -> MeasuredSide {
    get { framework == .flask ? flask : django }
    set {
      if framework == .flask { flask = newValue } else { django = newValue }
    }
  }

  /// Both sides measured in full.
  public var ok: Bool { flask.ok && django.ok }

  /// What was measured and where, in one paragraph: the figures are the frameworks' own cost
  /// on this machine, not a production deployment's.
  public var note: String {
    let serving =
      switch server {
      case .gunicorn:
        "both under Gunicorn with \(workers ?? 1) sync worker\(workers == 1 ? "" : "s") and debug off"
      case .development: "each under its development server (flask run, manage.py runserver)"
      }
    let seconds =
      throughputSeconds == throughputSeconds.rounded() ? "\(Int(throughputSeconds))" : "\(throughputSeconds)"
    return """
      Measured \(serving), on this machine (\(machine)), over loopback (127.0.0.1), one side at a \
      time so the two never compete for the processor: the frameworks' own cost, not a production \
      deployment. Start is process start to the first 200 on /, median of 3 starts; latency is \
      \(requests) sequential requests per shared endpoint, a new connection each; memory is the \
      resident memory of the server's whole process group after those requests; throughput is \
      \(connections) clients at once for \(seconds) s on the shared JSON endpoint.
      """
  }
}

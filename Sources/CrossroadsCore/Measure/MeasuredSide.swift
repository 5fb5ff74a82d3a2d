/// Everything measured of one framework's sample; a figure is nil until it is known, and stays
/// nil when the step that gives it failed or was not reached.
public struct MeasuredSide: Sendable, Equatable {
  /// An installed package, as its `.dist-info` names it.
  public struct Package: Sendable, Equatable {
    public var name: String
    public var version: String

    public init(name: String, version: String) {
      self.name = name
      self.version = version
    }
  }

  /// The sample's own test suite, run once.
  public struct TestRun: Sendable, Equatable {
    /// How many tests ran, when the runner's summary says.
    public var count: Int?
    public var seconds: Double
    public var passed: Bool
    /// The runner's own summary line ("8 passed in 0.31s").
    public var summary: String

    public init(count: Int?, seconds: Double, passed: Bool, summary: String) {
      self.count = count
      self.seconds = seconds
      self.passed = passed
      self.summary = summary
    }
  }

  public let framework: Framework
  /// Why this side could not be measured in full, or nil when it was.
  public var error: String?
  /// The step that failed, for the report's "failed at" line.
  public var failedStep: String?
  /// The server's (or the failing command's) last output lines, shown with the error.
  public var lastLines: [String] = []
  /// Whether every step has run: false while measuring.
  public var complete = false
  public var folder: String?
  public var code: CodeCount?
  public var packages: [Package]?
  public var environmentBytes: Int?
  /// Whether this run created the environment (false: it was cached); nil until known.
  public var installed: Bool?
  /// How long creating the environment took, when this run created it.
  public var installSeconds: Double?
  /// Each start's time from process start to the first 200 on `/`, in milliseconds.
  public var startSamples: [Double] = []
  public var rssBytes: Int?
  public var endpoints: [MeasuredEndpoint] = []
  public var throughputPath: String?
  public var throughput: Double?
  public var tests: TestRun?
  /// Which server ran it and how ("gunicorn 23.0.0, 1 worker").
  public var server: String?

  public init(framework: Framework) {
    self.framework = framework
  }

  /// Measured in full, with no step failed.
  public var ok: Bool { complete && error == nil }

  public var startMilliseconds: Double? { Statistics.median(startSamples) }

  /// The framework's own package and version ("Flask 3.1.2"), when the environment is known.
  public var frameworkVersion: String? {
    let wanted = framework.name.lowercased()
    return packages?.first { $0.name.lowercased() == wanted }.map { "\($0.name) \($0.version)" }
  }
}

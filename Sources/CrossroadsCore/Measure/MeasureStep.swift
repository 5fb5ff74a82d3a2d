/// One stage of measuring a side, in the order they happen.
public enum MeasureStep: Sendable, Equatable {
  /// Writing the sample (or reusing the one a kept folder holds).
  case generate
  /// Counting the code written.
  case count
  /// A step of the launch: Python, environment, migrations, server, readiness, checks.
  case launch(LaunchStep)
  /// The environment's packages and size on disk.
  case inventory
  case latency
  case memory
  case throughput
  /// Starting the server again, three times, to time it.
  case starts
  /// The sample's own test suite.
  case tests

  /// What the step is called on screen and on stderr.
  public var title: String {
    switch self {
    case .generate: "Sample"
    case .count: "Code"
    case .launch(let step): step.title
    case .inventory: "Dependencies"
    case .latency: "Latency"
    case .memory: "Memory"
    case .throughput: "Throughput"
    case .starts: "Start"
    case .tests: "Own tests"
    }
  }
}

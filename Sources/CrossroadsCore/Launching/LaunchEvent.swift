/// One stage of a launch, in the order they happen.
public enum LaunchStep: String, Sendable, Equatable, CaseIterable {
  case python, environment, migrate, superuser, server, ready, check

  /// What the step is called on screen and on stderr.
  public var title: String {
    switch self {
    case .python: "Python"
    case .environment: "Environment"
    case .migrate: "Migrations"
    case .superuser: "Demo superuser"
    case .server: "Server"
    case .ready: "Ready"
    case .check: "Endpoints"
    }
  }
}

/// What a launch reports as it goes; the command line prints these and a screen draws them.
public enum LaunchEvent: Sendable, Equatable {
  case started(LaunchStep)
  /// A line of progress within a step (a package being installed, with the time so far).
  case progress(LaunchStep, String)
  /// A long step is still at work, `seconds` after it started: sent every second, so a
  /// screen shows something moving while an installer prints nothing.
  case elapsed(LaunchStep, seconds: Int)
  case finished(LaunchStep, String)
  case skipped(LaunchStep, String)
  case failed(LaunchStep, String)
  /// The demo admin account created for a Django sample with the admin.
  case superuser(username: String, password: String)
  /// The server answers here.
  case serving(url: String)
  case endpoint(EndpointResult)
  /// A line the server printed.
  case log(String)
  /// The server ended; `lastLines` is its log tail, to tell why.
  case serverExited(status: String, lastLines: [String])
  /// The launch is over: the server is stopped and the port free.
  case done(LaunchOutcome)
}

/// How a launch ended.
public enum LaunchOutcome: Sendable, Equatable {
  /// Every endpoint answered as expected (with `--check`, or serving until stopped).
  case passed
  /// Some endpoints failed; the count of failures.
  case endpointsFailed(Int)
  /// A step failed before the checks: the reason and the server's last lines, if it ran.
  case failed(LaunchError, lastLines: [String])
  /// Stopped by a signal or a person.
  case stopped
}

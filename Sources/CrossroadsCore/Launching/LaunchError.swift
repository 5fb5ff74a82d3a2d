/// Why a launch could not go on, worded as what to do next.
public enum LaunchError: Error, Sendable, Equatable, CustomStringConvertible {
  case notADirectory(String)
  case notAProject(String)
  case badMarker(String, String)
  case noPython(String)
  case pythonTooOld(path: String, version: String)
  case noRequirements(String)
  case environment(String)
  case install(String)
  case noFlaskPackage(String)
  case step(String)
  case noFreePort(Int)
  case serverExited(String)
  case serverDied(String)
  case notReady(seconds: Int)
  case stopped

  public var description: String {
    switch self {
    case .notADirectory(let path):
      return "\(path) is not a folder. Give the folder of a generated sample: crossroads run DIR"
    case .notAProject(let path):
      return """
        \(path) has no .crossroads.json, so it is not a sample Crossroads generated and there is \
        nothing to tell how to run it or what to check. Generate one with `crossroads generate`, \
        then run that folder.
        """
    case .badMarker(let path, let reason):
      return "\(path) could not be read (\(reason)). Generate the sample again."
    case .noPython(let detail):
      return """
        \(detail) Crossroads needs Python 3.10 or newer to run a sample. Install it \
        (Debian/Ubuntu: `sudo apt install python3 python3-venv`; macOS: `brew install python`; \
        or from python.org), or point to one with --python PATH. Lessons and advice work without it.
        """
    case .pythonTooOld(let path, let version):
      return """
        \(path) is Python \(version); the samples need 3.10 or newer. Install a newer Python \
        and pass it with --python PATH.
        """
    case .noRequirements(let path):
      return "\(path) is missing, so there is nothing to install. Generate the sample again."
    case .environment(let reason):
      return "could not create the virtual environment: \(reason)"
    case .install(let reason):
      return reason
    case .noFlaskPackage(let path):
      return "\(path) has no Flask application package (a folder with __init__.py)."
    case .step(let reason):
      return reason
    case .noFreePort(let port):
      return "no free port on 127.0.0.1 from \(port) on; stop another server and try again."
    case .serverExited(let status):
      return "the server stopped on its own (\(status)) before it answered."
    case .serverDied(let status):
      return "the server stopped on its own (\(status)) while serving; its log says why."
    case .notReady(let seconds):
      return "the server did not answer within \(seconds) seconds."
    case .stopped:
      return "stopped before the sample was running."
    }
  }
}

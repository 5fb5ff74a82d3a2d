/// Why a sample could not be planned or written, with what to do about it.
public enum ScaffoldError: Error, Sendable, Equatable, CustomStringConvertible {
  case invalidName(ProjectNameError)
  case unknownFeature(String, framework: Framework, known: [String])
  case manifest(ContentError)
  case missingTemplate(String)
  case template(path: String, message: String)
  case missingRegion(String, path: String, available: [String])
  /// The target exists; `suggestion` is a free name beside it.
  case targetExists(path: String, suggestion: String?)
  case parentMissing(String)
  case io(path: String, operation: String, errno: Int32)

  public var description: String {
    switch self {
    case .invalidName(let error):
      error.description
    case .unknownFeature(let name, let framework, let known):
      "'\(name)' is not a feature of the \(framework.name) sample; choose from: "
        + known.joined(separator: ", ")
    case .manifest(let error):
      "The sample's manifest is broken: \(error)"
    case .missingTemplate(let path):
      "The sample's template \(path) is missing; the program's content is incomplete."
    case .template(let path, let message):
      "The template \(path) could not be read: \(message)"
    case .missingRegion(let region, let path, let available):
      "\(path) has no region '\(region)'"
        + (available.isEmpty ? "." : "; it has: \(available.joined(separator: ", ")).")
    case .targetExists(let path, let suggestion):
      "\(path) already exists, and Crossroads never writes into an existing folder."
        + (suggestion.map { " Choose another name, such as '\($0)'." } ?? " Choose another name.")
    case .parentMissing(let path):
      "\(path) is not a folder. Create it first, or choose another folder."
    case .io(let path, let operation, let errno):
      "Could not \(operation) \(path): \(SystemError.message(errno)). Nothing was written."
    }
  }
}

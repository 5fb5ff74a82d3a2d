import Yams

/// Reads typed values out of YAML nodes for every YAML file of the content (a lesson's front
/// matter, the questionnaire, a sample's manifest), each mismatch a `ContentError` at its line.
struct YAMLReader {
  let file: String
  let lineOffset: Int

  func line(of node: Node) -> Int { (node.mark?.line ?? 1) + lineOffset }

  /// Parses `yaml` into its root node; an empty document is `empty` at the first line.
  ///
  /// The basic resolver reads every scalar as text: the default one compiles regular
  /// expressions at start-up to guess types these files never need.
  func compose(_ yaml: String, empty: String) throws(ContentError) -> Node {
    do {
      guard let node = try Yams.compose(yaml: yaml, .basic) else {
        throw ContentError(file: file, line: lineOffset + 1, message: empty)
      }
      return node
    } catch let error as ContentError {
      throw error
    } catch {
      throw self.error(from: error)
    }
  }

  func error(_ message: String, at node: Node) -> ContentError {
    ContentError(file: file, line: line(of: node), message: message)
  }

  func error(from yamlError: any Error) -> ContentError {
    if let yamlError = yamlError as? YamlError {
      switch yamlError {
      case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
        .composer(_, let problem, let mark, _):
        return ContentError(file: file, line: mark.line + lineOffset, message: "YAML: \(problem)")
      default:
        break
      }
    }
    return ContentError(file: file, line: lineOffset + 1, message: "YAML: \(yamlError)")
  }

  func mapping(_ node: Node, named name: String) throws(ContentError) -> Node.Mapping {
    guard case .mapping(let mapping) = node else {
      throw error("\(name) must be a mapping of keys to values", at: node)
    }
    return mapping
  }

  func sequence(_ node: Node, named name: String) throws(ContentError) -> [Node] {
    guard case .sequence(let sequence) = node else { throw error("\(name) must be a list", at: node) }
    return Array(sequence)
  }

  func string(_ node: Node, named name: String) throws(ContentError) -> String {
    guard case .scalar(let scalar) = node, !scalar.string.trimmingSpaces.isEmpty else {
      throw error("\(name) must be non-empty text", at: node)
    }
    return scalar.string.trimmingSpaces
  }

  func required(_ key: String, in mapping: Node.Mapping, of parent: Node) throws(ContentError) -> Node {
    guard let value = value(key, in: mapping) else { throw error("'\(key)' is missing", at: parent) }
    return value
  }

  /// Looks a key up by its text; comparing whole nodes would resolve their tags, which
  /// costs Yams' default resolver and its regular expressions.
  func value(_ key: String, in mapping: Node.Mapping) -> Node? {
    mapping.first { $0.key.string == key }?.value
  }

  func rejectUnknownKeys(_ mapping: Node.Mapping, allowed: Set<String>, in parent: Node) throws(ContentError)
  {
    for key in mapping.keys {
      let name = key.string ?? "?"
      if !allowed.contains(name) {
        throw error(
          "unknown key '\(name)'; expected one of: \(allowed.sorted().joined(separator: ", "))", at: key)
      }
    }
  }
}

extension String {
  /// The text without leading and trailing spaces, tabs and line breaks.
  var trimmingSpaces: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
    else {
      return ""
    }
    return String(self[first...last])
  }
}

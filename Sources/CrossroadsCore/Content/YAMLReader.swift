/// Reads typed values out of YAML nodes for every YAML file of the content (a lesson's front
/// matter, the questionnaire, a sample's manifest), each mismatch a `ContentError` at its line.
struct YAMLReader {
  let file: String
  let lineOffset: Int

  func line(of node: YAMLNode) -> Int { node.line + lineOffset }

  /// Parses `yaml` into its root node; an empty document is `empty` at the first line.
  func compose(_ yaml: String, empty: String) throws(ContentError) -> YAMLNode {
    let root: YAMLNode?
    do {
      root = try YAMLNode.compose(yaml)
    } catch {
      throw ContentError(file: file, line: error.line + lineOffset, message: "YAML: \(error.problem)")
    }
    guard let root else { throw ContentError(file: file, line: lineOffset + 1, message: empty) }
    return root
  }

  func error(_ message: String, at node: YAMLNode) -> ContentError {
    ContentError(file: file, line: line(of: node), message: message)
  }

  func mapping(_ node: YAMLNode, named name: String) throws(ContentError) -> YAMLNode.Mapping {
    guard case .mapping(let mapping) = node.value else {
      throw error("\(name) must be a mapping of keys to values", at: node)
    }
    return mapping
  }

  func sequence(_ node: YAMLNode, named name: String) throws(ContentError) -> [YAMLNode] {
    guard case .sequence(let sequence) = node.value else { throw error("\(name) must be a list", at: node) }
    return sequence
  }

  func string(_ node: YAMLNode, named name: String) throws(ContentError) -> String {
    guard let text = node.string?.trimmingSpaces, !text.isEmpty else {
      throw error("\(name) must be non-empty text", at: node)
    }
    return text
  }

  func required(_ key: String, in mapping: YAMLNode.Mapping, of parent: YAMLNode) throws(ContentError)
    -> YAMLNode
  {
    guard let value = value(key, in: mapping) else { throw error("'\(key)' is missing", at: parent) }
    return value
  }

  func value(_ key: String, in mapping: YAMLNode.Mapping) -> YAMLNode? { mapping[key] }

  func rejectUnknownKeys(_ mapping: YAMLNode.Mapping, allowed: Set<String>, in parent: YAMLNode)
    throws(ContentError)
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

import CLibYAML

/// One node of a YAML document, with the line it starts on.
///
/// Every scalar is its text: the content's files hold names, sentences and numbers that
/// their readers convert themselves, so no types are guessed. Parsed by libyaml, event by
/// event, which keeps Foundation out of the binary.
struct YAMLNode: Sendable {
  enum Value: Sendable {
    case scalar(String)
    case sequence([YAMLNode])
    case mapping(Mapping)
  }

  /// A mapping's pairs in the order the file gives them.
  struct Mapping: Sendable, Sequence {
    var pairs: [(key: YAMLNode, value: YAMLNode)] = []

    var keys: [YAMLNode] { pairs.map(\.key) }

    /// The value of the key whose text is `key`.
    subscript(key: String) -> YAMLNode? { pairs.first { $0.key.string == key }?.value }

    func makeIterator() -> IndexingIterator<[(key: YAMLNode, value: YAMLNode)]> { pairs.makeIterator() }
  }

  let value: Value
  /// The line the node starts on, counted from 1 in the text that was parsed.
  let line: Int

  /// The text of a scalar; nil for a list or a mapping.
  var string: String? {
    guard case .scalar(let text) = value else { return nil }
    return text
  }

  /// A problem libyaml or the composer found, at the line it is on (counted from 1).
  struct SyntaxError: Error, Equatable {
    let line: Int
    let problem: String
  }

  /// The one document of `text`, or nil when there is none (an empty text, or only comments).
  ///
  /// Aliases take their anchor's node; a second document, an undefined alias or a key given
  /// twice in one mapping is an error.
  static func compose(_ text: String) throws(SyntaxError) -> YAMLNode? {
    var bytes = Array(text.utf8)
    // libyaml reads the input through a pointer that must stay valid: keep one byte at least.
    bytes.append(0)
    let result = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(SyntaxError) -> YAMLNode? in
        try compose(buffer.baseAddress!, count: buffer.count - 1)
      }
    }
    return try result.get()
  }

  private static func compose(_ input: UnsafePointer<UInt8>, count: Int) throws(SyntaxError) -> YAMLNode? {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { throw SyntaxError(line: 1, problem: "out of memory") }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_input_string(&parser, input, count)
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

    var composer = Composer()
    while true {
      var event = yaml_event_t()
      guard yaml_parser_parse(&parser, &event) == 1 else {
        let problem = parser.problem.map { String(cString: $0) } ?? "the text could not be read"
        throw SyntaxError(line: Int(parser.problem_mark.line) + 1, problem: problem)
      }
      defer { yaml_event_delete(&event) }
      if try composer.take(event) { return composer.root }
    }
  }

  /// Builds the tree from libyaml's events: the open lists and mappings, innermost last.
  private struct Composer {
    enum Open {
      case sequence([YAMLNode], line: Int, anchor: String?)
      case mapping(Mapping, key: YAMLNode?, line: Int, anchor: String?)
    }

    var open: [Open] = []
    var anchors: [String: YAMLNode] = [:]
    var root: YAMLNode?
    var documents = 0

    /// Takes one event; true at the end of the stream.
    mutating func take(_ event: yaml_event_t) throws(SyntaxError) -> Bool {
      let line = Int(event.start_mark.line) + 1
      switch event.type {
      case YAML_STREAM_END_EVENT:
        return true
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        if documents > 1 {
          throw SyntaxError(line: line, problem: "expected a single document in the stream")
        }
      case YAML_SCALAR_EVENT:
        let scalar = event.data.scalar
        let text = String(
          decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
        try add(YAMLNode(value: .scalar(text), line: line), anchor: Self.text(scalar.anchor))
      case YAML_ALIAS_EVENT:
        let name = Self.text(event.data.alias.anchor) ?? ""
        guard let node = anchors[name] else {
          throw SyntaxError(line: line, problem: "found undefined alias '\(name)'")
        }
        try add(node, anchor: nil)
      case YAML_SEQUENCE_START_EVENT:
        open.append(.sequence([], line: line, anchor: Self.text(event.data.sequence_start.anchor)))
      case YAML_MAPPING_START_EVENT:
        open.append(
          .mapping(Mapping(), key: nil, line: line, anchor: Self.text(event.data.mapping_start.anchor)))
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        switch open.removeLast() {
        case .sequence(let items, let line, let anchor):
          try add(YAMLNode(value: .sequence(items), line: line), anchor: anchor)
        case .mapping(let mapping, _, let line, let anchor):
          try add(YAMLNode(value: .mapping(mapping), line: line), anchor: anchor)
        }
      default:
        break
      }
      return false
    }

    private mutating func add(_ node: YAMLNode, anchor: String?) throws(SyntaxError) {
      if let anchor { anchors[anchor] = node }
      guard let innermost = open.popLast() else {
        root = node
        return
      }
      switch innermost {
      case .sequence(var items, let line, let anchor):
        items.append(node)
        open.append(.sequence(items, line: line, anchor: anchor))
      case .mapping(var mapping, let key, let line, let anchor):
        if let key {
          mapping.pairs.append((key, node))
          open.append(.mapping(mapping, key: nil, line: line, anchor: anchor))
        } else {
          if let name = node.string, mapping[name] != nil {
            throw SyntaxError(line: node.line, problem: "the key '\(name)' is given twice")
          }
          open.append(.mapping(mapping, key: node, line: line, anchor: anchor))
        }
      }
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
      pointer.map { String(cString: $0) }
    }
  }
}

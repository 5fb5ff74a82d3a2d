/// A sample's `manifest.yaml`: its optional features, its template files and its endpoints.
public struct SampleManifest: Sendable, Equatable {
  /// An optional part of the sample that the person can tick.
  public struct Feature: Sendable, Equatable {
    public let name: String
    public let summary: String
    /// Features this one cannot work without; ticking it ticks them too.
    public let requires: [String]
  }

  /// A template, by its path inside the sample's folder.
  public struct File: Sendable, Equatable {
    public let path: String
    /// The feature the file belongs to; nil for a file every project has.
    public let when: String?
    /// Where the template is kept, when not at `path`: a sample's `.gitignore` is kept as
    /// `gitignore`, or it would hide the sample's own templates (`instance/`) from this
    /// repository's git as well.
    public let template: String

    public init(path: String, when: String?, template: String? = nil) {
      self.path = path
      self.when = when
      self.template = template ?? path
    }

    /// Whether the file is part of a project with `features`.
    public func applies(to features: Set<String>) -> Bool { when.map(features.contains) ?? true }
  }

  /// A request `crossroads run --check` makes, and what the answer must hold.
  ///
  /// The request itself is the marker's endpoint, the one endpoint type a check reads; the
  /// manifest adds only which projects have it.
  public struct Endpoint: Sendable, Equatable {
    public let request: ProjectMarker.Endpoint
    public let when: String?
    /// A feature that leaves the endpoint out (`when: orm, unless: auth`: the API without login).
    public var unless: String? = nil

    /// Whether the endpoint is part of a project with `features`.
    public func applies(to features: Set<String>) -> Bool {
      (when.map(features.contains) ?? true) && !(unless.map(features.contains) ?? false)
    }
  }

  public let framework: Framework
  public let requirementsNote: String
  /// In display order.
  public let features: [Feature]
  public let files: [File]
  public let endpoints: [Endpoint]

  /// Every framework's manifest that can be read from the content files; the generator
  /// reports one that cannot when it is asked for that sample.
  public static func all(in contentFiles: [String: String]) -> [Framework: SampleManifest] {
    var manifests: [Framework: SampleManifest] = [:]
    for framework in Framework.allCases {
      manifests[framework] = try? SampleRenderer(framework: framework, contentFiles: contentFiles).manifest
    }
    return manifests
  }

  /// Reads a manifest; errors name `file` and the line of the offending value.
  public static func parse(_ yaml: String, file: String) throws(ContentError) -> SampleManifest {
    let reader = YAMLReader(file: file, lineOffset: 0)
    let root = try reader.compose(yaml, empty: "the manifest is empty")
    let fields = try reader.mapping(root, named: "the manifest")
    try reader.rejectUnknownKeys(
      fields, allowed: ["framework", "requirements_note", "features", "files", "endpoints"], in: root)

    let frameworkNode = try reader.required("framework", in: fields, of: root)
    let frameworkName = try reader.string(frameworkNode, named: "framework")
    guard let framework = Framework(rawValue: frameworkName) else {
      throw reader.error("framework must be flask or django, not '\(frameworkName)'", at: frameworkNode)
    }

    let featuresNode = try reader.required("features", in: fields, of: root)
    var features: [Feature] = []
    for (key, value) in try reader.mapping(featuresNode, named: "features") {
      let name = try reader.string(key, named: "a feature's name")
      let featureFields = try reader.mapping(value, named: "feature '\(name)'")
      try reader.rejectUnknownKeys(featureFields, allowed: ["summary", "requires"], in: value)
      var requires: [String] = []
      if let requiresNode = reader.value("requires", in: featureFields) {
        requires = try reader.sequence(requiresNode, named: "requires").map {
          (node) throws(ContentError) in try reader.string(node, named: "a required feature")
        }
      }
      features.append(
        Feature(
          name: name,
          summary: try reader.string(
            try reader.required("summary", in: featureFields, of: value), named: "summary"),
          requires: requires))
    }
    let featureNames = Set(features.map(\.name))

    /// A `when` (or `unless`) value, which must name a declared feature.
    func when(_ mapping: YAMLNode.Mapping, key: String = "when") throws(ContentError) -> String? {
      guard let node = reader.value(key, in: mapping) else { return nil }
      let name = try reader.string(node, named: key)
      guard featureNames.contains(name) else {
        throw reader.error(
          "\(key) names '\(name)', which is not a feature; features: "
            + features.map(\.name).joined(separator: ", "), at: node)
      }
      return name
    }

    for feature in features {
      for required in feature.requires where !featureNames.contains(required) {
        throw reader.error(
          "feature '\(feature.name)' requires '\(required)', which is not a feature", at: featuresNode)
      }
    }

    var files: [File] = []
    let filesNode = try reader.required("files", in: fields, of: root)
    for node in try reader.sequence(filesNode, named: "files") {
      let fileFields = try reader.mapping(node, named: "a file")
      try reader.rejectUnknownKeys(fileFields, allowed: ["path", "when", "template"], in: node)
      let path = try reader.string(try reader.required("path", in: fileFields, of: node), named: "path")
      let template = try reader.value("template", in: fileFields).map { (node) throws(ContentError) in
        try reader.string(node, named: "template")
      }
      for inside in [path, template ?? path] {
        guard !inside.hasPrefix("/"),
          !inside.split(separator: "/").contains(where: { $0 == ".." || $0 == "." })
        else {
          throw reader.error("path must stay inside the sample: '\(inside)'", at: node)
        }
      }
      files.append(File(path: path, when: try when(fileFields), template: template))
    }

    var endpoints: [Endpoint] = []
    if let endpointsNode = reader.value("endpoints", in: fields) {
      for node in try reader.sequence(endpointsNode, named: "endpoints") {
        let endpointFields = try reader.mapping(node, named: "an endpoint")
        try reader.rejectUnknownKeys(
          endpointFields, allowed: ["method", "path", "body", "status", "expect", "when", "unless"], in: node)
        let statusNode = try reader.required("status", in: endpointFields, of: node)
        guard let status = Int(try reader.string(statusNode, named: "status")), (100...599).contains(status)
        else {
          throw reader.error("status must be an HTTP status code such as 200", at: statusNode)
        }
        let method = try reader.string(
          try reader.required("method", in: endpointFields, of: node), named: "method")
        let path = try reader.string(try reader.required("path", in: endpointFields, of: node), named: "path")
        if let problem = ProjectMarker.Endpoint.problem(method: method, path: path) {
          throw reader.error(problem, at: node)
        }
        let request = ProjectMarker.Endpoint(
          method: method, path: path,
          body: try reader.value("body", in: endpointFields).map { (node) throws(ContentError) in
            try reader.string(node, named: "body")
          },
          status: status,
          expect: try reader.string(
            try reader.required("expect", in: endpointFields, of: node), named: "expect"))
        endpoints.append(
          Endpoint(
            request: request, when: try when(endpointFields), unless: try when(endpointFields, key: "unless"))
        )
      }
    }

    return SampleManifest(
      framework: framework,
      requirementsNote: try reader.string(
        try reader.required("requirements_note", in: fields, of: root), named: "requirements_note"),
      features: features,
      files: files,
      endpoints: endpoints)
  }

  /// `chosen` with every feature they require, in the manifest's order.
  ///
  /// Throws the first name that is not a feature of this sample.
  public func closure(of chosen: some Sequence<String>) throws(ScaffoldError) -> [String] {
    var wanted = Set<String>()
    var pending = Array(chosen)
    while let name = pending.popLast() {
      guard let feature = features.first(where: { $0.name == name }) else {
        throw .unknownFeature(name, framework: framework, known: features.map(\.name))
      }
      if wanted.insert(name).inserted { pending += feature.requires }
    }
    return features.map(\.name).filter(wanted.contains)
  }
}

/// Renders one framework's sample templates into a project's files.
///
/// Templates are Mustache with the delimiters `<% %>` (`SampleTemplate`), so the `{{ }}` and
/// `{% %}` of Jinja and Django templates pass through untouched (see `Lessons/samples/README.md`).
public struct SampleRenderer: Sendable, Equatable {
  public let framework: Framework
  public let manifest: SampleManifest
  /// The sample's files by their path inside the sample's folder.
  let templates: [String: String]
  private let parsed = ParsedTemplates()

  /// Shown in place of the secret key in lesson excerpts: each project gets its own.
  public static let secretKeyPlaceholder = "generated-for-each-project"

  /// Reads the manifest and templates of `framework` from the content files
  /// (`samples/flask/...`), checking that every file the manifest lists is there.
  public init(framework: Framework, contentFiles: [String: String]) throws(ScaffoldError) {
    let prefix = "samples/\(framework.rawValue)/"
    let manifestPath = prefix + "manifest.yaml"
    guard let manifestText = contentFiles[manifestPath] else {
      throw .missingTemplate("Lessons/" + manifestPath)
    }
    do {
      manifest = try SampleManifest.parse(manifestText, file: "Lessons/" + manifestPath)
    } catch {
      throw .manifest(error)
    }
    guard manifest.framework == framework else {
      throw .manifest(
        ContentError(
          file: "Lessons/" + manifestPath, line: 1,
          message: "framework is \(manifest.framework.rawValue), but the folder is \(framework.rawValue)"))
    }
    var templates: [String: String] = [:]
    for file in manifest.files {
      guard let text = contentFiles[prefix + file.template] else {
        throw .missingTemplate("Lessons/" + prefix + file.template)
      }
      templates[file.path] = text
    }
    self.framework = framework
    self.templates = templates
  }

  /// Renders the whole project: every file whose feature is chosen, and the marker.
  ///
  /// `features` are closed under `requires`; an unknown feature is refused.
  public func plan(
    name: ProjectName, features chosen: some Sequence<String>, answers: Answers? = nil,
    secretKey: String = SecretKey.generate()
  ) throws(ScaffoldError) -> ProjectPlan {
    let features = try manifest.closure(of: chosen)
    let included = Set(features)
    let context = Self.context(
      projectName: name.value, secretKey: secretKey, features: included, manifest: manifest)
    var files: [ProjectPlan.File] = []
    for file in manifest.files where file.applies(to: included) {
      let rendered = try render(file.path, context: context)
      files.append(
        ProjectPlan.File(
          path: Self.projectPath(file.path, name: name.value), contents: RegionMarker.strip(rendered)))
    }
    files.append(
      ProjectPlan.File(path: ProjectMarker.fileName, contents: marker(features, answers: answers).json()))
    return ProjectPlan(
      name: name, framework: framework, features: features, files: files.sorted { $0.path < $1.path })
  }

  /// One file of the project `plan` would write, rendered alone, exactly as `plan` renders
  /// it; nil for a path the plan does not hold. The preview opens a file this way: rendering
  /// the whole project for it took longer than the terminal takes to redraw.
  public func file(
    at path: String, name: ProjectName, features chosen: some Sequence<String>, answers: Answers? = nil,
    secretKey: String = SecretKey.generate()
  ) throws(ScaffoldError) -> String? {
    let features = try manifest.closure(of: chosen)
    if path == ProjectMarker.fileName { return marker(features, answers: answers).json() }
    let included = Set(features)
    guard
      let file = manifest.files.first(where: {
        $0.applies(to: included) && Self.projectPath($0.path, name: name.value) == path
      })
    else { return nil }
    let context = Self.context(
      projectName: name.value, secretKey: secretKey, features: included, manifest: manifest)
    return RegionMarker.strip(try render(file.path, context: context))
  }

  /// The marker of a project with `features` (closed under `requires`).
  private func marker(_ features: [String], answers: Answers?) -> ProjectMarker {
    let included = Set(features)
    return ProjectMarker(
      framework: framework, features: features, answers: answers,
      crossroadsVersion: CrossroadsVersion.current,
      endpoints: manifest.endpoints.filter { $0.applies(to: included) }.map(\.request))
  }

  /// The paths `plan` would write, without rendering anything: cheap enough to redraw a
  /// preview on every key press.
  public func paths(name: String, features chosen: some Sequence<String>) throws(ScaffoldError) -> [String] {
    let included = Set(try manifest.closure(of: chosen))
    let paths = manifest.files.filter { $0.applies(to: included) }.map {
      Self.projectPath($0.path, name: name)
    }
    return (paths + [ProjectMarker.fileName]).sorted()
  }

  /// The code of region `region` of one template, rendered as it would be generated.
  ///
  /// Lessons show samples through this, so what is read is what runs. `templatePath` is the
  /// path inside the sample's folder (`_project_/__init__.py`); the region must survive the
  /// chosen features, or this throws, naming the regions that are there.
  public func region(
    _ region: String, of templatePath: String, features chosen: some Sequence<String>,
    projectName: String = "mysite", secretKey: String = secretKeyPlaceholder
  ) throws(ScaffoldError) -> String {
    let included = Set(try manifest.closure(of: chosen))
    let context = Self.context(
      projectName: projectName, secretKey: secretKey, features: included, manifest: manifest)
    let rendered = try render(templatePath, context: context)
    guard let code = RegionMarker.extract(region, from: rendered) else {
      throw .missingRegion(
        region, path: "samples/\(framework.rawValue)/\(templatePath)",
        available: RegionMarker.names(in: rendered))
    }
    return code
  }

  /// The code of one region of a sample's template, for a lesson to show.
  ///
  /// A shorthand for `SampleRenderer(framework:contentFiles:).region(...)`, e.g.
  /// `region(framework: .flask, templatePath: "_project_/__init__.py", region: "factory",
  /// features: ["orm"], projectName: "blog", contentFiles: files)`.
  public static func region(
    framework: Framework, templatePath: String, region: String, features: [String],
    projectName: String = "mysite",
    contentFiles: [String: String]
  ) throws(ScaffoldError) -> String {
    try SampleRenderer(framework: framework, contentFiles: contentFiles)
      .region(region, of: templatePath, features: features, projectName: projectName)
  }

  /// The regions every feature together makes visible in a template, for checking lessons.
  public func regionNames(in templatePath: String) throws(ScaffoldError) -> [String] {
    let context = Self.context(
      projectName: "mysite", secretKey: Self.secretKeyPlaceholder,
      features: Set(manifest.features.map(\.name)), manifest: manifest)
    return RegionMarker.names(in: try render(templatePath, context: context))
  }

  private func render(_ templatePath: String, context: SampleTemplate.Context) throws(ScaffoldError) -> String
  {
    guard let text = templates[templatePath] else {
      throw .missingTemplate("Lessons/samples/\(framework.rawValue)/\(templatePath)")
    }
    // Files with no tag at all (most of .gitignore, empty __init__.py) are kept byte for byte.
    guard text.containsBytes("<%") else { return text }
    do {
      return try parsed.template(templatePath) { () throws(SampleTemplate.SyntaxError) in
        try SampleTemplate(text)
      }.render(context)
    } catch {
      throw .template(path: "Lessons/samples/\(framework.rawValue)/\(templatePath)", message: "\(error)")
    }
  }

  static func context(
    projectName: String, secretKey: String, features: Set<String>, manifest: SampleManifest
  ) -> SampleTemplate.Context {
    SampleTemplate.Context(
      values: [
        "project_name": projectName,
        "secret_key": secretKey,
        "crossroads_version": CrossroadsVersion.current,
      ],
      flags: features.intersection(manifest.features.map(\.name)))
  }

  /// A template's path in the generated project: each `_project_` segment becomes the name.
  static func projectPath(_ templatePath: String, name: String) -> String {
    templatePath.split(separator: "/", omittingEmptySubsequences: false)
      .map { $0 == "_project_" ? name : String($0) }
      .joined(separator: "/")
  }
}

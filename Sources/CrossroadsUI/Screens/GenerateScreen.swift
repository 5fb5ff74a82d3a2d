import CrossroadsCore

/// The generate screen: framework, name, folder and features, with the file tree previewed
/// live, and nothing written until Generate is pressed.
public struct GenerateScreen: Sendable, Equatable, KeyedScreen {
  /// The part of the form that keys go to.
  public enum Field: Sendable, Equatable {
    case framework
    case name
    case folder
    case feature(Int)
    case generate
    /// The file tree: ↑↓ pick a file, Enter opens it.
    case preview
  }

  public var framework: Framework
  public var name: String
  public var folder: String
  /// Features ticked by hand; the ones they require are shown ticked too.
  public var ticked: Set<String>
  public var focus: Field = .name
  /// The line of the preview picked when it has the focus, and the first line shown.
  public var preview = ListCursor()
  public var previewSelection: Int { preview.selection }
  public var previewScroll: Int {
    get { preview.scroll }
    set { preview.scroll = newValue }
  }
  public var outcome: GenerationOutcome?
  /// The questionnaire's answers this sample follows, recorded in its marker.
  public let answers: Answers?
  /// Set while the runtime writes, so Enter is not pressed twice.
  public var writing = false
  /// Each framework's sample, or why it cannot be read.
  private let renderers: [Framework: SampleRenderer]
  private let loadError: String?
  /// The preview's tree as last listed: it is drawn on every key, and listing it again each
  /// time was a fifth of a key's work on this screen.
  private var listed: PreviewTree?

  /// The preview's lines, and the path each file's line opens, for one project and glyphs.
  struct PreviewTree: Sendable, Equatable {
    /// What the tree depends on.
    struct Key: Sendable, Equatable {
      let framework: Framework
      let name: String
      let features: [String]
      let ascii: Bool
    }

    let key: Key
    let lines: [String]
    let paths: [String?]
  }

  public init(
    contentFiles: [String: String], folder: String, framework: Framework = .flask, name: String = "",
    features: [String] = [], answers: Answers? = nil
  ) {
    self.answers = answers
    var renderers: [Framework: SampleRenderer] = [:]
    var loadError: String?
    for candidate in Framework.allCases {
      do {
        renderers[candidate] = try SampleRenderer(framework: candidate, contentFiles: contentFiles)
      } catch {
        loadError = error.description
      }
    }
    self.renderers = renderers
    self.loadError = loadError
    self.framework = framework
    self.name = name
    self.folder = folder
    self.ticked = Set(features)
  }

  enum Action: Sendable, Equatable {
    case focusPrevious, focusNext, nextField
    case scrollPreview(Int)
    case change, activate, back
    case previewUp, previewDown
    case previewPage(Int)
    case previewFirst, previewLast, openFile
  }

  private static let move = KeyTable<Action>.Entry(
    "↑↓ Tab", "move", [([.up, .backTab], .focusPrevious), ([.down, .tab], .focusNext)])
  private static let scroll = KeyTable<Action>.Entry(
    "PgUp/PgDn", "scroll the preview", inStatusLine: false,
    [([.pageUp], .scrollPreview(-5)), ([.pageDown], .scrollPreview(5))])
  /// In the form, ← and `h` switch a choice, and in a text field Backspace and letters are
  /// text: only Esc (and Backspace or `q` outside text) goes back.
  private static let back = KeyTable<Action>.Entry(
    "Esc", "back", [.escape, .backspace, .character("q")], .back)

  func keys(_ context: ScreenContext) -> KeyTable<Action> {
    switch focus {
    case .name, .folder:
      KeyTable([
        Self.move, .init("Enter", "next", [.enter], .nextField), .init("Esc", "back", [.escape], .back),
        .init("Backspace", "erase", inStatusLine: false, [], .back), Self.scroll,
      ])
    case .framework:
      KeyTable([
        Self.move,
        .init(
          "←→", "switch", [.left, .right, .character("h"), .character("l"), .character(" "), .enter], .change),
        Self.back, Self.scroll,
      ])
    case .feature:
      KeyTable([
        Self.move,
        .init(
          "Space", "tick", [.character(" "), .enter, .left, .right, .character("h"), .character("l")], .change
        ),
        Self.back, Self.scroll,
      ])
    case .generate:
      KeyTable([
        Self.move,
        .init(
          "Enter", { if case .written = outcome { "run it" } else { "generate" } }(),
          [.enter, .character(" ")],
          .activate),
        Self.back, Self.scroll,
      ])
    case .preview:
      KeyTable([
        .init("↑↓", "pick a file", [(Key.upKeys, .previewUp), (Key.downKeys, .previewDown)]),
        .init("Enter", "open it", Key.openKeys, .openFile),
        .init("Tab", "back to the form", [.backTab, .tab], .focusPrevious),
        Self.back,
        .init(
          "PgUp/PgDn Home/End", "jump", inStatusLine: false,
          [
            ([.pageUp], .previewPage(-1)), ([.pageDown], .previewPage(1)), ([.home], .previewFirst),
            ([.end], .previewLast),
          ]),
      ])
    }
  }

  private var manifest: SampleManifest? { renderers[framework]?.manifest }

  private var featureNames: [String] { manifest?.features.map(\.name) ?? [] }

  /// The features that will be generated: the ticked ones and what they need.
  public var features: [String] { (try? manifest?.closure(of: ticked.filter(featureNames.contains))) ?? [] }

  var focusIsText: Bool { focus == .name || focus == .folder }

  private var fields: [Field] {
    [.framework, .name, .folder] + featureNames.indices.map { .feature($0) } + [.generate, .preview]
  }

  private var nameError: ProjectNameError? {
    do {
      _ = try ProjectName(name)
      return nil
    } catch {
      return error
    }
  }

  mutating func perform(_ action: Action, _ context: ScreenContext) -> Navigation {
    defer { listed = previewTree(ascii: context.glyphs == .ascii) }
    switch action {
    case .focusPrevious: moveFocus(by: -1)
    case .focusNext: moveFocus(by: 1)
    // The next field there is: a sample that cannot be read has no features to go to.
    case .nextField: moveFocus(by: 1)
    case .scrollPreview(let lines): previewScroll = max(0, previewScroll + lines)
    case .back: return .back
    case .change:
      switch focus {
      case .framework: switchFramework()
      case .feature(let index): toggle(featureNames[index])
      default: break
      }
    case .activate:
      // Once written, the button runs the project it wrote.
      if case .written(let path, _) = outcome {
        return .push(.run(RunScreen(directory: path, session: context.freshSession)))
      }
      return generate()
    case .previewUp where previewSelection == 0:
      moveFocus(by: -1)
    case .previewUp, .previewDown, .previewPage, .previewFirst, .previewLast:
      movePreview(action, context)
    case .openFile:
      let entries = previewEntries(ascii: context.glyphs == .ascii)
      guard entries.indices.contains(previewSelection), let path = entries[previewSelection].path,
        let file = renderedFile(path)
      else { return .stay }
      return .push(.generatedFile(GeneratedFileScreen(path: projectDisplayName + "/" + path, text: file)))
    }
    return .stay
  }

  /// A click focuses the field under it (a second click on a choice or the button acts as
  /// Enter does); in the preview, it picks a file and a second click opens it.
  mutating func click(at point: Point, _ context: ScreenContext) -> Navigation {
    let area = context.body
    let previewWidth = min(36, max(28, area.width / 3))
    if point.x >= area.maxX - previewWidth - 1 {
      let entries = previewEntries(ascii: context.glyphs == .ascii)
      let rows = max(1, area.height - 2)
      // Where the preview is drawn: its scroll kept within the list, as the frame draws it.
      var shown = preview
      shown.scroll = min(previewScroll, max(0, entries.count - rows))
      guard let row = shown.row(atLine: point.y, top: area.y + 1, count: entries.count, visible: rows) else {
        return .stay
      }
      let again = focus == .preview && row == preview.selection
      focus = .preview
      preview.select(row, count: entries.count, visible: rows)
      return again ? perform(.openFile, context) : .stay
    }
    // The form's rows, as `drawForm` lays them out.
    let line = point.y - (area.y + 1)
    let features = featureNames.count
    let field: Field? =
      switch line {
      case 0: .framework
      case 2: .name
      case 7: .folder
      case 9..<(9 + features): .feature(line - 9)
      case 9 + features + 1: .generate
      default: nil
      }
    guard let field else { return .stay }
    let again = field == focus
    focus = field
    guard again else { return .stay }
    switch field {
    case .framework, .feature: return perform(.change, context)
    case .generate: return perform(.activate, context)
    default: return .stay
    }
  }

  /// Typed text goes to the focused text field.
  mutating func unbound(_ key: Key, _ context: ScreenContext) -> Navigation {
    defer { listed = previewTree(ascii: context.glyphs == .ascii) }
    guard focusIsText else { return .stay }
    var text = focus == .name ? name : folder
    switch key {
    case .backspace:
      if !text.isEmpty { text.removeLast() }
    case .character(let character):
      text.append(character)
    default:
      return .stay
    }
    if focus == .name { name = text } else { folder = text }
    outcome = nil
    return .stay
  }

  private mutating func movePreview(_ action: Action, _ context: ScreenContext) {
    let count = previewEntries(ascii: context.glyphs == .ascii).count
    let rows = max(1, context.body.height - 2)
    switch action {
    case .previewUp: preview.move(by: -1, count: count, visible: rows)
    case .previewDown: preview.move(by: 1, count: count, visible: rows)
    case .previewPage(let pages): preview.move(by: pages * rows, count: count, visible: rows)
    case .previewFirst: preview.select(0, count: count, visible: rows)
    case .previewLast: preview.select(count - 1, count: count, visible: rows)
    default: return
    }
  }

  /// The name shown in the preview: the typed one once it is valid.
  private var projectDisplayName: String {
    ProjectName.isValid(name) ? name : (name.isEmpty ? "NAME" : name)
  }

  private func previewEntries(ascii: Bool) -> [(line: String, path: String?)] {
    let tree = previewTree(ascii: ascii)
    return Array(zip(tree.lines, tree.paths))
  }

  /// The tree as listed already, unless the project or the glyphs changed since.
  private func previewTree(ascii: Bool) -> PreviewTree {
    let features = features
    let key = PreviewTree.Key(
      framework: framework, name: projectDisplayName, features: features, ascii: ascii)
    if let listed, listed.key == key { return listed }
    let paths = (try? renderers[framework]?.paths(name: key.name, features: features)) ?? []
    let entries = FileTree(paths: paths).entries(root: key.name, ascii: ascii)
    return PreviewTree(key: key, lines: entries.map(\.line), paths: entries.map(\.path))
  }

  /// A file as it would be generated, with a stand-in for the secret key (each project
  /// gets its own when written); nil until the name is valid.
  private func renderedFile(_ path: String) -> String? {
    guard let projectName = try? ProjectName(name), let renderer = renderers[framework] else { return nil }
    return try? renderer.file(
      at: path, name: projectName, features: features, secretKey: SampleRenderer.secretKeyPlaceholder)
  }

  private mutating func moveFocus(by step: Int) {
    let all = fields
    let index = all.firstIndex(of: focus) ?? 0
    focus = all[min(max(0, index + step), all.count - 1)]
  }

  private mutating func switchFramework() {
    framework = framework == .flask ? .django : .flask
    outcome = nil
    previewScroll = 0
  }

  /// Ticks a feature with what it needs, or unticks it with what needs it.
  private mutating func toggle(_ feature: String) {
    guard let manifest else { return }
    if features.contains(feature) {
      ticked = ticked.filter { !((try? manifest.closure(of: [$0]))?.contains(feature) ?? false) }
    } else {
      ticked.insert(feature)
    }
    outcome = nil
  }

  private mutating func generate() -> Navigation {
    guard !writing else { return .stay }
    if nameError != nil {
      focus = .name
      return .stay
    }
    writing = true
    outcome = nil
    return .perform([
      .generate(
        GenerationRequest(
          framework: framework, name: name, features: features, parent: folder, answers: answers))
    ])
  }

  /// Called with the runtime's answer.
  mutating func finish(_ result: GenerationOutcome) {
    writing = false
    outcome = result
  }

  // MARK: - Drawing

  func draw(into canvas: inout Canvas, _ context: ScreenContext) {
    let area = context.body
    if let loadError, renderers[framework] == nil {
      canvas.put(loadError, x: 2, y: area.y + 1, style: .error, limit: area.width - 4)
      return
    }
    let previewWidth = min(36, max(28, area.width / 3))
    // The form starts two cells in and stops two cells short of the preview's frame.
    let formWidth = area.width - previewWidth - 5
    drawForm(into: &canvas, context, width: formWidth)
    drawPreview(
      into: &canvas, context,
      frame: Rect(x: area.maxX - previewWidth - 1, y: area.y, width: previewWidth, height: area.height))
  }

  private func drawForm(into canvas: inout Canvas, _ context: ScreenContext, width: Int) {
    let area = context.body
    let left = area.x + 2
    let valueX = left + 11
    let valueWidth = width - 11
    var y = area.y + 1

    label("Framework", focused: focus == .framework, x: left, y: y, into: &canvas, context)
    var x = valueX
    for candidate in Framework.allCases {
      let chosen = candidate == framework
      let text = (chosen ? context.glyphs.radioOn : context.glyphs.radioOff) + " " + candidate.name
      var style: Style = chosen ? (candidate == .flask ? .flask : .django) : .muted
      if chosen && focus == .framework { style = .selected }
      x += canvas.put(text, x: x, y: y, style: style) + 3
    }
    y += 2

    label("Name", focused: focus == .name, x: left, y: y, into: &canvas, context)
    drawTextField(name, focused: focus == .name, x: valueX, y: y, width: valueWidth, into: &canvas)
    // Three rows are kept for the name's verdict, so the form does not jump as it changes.
    if let nameError {
      let message = name.isEmpty ? "Type a name, e.g. blog." : nameError.description
      let wrapped = TextWrap.wrap([StyledRun(message, name.isEmpty ? .muted : .error)], width: valueWidth)
      for (row, line) in wrapped.prefix(3).enumerated() {
        canvas.put(line, x: valueX, y: y + 1 + row)
      }
    } else {
      canvas.put(context.glyphs.done + " a valid name", x: valueX, y: y + 1, style: .muted)
    }
    y += 5

    label("Folder", focused: focus == .folder, x: left, y: y, into: &canvas, context)
    drawTextField(folder, focused: focus == .folder, x: valueX, y: y, width: valueWidth, into: &canvas)
    y += 2

    canvas.put("Features", x: left, y: y, style: .strong)
    let chosen = Set(features)
    for (index, feature) in (manifest?.features ?? []).enumerated() {
      let focused = focus == .feature(index)
      let isTicked = chosen.contains(feature.name)
      let needed = isTicked && !ticked.contains(feature.name)
      let text =
        (isTicked ? context.glyphs.checkOn : context.glyphs.checkOff) + " " + feature.name
        + (needed ? "  (needed)" : "")
      canvas.put(
        text.padded(toCells: 20), x: valueX, y: y, style: focused ? .selected : (isTicked ? .strong : .plain))
      y += 1
    }
    y += 1

    let written: Bool = if case .written = outcome { true } else { false }
    let button = writing ? "[ Writing\(context.glyphs.ellipsis) ]" : written ? "[ Run it ]" : "[ Generate ]"
    canvas.put(button, x: valueX, y: y, style: focus == .generate ? .selected : .key)
    y += 1

    // What the focused part does, or what happened: one place for the explanation.
    var detail: StyledLine?
    switch outcome {
    case .written(let path, let count):
      detail = StyledLine(
        "\(context.glyphs.done) Wrote \(count) files to \(path). Enter on Run it sets it up and starts it.",
        .strong)
    case .refused(let message):
      detail = StyledLine(message, .error)
    case nil:
      switch focus {
      case .feature(let index):
        if let feature = manifest?.features[index] { detail = StyledLine(feature.summary, .muted) }
      case .generate:
        detail = StyledLine("Writes \(target), never into a folder that exists.", .muted)
      case .framework:
        detail = StyledLine(manifest.map { "Sample: \($0.requirementsNote)" } ?? "", .muted)
      case .folder:
        detail = StyledLine("The project is written into this folder as a new folder of its name.", .muted)
      case .name:
        detail = nil
      case .preview:
        detail = StyledLine(
          ProjectName.isValid(name)
            ? "↑↓ pick a file, Enter opens it as it will be written."
            : "Type a valid name to open the files.", .muted)
      }
    }
    if let detail {
      for line in TextWrap.wrap(detail.runs, width: width - 2).prefix(max(0, area.maxY - y - 1)) {
        y += 1
        canvas.put(line, x: left, y: y)
      }
    }
  }

  private var target: String {
    (folder.hasSuffix("/") ? folder : folder + "/") + (name.isEmpty ? "NAME" : name)
  }

  private func label(
    _ text: String, focused: Bool, x: Int, y: Int, into canvas: inout Canvas, _ context: ScreenContext
  ) {
    canvas.put(focused ? context.glyphs.pointer : " ", x: x - 2, y: y, style: .key)
    canvas.put(text, x: x, y: y, style: .strong)
  }

  /// A one-line field; a long value shows its end, where typing happens.
  private func drawTextField(
    _ text: String, focused: Bool, x: Int, y: Int, width: Int, into canvas: inout Canvas
  ) {
    let shown = focused ? text + "_" : text
    let visible = shown.cellWidth > width ? String(shown.suffix(width)) : shown
    canvas.put(visible.padded(toCells: width), x: x, y: y, style: focused ? Style(underline: true) : .plain)
  }

  private func drawPreview(into canvas: inout Canvas, _ context: ScreenContext, frame: Rect) {
    let entries = previewEntries(ascii: context.glyphs == .ascii)
    let lines = entries.map(\.line)
    let fileCount = entries.filter { $0.path != nil }.count
    canvas.box(
      frame, style: focus == .preview ? .key : .frame, title: "Preview: \(fileCount) files")
    let rows = frame.height - 2
    let scroll = min(previewScroll, max(0, lines.count - rows))
    for (row, line) in lines.dropFirst(scroll).prefix(rows).enumerated() {
      let picked = focus == .preview && scroll + row == previewSelection
      canvas.put(
        line.truncated(toCells: frame.width - 3, ellipsis: context.glyphs.ellipsis), x: frame.x + 2,
        y: frame.y + 1 + row, style: picked ? .selected : (line.hasSuffix("/") ? .strong : .plain))
    }
    if scroll > 0 { canvas.put(context.glyphs.scrollUp, x: frame.maxX - 2, y: frame.y + 1, style: .muted) }
    if scroll + rows < lines.count {
      canvas.put(context.glyphs.scrollDown, x: frame.maxX - 2, y: frame.maxY - 2, style: .muted)
    }
  }
}

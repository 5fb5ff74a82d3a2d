/// A generated project's name: a Python package name that imports cleanly and hides nothing.
///
/// The name becomes a folder and an importable package (`blog/__init__.py`), so it must be
/// an identifier Python accepts on every system, and must not shadow a module the sample,
/// its tests or its tools import.
public struct ProjectName: Sendable, Hashable, CustomStringConvertible {
  public let value: String

  public static let maximumLength = 40

  /// Checks `text` against every rule, in the order a person would fix them.
  public init(_ text: String) throws(ProjectNameError) {
    if let rule = Self.brokenRule(text) {
      throw ProjectNameError(name: text, rule: rule, suggestion: Self.suggestion(for: text))
    }
    value = text
  }

  public var description: String { value }

  /// Whether `text` is a valid project name.
  public static func isValid(_ text: String) -> Bool { brokenRule(text) == nil }

  static func brokenRule(_ text: String) -> ProjectNameError.Rule? {
    guard !text.isEmpty else { return .empty }
    let scalars = text.unicodeScalars
    if let bad = scalars.first(where: { !isAllowed($0) }) { return .character(Character(bad)) }
    guard let first = scalars.first, isLetter(first) else { return .start }
    guard scalars.count <= maximumLength else { return .length(scalars.count) }
    if PythonNames.keywords.contains(text) { return .keyword }
    if PythonNames.standardLibrary.contains(text) { return .standardLibrary }
    if PythonNames.sampleModules.contains(text) { return .sampleModule }
    return nil
  }

  /// A valid name close to `text`, or nil when nothing of it can be kept.
  ///
  /// Lowercases, turns every other character into `_`, puts a letter first, shortens, and
  /// adds `_app` to a name that is taken by Python.
  public static func suggestion(for text: String) -> String? {
    var fixed = ""
    for scalar in text.unicodeScalars {
      let lower = scalar.properties.lowercaseMapping.unicodeScalars
      if lower.count == 1, let only = lower.first, isAllowed(only) {
        fixed.unicodeScalars.append(only)
      } else if !fixed.isEmpty, !fixed.hasSuffix("_") {
        fixed += "_"
      }
    }
    while fixed.hasSuffix("_") { fixed.removeLast() }
    fixed = String(fixed.drop(while: { $0 == "_" }))
    guard !fixed.isEmpty else { return nil }
    if let first = fixed.unicodeScalars.first, !isLetter(first) { fixed = "app_" + fixed }
    if fixed.unicodeScalars.count > maximumLength {
      fixed = String(String.UnicodeScalarView(fixed.unicodeScalars.prefix(maximumLength)))
      while fixed.hasSuffix("_") { fixed.removeLast() }
    }
    if brokenRule(fixed) != nil {
      let base = String(String.UnicodeScalarView(fixed.unicodeScalars.prefix(maximumLength - 4)))
      fixed = base + "_app"
    }
    return isValid(fixed) ? fixed : nil
  }

  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) }

  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    isLetter(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
  }
}

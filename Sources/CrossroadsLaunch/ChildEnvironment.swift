/// The environment a child gets: the person's, less what would point it at another
/// project, plus what the launch sets itself.
///
/// A Django developer's shell often exports `DJANGO_SETTINGS_MODULE` for their own project,
/// and a Flask one `FLASK_APP` or `FLASK_RUN_CERT`; any of these would make the sample load
/// the wrong settings or fail to start. So every `FLASK_*` and `DJANGO_*` variable, and the
/// Python ones that change which code runs, are removed before the launch's own are set.
public enum ChildEnvironment {
  /// Prefixes of variables that belong to the person's own Flask or Django projects.
  public static let removedPrefixes = ["FLASK_", "DJANGO_"]
  /// Python variables that would load other code or another environment into the child.
  public static let removedNames: Set<String> = [
    "PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONSAFEPATH", "PYTHONUSERBASE", "VIRTUAL_ENV",
    "CONDA_PREFIX", "PYTHONINSPECT",
  ]

  /// Whether the person's variable `name` is withheld from children.
  public static func isRemoved(_ name: String) -> Bool {
    removedNames.contains(name) || removedPrefixes.contains { name.hasPrefix($0) }
  }

  /// `inherited` less the removed variables, with `set` applied (a nil value removes one).
  public static func make(inherited: [String: String], set: [String: String?]) -> [String: String] {
    var result = inherited.filter { !isRemoved($0.key) }
    for (name, value) in set {
      if let value { result[name] = value } else { result.removeValue(forKey: name) }
    }
    return result
  }
}

import CrossroadsCore

/// The reader's progress, kept in `$XDG_STATE_HOME/crossroads/progress.json`.
enum ProgressStore {
  static var file: StateFile<CourseProgress> {
    StateFile(named: "progress.json", environment: Environment.current)
  }

  /// The saved progress, or a fresh start with a notice saying why.
  static func load() -> (progress: CourseProgress, notice: String?) {
    switch file.load() {
    case .missing:
      return (CourseProgress(), nil)
    case .value(let progress):
      return (progress, nil)
    case .corrupt(let keptAs):
      return (
        CourseProgress(),
        "Your progress file could not be read; it is kept as \(keptAs) and you start afresh."
      )
    }
  }
}

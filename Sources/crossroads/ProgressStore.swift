import CrossroadsCore

/// The reader's progress, kept in `$XDG_STATE_HOME/crossroads/progress.json`.
enum ProgressStore {
  static var file: StateFile<CourseProgress> {
    StateFile(named: "progress.json", environment: ProcessEnvironment.current)
  }

  /// The saved progress, or a fresh start with a notice saying why; `savable` is false
  /// when an unreadable file could not be moved aside, so it must not be saved over.
  static func load() -> (progress: CourseProgress, notice: String?, savable: Bool) {
    switch file.load() {
    case .missing:
      return (CourseProgress(), nil, true)
    case .value(let progress):
      return (progress, nil, true)
    case .corrupt(let keptAs, let reason):
      return (
        CourseProgress(), StoredFile.notice("Your progress file", reason: reason, keptAs: keptAs),
        keptAs != nil
      )
    }
  }
}

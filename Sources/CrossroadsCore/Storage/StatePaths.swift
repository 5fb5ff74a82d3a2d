/// Where Crossroads keeps what it remembers between runs, following the XDG base directories.
public enum StatePaths {
  /// `$XDG_STATE_HOME/crossroads`, or `~/.local/state/crossroads`; nil without a home.
  public static func directory(environment: [String: String]) -> String? {
    // The specification says to ignore a relative XDG_STATE_HOME.
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/crossroads"
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return home + "/.local/state/crossroads"
  }

  /// The last answers given to the questionnaire, offered on the next visit.
  public static func answers(environment: [String: String]) -> String? {
    directory(environment: environment).map { $0 + "/answers.json" }
  }
}

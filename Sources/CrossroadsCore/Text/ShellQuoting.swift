/// Words written so a POSIX shell reads them back unchanged, for commands people paste.
public enum ShellQuoting {
  /// `word` as one shell word: as it is when only safe characters make it up, otherwise in
  /// single quotes, where nothing is special but the quote itself (written `'\''`).
  public static func quoted(_ word: String) -> String {
    let safe =
      !word.isEmpty
      && word.unicodeScalars.allSatisfy { scalar in
        scalar.isASCII
          && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            || "@%+=:,./_-".unicodeScalars.contains(scalar))
      }
    if safe { return word }
    return "'" + word.replacing("'", with: #"'\''"#) + "'"
  }
}

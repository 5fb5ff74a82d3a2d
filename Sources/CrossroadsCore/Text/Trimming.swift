extension StringProtocol where SubSequence == Substring {
  /// The text without the spaces and tabs that end it.
  public var trimmingTrailingSpaces: Substring {
    let text = self[...]
    guard let last = text.lastIndex(where: { $0 != " " && $0 != "\t" }) else {
      return text[text.startIndex..<text.startIndex]
    }
    return text[...last]
  }
}

extension StringProtocol {
  /// The text without leading and trailing white space (spaces, tabs, line breaks).
  public var trimmingSpaces: String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else {
      return ""
    }
    return String(self[first...last])
  }
}

/// A piece of text drawn in one style.
public struct StyledRun: Sendable, Equatable {
  public var text: String
  public var style: Style

  public init(_ text: String, _ style: Style = .plain) {
    self.text = text
    self.style = style
  }
}

/// One line of styled text, measured in terminal cells.
public struct StyledLine: Sendable, Equatable {
  public var runs: [StyledRun]

  public init(_ runs: [StyledRun] = []) {
    self.runs = runs
  }

  public init(_ text: String, _ style: Style = .plain) {
    self.runs = [StyledRun(text, style)]
  }

  public var cellWidth: Int { runs.reduce(0) { $0 + $1.text.cellWidth } }
  public var plain: String { runs.map(\.text).joined() }

  public static let blank = StyledLine()
}

/// One line of the measured table: a figure of each side, the better one, and what it means.
public struct MeasureRow: Sendable, Equatable {
  public let label: String
  /// Each side's figure as shown ("45.1 MB", "cached"), or nil when it has none.
  public let flask: String?
  public let django: String?
  /// The numbers the bars are drawn from; nil draws no bar.
  public let flaskValue: Double?
  public let djangoValue: Double?
  /// The side whose figure is better, or nil when they are about even or one is missing.
  public let winner: Framework?
  /// One plain sentence that says what the two figures mean.
  public let sentence: String

  public init(
    label: String, flask: String?, django: String?, flaskValue: Double?, djangoValue: Double?,
    winner: Framework?, sentence: String
  ) {
    self.label = label
    self.flask = flask
    self.django = django
    self.flaskValue = flaskValue
    self.djangoValue = djangoValue
    self.winner = winner
    self.sentence = sentence
  }

  public func text(_ framework: Framework) -> String? { framework == .flask ? flask : django }
  public func value(_ framework: Framework) -> Double? { framework == .flask ? flaskValue : djangoValue }
}

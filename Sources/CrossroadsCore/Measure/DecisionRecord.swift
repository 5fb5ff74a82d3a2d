/// A decision record in Markdown, for a lead to paste into a document: the questionnaire's
/// answers, the advisor's recommendation and its reasons, and, after a measure, the figures.
public struct DecisionRecord: Sendable {
  /// The recommendation the answers lead to; nil when the measure was given features only.
  public var recommendation: Recommendation?
  public var questionnaire: Questionnaire
  /// The questions left out, whose defaults were taken.
  public var defaulted: [Question]
  /// The features of the sample measured, when no answers chose them.
  public var features: [String]
  public var report: MeasureReport?

  public init(
    recommendation: Recommendation?, questionnaire: Questionnaire, defaulted: [Question] = [],
    features: [String] = [], report: MeasureReport? = nil
  ) {
    self.recommendation = recommendation
    self.questionnaire = questionnaire
    self.defaulted = defaulted
    self.features = features
    self.report = report
  }

  public var markdown: String {
    var lines = ["# Decision record: Flask or Django", ""]
    lines += answers
    lines += recommended
    if let report { lines += measured(report) }
    return lines.joined(separator: "\n") + "\n"
  }

  private var answers: [String] {
    guard let recommendation else {
      let chosen = features.isEmpty ? "none" : features.joined(separator: ", ")
      return [
        "## The answers", "",
        "No questionnaire answers were given; the sample's features were chosen directly: \(chosen). "
          + "`crossroads advise --save-answers FILE` records answers to pass with `--answers FILE`.", "",
      ]
    }
    var lines = ["## The answers", "", "| Question | Answer |", "| --- | --- |"]
    let defaulted = Set(defaulted.map(\.id))
    for question in questionnaire.questions {
      let answer = question.describe(recommendation.answers[question.id])
      lines.append(
        "| \(cell(question.prompt)) | \(cell(answer))\(defaulted.contains(question.id) ? " (default)" : "") |"
      )
    }
    lines.append("")
    return lines
  }

  private var recommended: [String] {
    guard let recommendation else { return [] }
    let percent = Int((recommendation.confidence * 100).rounded())
    var lines = [
      "## The recommendation", "",
      "**\(recommendation.headline)** (confidence \(percent)%, \(recommendation.strength)). "
        + "Scores: Flask \(recommendation.flaskScore), Django \(recommendation.djangoScore).", "",
    ]
    if recommendation.reasons.isEmpty {
      lines.append("No answer favours either framework.")
    } else {
      lines.append("Why, strongest first:")
      lines.append("")
      for reason in recommendation.reasons {
        lines.append("- **+\(reason.weight) \(reason.favours.name)**, \(reason.answer): \(reason.why)")
      }
    }
    lines.append("")
    let change =
      recommendation.whatIf?.sentence
      ?? "no single change of answer would put \(recommendation.lean.other.name) ahead."
    lines.append("What would change it: \(change)")
    let features = recommendation.features.joined(separator: ", ")
    lines.append("")
    lines.append("Sample features: \(features.isEmpty ? "none" : features).")
    lines.append("")
    return lines
  }

  private func measured(_ report: MeasureReport) -> [String] {
    var lines = ["## Measured on this machine", ""]
    let versions = Framework.allCases.map { report[$0].frameworkVersion ?? $0.name }
    let features = report.features.isEmpty ? "no optional feature" : report.features.joined(separator: ", ")
    lines.append(
      "The same app (\(features)) generated in both frameworks: \(versions[0]) and \(versions[1]).")
    lines.append("")
    lines.append("| Figure | Flask | Django | Better |")
    lines.append("| --- | ---: | ---: | --- |")
    for row in report.rows {
      lines.append(
        "| \(cell(row.label)) | \(cell(row.flask ?? "–")) | \(cell(row.django ?? "–")) | \(row.winner?.name ?? "even") |"
      )
    }
    lines.append("")
    lines.append("What the figures say:")
    lines.append("")
    lines += report.rows.map { "- " + $0.sentence }
    lines.append("")
    for framework in Framework.allCases {
      let side = report[framework]
      guard let error = side.error else { continue }
      lines.append(
        "**\(framework.name) could not be measured in full**\(side.failedStep.map { " (\($0))" } ?? ""): \(error)"
      )
      lines.append("")
      if !side.lastLines.isEmpty {
        lines.append("```")
        lines += side.lastLines.suffix(15)
        lines.append("```")
        lines.append("")
      }
    }
    for path in report.latencyPaths {
      lines.append("`GET \(path)`:")
      lines.append("")
      for framework in Framework.allCases {
        guard let endpoint = report.endpoint(report[framework], path) else { continue }
        let status = endpoint.status.map(String.init) ?? "no answer"
        lines.append("- \(framework.name) (`\(endpoint.path)`, \(status)): `\(inline(endpoint.body))`")
      }
      lines.append("")
    }
    lines.append("*\(report.note)*")
    return lines
  }

  /// Text safe inside a table cell: no pipes or line breaks.
  private func cell(_ text: String) -> String {
    text.replacing("|", with: "\\|").replacing("\n", with: " ")
  }

  /// A body as one line of inline code, cut at 200 characters.
  private func inline(_ body: String) -> String {
    let line = body.split(whereSeparator: { $0.isNewline }).joined(separator: " ").replacing("`", with: "'")
    return line.count > 200 ? String(line.prefix(199)) + "…" : line
  }
}

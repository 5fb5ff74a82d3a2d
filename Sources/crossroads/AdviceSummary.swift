import CrossroadsCore

/// The readable summary `crossroads advise` prints without `--json`.
enum AdviceSummary {
  static func text(_ result: Recommendation, questionnaire: Questionnaire, defaulted: [Question]) -> String {
    var lines: [String] = []
    let percent = Int((result.confidence * 100).rounded())
    lines.append("\(result.headline) (confidence \(percent)%, \(result.strength)).")
    lines.append("")
    let width = 30
    let scale = max(
      1, questionnaire.maximumScore(for: .flask), questionnaire.maximumScore(for: .django))
    for framework in Framework.allCases {
      let score = result.score(framework)
      let filled = score * width / scale
      let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
      lines.append("  \(framework.name.padding(6))  \(bar)  \(score)")
    }
    lines.append("")
    if result.reasons.isEmpty {
      lines.append("No answer favours either framework.")
    } else {
      lines.append("Why:")
      for reason in result.reasons {
        lines.append("  +\(reason.weight) \(reason.favours.name.padding(6))  \(reason.answer)")
        lines += PlainWrap.lines(reason.why, width: 66).map { "             " + $0 }
      }
    }
    lines.append("")
    lines.append(
      "What would change it: "
        + (result.whatIf?.sentence ?? "no single change of answer would put \(result.lean.other.name) ahead.")
    )
    let features = result.features.joined(separator: ", ")
    lines.append("Sample features for \(result.lean.name): \(features.isEmpty ? "none" : features)")
    if !defaulted.isEmpty {
      let defaults = defaulted.map { "\($0.id) \($0.describe($0.defaults))" }.joined(separator: ", ")
      lines.append("Defaults taken: \(defaults).")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  /// The text padded with spaces to `width` characters.
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}

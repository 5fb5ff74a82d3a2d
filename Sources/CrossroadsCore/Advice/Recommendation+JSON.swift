extension Recommendation {
  /// The recommendation as the one JSON object `crossroads advise --json` prints.
  ///
  /// Keys come in a fixed order, the order the command's documentation gives.
  public var json: String {
    let reasons = self.reasons.map { reason in
      "    {\"answer\": \(JSONText.string(reason.answer)), \"favours\": \(JSONText.string(reason.favours.rawValue)), "
        + "\"weight\": \(reason.weight), \"why\": \(JSONText.string(reason.why))}"
    }
    let features = self.features.map { JSONText.string($0) }.joined(separator: ", ")
    return """
      {
        "recommendation": \(JSONText.string(verdict.rawValue)),
        "lean": \(JSONText.string(lean.rawValue)),
        "scores": {"flask": \(flaskScore), "django": \(djangoScore)},
        "confidence": \(JSONText.fraction(confidence)),
        "reasons": [\(reasons.isEmpty ? "" : "\n" + reasons.joined(separator: ",\n") + "\n  ")],
        "what_if": \(whatIf.map { JSONText.string($0.sentence) } ?? "null"),
        "features": [\(features)]
      }

      """
  }
}

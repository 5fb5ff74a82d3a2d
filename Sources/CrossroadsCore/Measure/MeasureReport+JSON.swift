extension MeasureReport {
  /// The measure as the one JSON object `crossroads measure --json` prints.
  ///
  /// Every figure's key names its unit (`_ms`, `_bytes`, `_seconds`, `_rps`); a figure that
  /// could not be measured is null. Keys come in the order the command's documentation gives.
  public var json: String {
    let features = features.map(JSONText.string).joined(separator: ", ")
    return """
      {
        "features": [\(features)],
        "requests": \(requests),
        "server": \(JSONText.string(server.rawValue)),
        "workers": \(workers.map(String.init) ?? "null"),
        "connections": \(connections),
        "throughput_seconds": \(Self.number(throughputSeconds)),
        "machine": \(JSONText.string(machine)),
        "stopped": \(stopped),
        "sides": {
          "flask": \(Self.side(flask)),
          "django": \(Self.side(django))
        },
        "rows": [\(rows.map(Self.row).joined(separator: ",\n    ").prefixed("\n    "))\(rows.isEmpty ? "" : "\n  ")]
      }

      """
  }

  private static func side(_ side: MeasuredSide) -> String {
    let indent = "\n      "
    let packages = (side.packages ?? []).map { JSONText.string($0.name) }.joined(separator: ", ")
    let versions = (side.packages ?? []).map { "\(JSONText.string($0.name)): \(JSONText.string($0.version))" }
      .joined(separator: ", ")
    let endpoints = side.endpoints.map(endpoint).joined(separator: "," + indent + "  ")
    let tests = side.tests.map { tests in
      "{\"count\": \(tests.count.map(String.init) ?? "null"), \"seconds\": \(number(tests.seconds)), "
        + "\"passed\": \(tests.passed), \"summary\": \(JSONText.string(tests.summary))}"
    }
    let fields: [(String, String)] = [
      ("ok", "\(side.ok)"),
      ("error", side.error.map(JSONText.string) ?? "null"),
      ("failed_step", side.failedStep.map(JSONText.string) ?? "null"),
      ("last_lines", "[" + side.lastLines.map(JSONText.string).joined(separator: ", ") + "]"),
      ("folder", side.folder.map(JSONText.string) ?? "null"),
      ("server", side.server.map(JSONText.string) ?? "null"),
      ("version", side.frameworkVersion.map(JSONText.string) ?? "null"),
      ("files", side.code.map { "\($0.files)" } ?? "null"),
      ("python_lines", side.code.map { "\($0.pythonLines)" } ?? "null"),
      ("template_lines", side.code.map { "\($0.templateLines)" } ?? "null"),
      ("config_lines", side.code.map { "\($0.configLines)" } ?? "null"),
      ("packages", side.packages == nil ? "null" : "[\(packages)]"),
      ("package_versions", side.packages == nil ? "null" : "{\(versions)}"),
      ("env_bytes", side.environmentBytes.map(String.init) ?? "null"),
      ("installed", side.installed.map { "\($0)" } ?? "null"),
      ("install_seconds", side.installed == true ? side.installSeconds.map(number) ?? "null" : "null"),
      ("start_ms", side.startMilliseconds.map(number) ?? "null"),
      ("start_samples_ms", "[" + side.startSamples.map(number).joined(separator: ", ") + "]"),
      ("rss_bytes", side.rssBytes.map(String.init) ?? "null"),
      ("endpoints", "[" + (endpoints.isEmpty ? "" : indent + "  " + endpoints + indent) + "]"),
      ("throughput_path", side.throughputPath.map(JSONText.string) ?? "null"),
      ("throughput_rps", side.throughput.map(number) ?? "null"),
      ("tests", tests ?? "null"),
    ]
    return "{" + indent + fields.map { "\(JSONText.string($0.0)): \($0.1)" }.joined(separator: "," + indent)
      + "\n    }"
  }

  private static func endpoint(_ endpoint: MeasuredEndpoint) -> String {
    "{\"method\": \(JSONText.string(endpoint.method)), \"path\": \(JSONText.string(endpoint.path)), "
      + "\"status\": \(endpoint.status.map(String.init) ?? "null"), "
      + "\"median_ms\": \(endpoint.medianMilliseconds.map(number) ?? "null"), "
      + "\"p95_ms\": \(endpoint.p95Milliseconds.map(number) ?? "null"), "
      + "\"body\": \(JSONText.string(endpoint.body)), "
      + "\"problem\": \(endpoint.problem.map(JSONText.string) ?? "null"), "
      + "\"samples_ms\": [\(endpoint.samples.map(number).joined(separator: ", "))]}"
  }

  private static func row(_ row: MeasureRow) -> String {
    "{\"label\": \(JSONText.string(row.label)), \"flask\": \(row.flask.map(JSONText.string) ?? "null"), "
      + "\"django\": \(row.django.map(JSONText.string) ?? "null"), "
      + "\"winner\": \(row.winner.map { JSONText.string($0.rawValue) } ?? "null"), "
      + "\"sentence\": \(JSONText.string(row.sentence))}"
  }

  /// A figure with at most three decimals, written as JSON writes numbers: `410.0`, `1.234`.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    let text = MeasureFormat.decimal(value, places: 3)
    var trimmed = Substring(text)
    while trimmed.hasSuffix("0") && !trimmed.hasSuffix(".0") { trimmed = trimmed.dropLast() }
    return String(trimmed)
  }
}

extension String {
  /// The text after `prefix`, or nothing when the text is empty.
  fileprivate func prefixed(_ prefix: String) -> String { isEmpty ? "" : prefix + self }
}

/// The measure as plain text: a two-column table with a bar per figure and the better one
/// marked, a sentence per row, the shared endpoints' answers side by side, and what was measured.
public enum MeasureTable {
  /// The characters of bars and marks: Unicode under a UTF-8 locale, ASCII otherwise.
  public struct Style: Sendable, Equatable {
    public let full: String
    public let empty: String
    public let winner: String
    public let missing: String

    public static let unicode = Style(full: "█", empty: "░", winner: "✓", missing: "–")
    public static let ascii = Style(full: "#", empty: ".", winner: "*", missing: "-")
  }

  static let minimumLabelWidth = 20
  static let valueWidth = 11
  static let barWidth = 12

  /// Every line, at most `width` columns (the sentences and the note wrap).
  public static func lines(_ report: MeasureReport, style: Style, width: Int = 80) -> [String] {
    let width = max(width, 60)
    var lines: [String] = []
    let versions = Framework.allCases.map { report[$0].frameworkVersion ?? $0.name }
    let features =
      report.features.isEmpty ? "no optional feature" : "features: " + report.features.joined(separator: ", ")
    lines += wrap(
      "\(versions[0]) and \(versions[1]): the same app (\(features)), measured side by side.", width)
    lines.append("")
    let rows = report.rows
    let labelWidth = max(minimumLabelWidth, (rows.map(\.label.count).max() ?? 0) + 1)
    let column = valueWidth + 1 + barWidth + 2
    lines.append(pad("", labelWidth) + pad("       Flask", column) + "          Django")
    for row in rows {
      let line = pad(row.label, labelWidth) + cell(row, .flask, style) + "   " + cell(row, .django, style)
      lines.append(String(line.trimmingTrailingSpaces))
      lines += wrap(row.sentence, width - 2).map { "  " + $0 }
    }
    lines.append("")
    lines += failures(report)
    lines += responses(report, width: width)
    lines += wrap(report.note, width)
    return lines
  }

  /// A side's figure, its bar scaled against the other side's, and the mark when it is better.
  static func cell(_ row: MeasureRow, _ framework: Framework, _ style: Style) -> String {
    let text = row.text(framework) ?? style.missing
    var bar = String(repeating: " ", count: barWidth)
    if let value = row.value(framework) {
      let largest = max(row.flaskValue ?? 0, row.djangoValue ?? 0)
      var filled = largest > 0 ? Int((value / largest * Double(barWidth)).rounded()) : 0
      if value > 0 { filled = max(filled, 1) }
      bar =
        String(repeating: style.full, count: filled)
        + String(repeating: style.empty, count: barWidth - filled)
    }
    let mark = row.winner == framework ? style.winner : " "
    return pad(text, valueWidth, leading: true) + " " + bar + " " + mark
  }

  /// Why a side has figures missing, and the last lines that say so.
  static func failures(_ report: MeasureReport) -> [String] {
    var lines: [String] = []
    for framework in Framework.allCases {
      let side = report[framework]
      guard let error = side.error else { continue }
      let step = side.failedStep.map { " (\($0))" } ?? ""
      lines.append("\(framework.name) could not be measured in full\(step): \(error)")
      if !side.lastLines.isEmpty {
        lines.append("\(framework.name)'s last lines:")
        lines += side.lastLines.suffix(15).map { "   | " + $0 }
      }
      lines.append("")
    }
    return lines
  }

  /// Each shared endpoint's last answer from both sides, in two columns, and whether they match.
  static func responses(_ report: MeasureReport, width: Int) -> [String] {
    let paths = report.latencyPaths
    guard !paths.isEmpty else { return [] }
    var lines = ["The shared endpoints' answers:"]
    let half = (width - 3) / 2
    for path in paths {
      let flask = report.endpoint(report.flask, path)
      let django = report.endpoint(report.django, path)
      var verdict = ""
      if let flask, let django {
        switch JSONValue.compare(flask.body, django.body) {
        case .sameJSON: verdict = ": the same JSON from both"
        case .sameText: verdict = ": the same text from both"
        case .different: verdict = ": different answers"
        }
      }
      lines.append("GET \(path)\(verdict)")
      let left = flask.map { answer($0, width: half) } ?? ["(no answer)"]
      let right = django.map { answer($0, width: half) } ?? ["(no answer)"]
      lines.append(pad("Flask " + (flask?.path ?? ""), half) + "   " + "Django " + (django?.path ?? ""))
      for index in 0..<max(left.count, right.count) {
        let line =
          pad(index < left.count ? left[index] : "", half) + "   " + (index < right.count ? right[index] : "")
        lines.append(String(line.trimmingTrailingSpaces))
      }
      lines.append("")
    }
    return lines
  }

  /// The status and body of an answer, cut into lines of `width`, at most six of them.
  static func answer(_ endpoint: MeasuredEndpoint, width: Int) -> [String] {
    let status = endpoint.status.map { "\($0) " } ?? "no answer "
    let body = endpoint.body.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
    var text = Substring(status + body)
    var lines: [String] = []
    while !text.isEmpty && lines.count < 6 {
      lines.append(String(text.prefix(width)))
      text = text.dropFirst(width)
    }
    if !text.isEmpty, var last = lines.popLast() {
      last = String(last.dropLast()) + "…"
      lines.append(last)
    }
    return lines
  }

  static func wrap(_ text: String, _ width: Int) -> [String] { PlainWrap.lines(text, width: width) }

  static func pad(_ text: String, _ width: Int, leading: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return leading ? fill + text : text + fill
  }
}

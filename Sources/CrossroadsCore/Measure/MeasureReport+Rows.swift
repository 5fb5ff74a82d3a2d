extension MeasureReport {
  /// The table's rows, in the order a person reads them: code, dependencies, then the running
  /// server. Rows whose figure neither side has are left out.
  public var rows: [MeasureRow] {
    var rows: [MeasureRow] = []
    func count(_ label: String, _ what: String, _ value: @escaping (CodeCount) -> Int) {
      rows.append(
        row(
          label, exact: true, value: { $0.code.map { Double(value($0)) } }, text: { "\(Int($0))" },
          differs: { big, small, times, bigText, smallText in
            "\(big.name)'s sample has \(times) as many \(what) as \(small.name)'s (\(bigText) against \(smallText))."
          },
          even: { flask, django in
            "Both samples have about as many \(what): \(flask) in Flask's, \(django) in Django's."
          }))
    }
    count("Files written", "files", \.files)
    count("Python lines", "lines of Python", \.pythonLines)
    count("Template lines", "lines of templates", \.templateLines)
    count("Config lines", "lines of settings and configuration", \.configLines)
    rows.append(
      row(
        "Packages", exact: true, value: { $0.packages.map { Double($0.count) } }, text: { "\(Int($0))" },
        differs: { big, small, times, bigText, smallText in
          "\(big.name)'s environment holds \(times) as many packages as \(small.name)'s (\(bigText) against \(smallText))."
        },
        even: { flask, django in "Both environments hold about as many packages (\(flask) and \(django))." }))
    rows.append(
      row(
        "Environment on disk", value: { $0.environmentBytes.map(Double.init) }, text: MeasureFormat.bytes,
        differs: { big, small, times, bigText, smallText in
          "\(big.name)'s environment is \(times) larger on disk than \(small.name)'s (\(bigText) against \(smallText))."
        },
        even: { flask, django in "Both environments take about as much disk (\(flask) and \(django))." }))
    rows.append(installRow)
    rows.append(
      row(
        "Start (median of 3)", value: { $0.startMilliseconds }, text: MeasureFormat.milliseconds,
        differs: { big, small, times, bigText, smallText in
          "\(big.name) takes \(times) as long as \(small.name) from process start to its first answer on / (\(bigText) against \(smallText))."
        },
        even: { flask, django in
          "Both answer their first request on / about as soon after starting (\(flask) and \(django))."
        }))
    rows.append(
      row(
        "Memory (RSS)", value: { $0.rssBytes.map(Double.init) }, text: MeasureFormat.bytes,
        differs: { big, small, times, bigText, smallText in
          "\(big.name)'s server uses \(times) as much memory as \(small.name)'s (\(bigText) against \(smallText))."
        },
        even: { flask, django in "Both servers use about as much memory (\(flask) and \(django))." }))
    for path in latencyPaths {
      rows.append(latencyRow(path))
    }
    let connections = connections
    rows.append(
      row(
        "Throughput", lowerIsBetter: false, value: { $0.throughput }, text: MeasureFormat.rate,
        differs: { big, small, times, bigText, smallText in
          "\(big.name) serves \(times) as many requests per second as \(small.name) with \(connections) clients at once (\(bigText) against \(smallText))."
        },
        even: { flask, django in
          "Both serve about as many requests per second with \(connections) clients (\(flask) and \(django))."
        }))
    rows.append(testsRow)
    return rows.filter { $0.flask != nil || $0.django != nil }
  }

  /// The shared endpoints' paths, Flask's spelling, in the order they were measured.
  var latencyPaths: [String] {
    var paths: [String] = []
    for endpoint in flask.endpoints + django.endpoints where !paths.contains(endpoint.sharedPath) {
      paths.append(endpoint.sharedPath)
    }
    return paths
  }

  func endpoint(_ side: MeasuredSide, _ path: String) -> MeasuredEndpoint? {
    side.endpoints.first { $0.sharedPath == path }
  }

  private func latencyRow(_ path: String) -> MeasureRow {
    let report = self
    let p95: (Framework) -> String = { framework in
      report.endpoint(report[framework], path)?.p95Milliseconds.map(MeasureFormat.milliseconds) ?? "none"
    }
    return row(
      "GET \(path) (median)", value: { report.endpoint($0, path)?.medianMilliseconds },
      text: MeasureFormat.milliseconds,
      differs: { big, small, times, bigText, smallText in
        "\(big.name) takes \(times) as long as \(small.name) to answer \(path) (median \(bigText) against \(smallText); p95 \(p95(big)) against \(p95(small)))."
      },
      even: { flask, django in
        "Both answer \(path) in about \(flask == django ? flask : "\(flask) and \(django)") (p95 \(p95(.flask)) and \(p95(.django)))."
      })
  }

  private var installRow: MeasureRow {
    func text(_ side: MeasuredSide) -> String? {
      guard let installed = side.installed else { return nil }
      return installed ? side.installSeconds.map(MeasureFormat.seconds) : "cached"
    }
    let flaskText = text(flask)
    let djangoText = text(django)
    let flaskSeconds = flask.installed == true ? flask.installSeconds : nil
    let djangoSeconds = django.installed == true ? django.installSeconds : nil
    if flaskSeconds != nil && djangoSeconds != nil {
      return row(
        "Install", value: { $0.installed == true ? $0.installSeconds : nil }, text: MeasureFormat.seconds,
        differs: { big, small, times, bigText, smallText in
          "\(big.name)'s environment took \(times) as long to install as \(small.name)'s (\(bigText) against \(smallText))."
        },
        even: { flask, django in "Both environments took about as long to install (\(flask) and \(django))." }
      )
    }
    let sentence: String
    switch (flaskText, djangoText) {
    case ("cached", "cached"):
      sentence = "Both environments were already cached, so this run installed nothing."
    case (let flask?, let django?):
      sentence =
        flask == "cached"
        ? "Flask's environment was cached; Django's took \(django) to install."
        : "Django's environment was cached; Flask's took \(flask) to install."
    default:
      sentence = missingSentence(flaskText, djangoText, what: "install time")
    }
    return MeasureRow(
      label: "Install", flask: flaskText, django: djangoText, flaskValue: flaskSeconds,
      djangoValue: djangoSeconds,
      winner: nil, sentence: sentence)
  }

  private var testsRow: MeasureRow {
    func text(_ side: MeasuredSide) -> String? {
      guard let tests = side.tests else { return nil }
      let count = tests.count.map { "\($0) in " } ?? ""
      return count + MeasureFormat.seconds(tests.seconds) + (tests.passed ? "" : " (failed)")
    }
    func counted(_ side: MeasuredSide) -> String {
      guard let tests = side.tests else { return "\(side.framework.name)'s did not run" }
      let count = tests.count.map { "\($0) test\($0 == 1 ? "" : "s")" } ?? "its tests"
      return "\(side.framework.name) runs \(count)" + (tests.passed ? "" : ", and they fail")
    }
    let both = "\(counted(flask)); \(counted(django))."
    var result = row(
      "Own tests", value: { $0.tests?.seconds }, text: MeasureFormat.seconds,
      differs: { big, small, times, bigText, smallText in
        "\(big.name)'s own tests take \(times) as long as \(small.name)'s (\(bigText) against \(smallText)). \(both)"
      },
      even: { flask, django in "Both samples' own tests take about as long (\(flask) and \(django)). \(both)"
      })
    result = MeasureRow(
      label: result.label, flask: text(flask), django: text(django), flaskValue: result.flaskValue,
      djangoValue: result.djangoValue, winner: result.winner, sentence: result.sentence)
    return result
  }

  /// A row from a figure of each side: the better one is the smaller unless `lowerIsBetter`
  /// is false; figures within 10% are even, unless `exact` (counts), where any difference wins.
  private func row(
    _ label: String, lowerIsBetter: Bool = true, exact: Bool = false, value: (MeasuredSide) -> Double?,
    text: @escaping (Double) -> String,
    differs: (_ big: Framework, _ small: Framework, _ times: String, _ bigText: String, _ smallText: String)
      -> String,
    even: (_ flask: String, _ django: String) -> String
  ) -> MeasureRow {
    let flaskValue = value(flask)
    let djangoValue = value(django)
    guard let flaskValue, let djangoValue else {
      return MeasureRow(
        label: label, flask: flaskValue.map(text), django: djangoValue.map(text), flaskValue: flaskValue,
        djangoValue: djangoValue, winner: nil,
        sentence: missingSentence(flaskValue.map(text), djangoValue.map(text), what: label.lowercased()))
    }
    let big: Framework = flaskValue >= djangoValue ? .flask : .django
    let bigValue = max(flaskValue, djangoValue)
    let smallValue = min(flaskValue, djangoValue)
    let ratio = smallValue > 0 ? bigValue / smallValue : (bigValue > 0 ? Double.infinity : 1)
    let clear = ratio >= 1.1
    let differsAtAll = flaskValue != djangoValue && (exact || clear)
    let winner: Framework? = differsAtAll ? (lowerIsBetter ? big.other : big) : nil
    let sentence =
      clear && ratio.isFinite
      ? differs(big, big.other, MeasureFormat.times(ratio), text(bigValue), text(smallValue))
      : even(text(flaskValue), text(djangoValue))
    return MeasureRow(
      label: label, flask: text(flaskValue), django: text(djangoValue), flaskValue: flaskValue,
      djangoValue: djangoValue, winner: winner, sentence: sentence)
  }

  private func missingSentence(_ flaskText: String?, _ djangoText: String?, what: String) -> String {
    func why(_ side: MeasuredSide) -> String {
      side.error == nil ? "was not measured" : "failed before it"
    }
    if let flaskText { return "Only Flask has a figure (\(flaskText)): Django \(why(django))." }
    if let djangoText { return "Only Django has a figure (\(djangoText)): Flask \(why(flask))." }
    return "Neither side has a figure for \(what)."
  }
}

import Foundation
import TestSupport
import Testing

@testable import CrossroadsCore

/// The measure's pure parts: counting code, the statistics, pairing endpoints, and the report
/// as text, JSON and Markdown, from figures set by hand.
struct MeasureTests {
  @Test func pythonLinesLeaveOutBlankAndCommentLinesButNotCodeWithAComment() {
    let python = """
      \"\"\"A docstring is code.\"\"\"
      # a comment
          # an indented comment

      import os  # a trailing comment keeps the line
      \t
      x = 1
      """
    let count = CodeCount.count([
      ("app/views.py", python), ("app/templates/base.html", "<html>\n\n  <body>\n</html>\n"),
      ("requirements.txt", "# pinned\nFlask>=3.1\n\npytest\n"), ("README.md", "# Title\ntext\n"),
    ])
    #expect(count.files == 4)
    #expect(count.pythonLines == 3)
    #expect(count.templateLines == 3)
    #expect(count.configLines == 2)
  }

  @Test func djangoSettingsCountAsPythonAndAsConfiguration() {
    let count = CodeCount.count([("site/settings.py", "DEBUG = True\n# note\nALLOWED_HOSTS = []\n")])
    #expect(count.pythonLines == 2)
    #expect(count.configLines == 2)
  }

  @Test func medianAndNearestRankPercentile() {
    #expect(Statistics.median([]) == nil)
    #expect(Statistics.median([3, 1, 2]) == 2)
    #expect(Statistics.median([4, 1, 3, 2]) == 2.5)
    let twenty = (1...20).map(Double.init).shuffled()
    #expect(Statistics.percentile(twenty, 95) == 19)
    #expect(Statistics.percentile((1...100).map(Double.init), 95) == 95)
    #expect(Statistics.percentile([7], 95) == 7)
    #expect(Statistics.percentile([], 95) == nil)
  }

  @Test func sharedEndpointsArePairedByPathModuloTheTrailingSlashAndOnlyForGets() {
    let flask = [
      endpoint("GET", "/", "Hello, Flask!"), endpoint("GET", "/api/data", "Hello, this is some data!"),
      endpoint("POST", "/api/items", "First item"), endpoint("GET", "/api/items", "First item"),
      endpoint("GET", "/hello", "csrf_token"),
    ]
    let django = [
      endpoint("GET", "/", "Hello, Django!"), endpoint("GET", "/api/data/", "Hello, this is some data!"),
      endpoint("GET", "/api/items/", "\"items\""), endpoint("POST", "/api/items/", "First item"),
      endpoint("GET", "/form/", "csrfmiddlewaretoken"),
    ]
    let shared = SharedEndpoints(flask: flask, django: django)
    #expect(shared.pairs.map(\.flask) == ["/", "/api/data", "/api/items"])
    #expect(shared.pairs.map(\.django) == ["/", "/api/data/", "/api/items/"])
    #expect(shared.jsonEndpoint?.django == "/api/data/")
    #expect(SharedEndpoints.key("/") == "/")
  }

  @Test func answersCompareByTheirDataNotTheirSpacing() {
    let flask = "{\"message\":\"Hello, this is some data!\"}\n"
    let django = "{\"message\": \"Hello, this is some data!\"}"
    #expect(JSONValue.compare(flask, django) == .sameJSON)
    #expect(
      JSONValue.compare("{\"a\": 1, \"b\": [true, null]}", "{\"b\":[true,null],\"a\":1.0}") == .sameJSON)
    #expect(JSONValue.compare("[{\"id\": 1}]", "{\"items\": [{\"id\": 1}]}") == .different)
    #expect(JSONValue.compare("Hello, Flask!", "Hello, Django!") == .different)
    #expect(JSONValue.compare("same\n", "same") == .sameText)
  }

  @Test func testCountsComeFromEitherRunnersSummary() {
    #expect(TestTally.count(in: "Ran 13 tests in 0.021s: OK") == 13)
    #expect(TestTally.count(in: "14 passed in 0.22s") == 14)
    #expect(TestTally.count(in: "3 failed, 11 passed, 1 error in 0.5s") == 15)
    #expect(TestTally.count(in: "exit status 4") == nil)
  }

  @Test func figuresAreWrittenShortWithTheirUnit() {
    #expect(MeasureFormat.bytes(82_700_000) == "82.7 MB")
    #expect(MeasureFormat.bytes(412_300) == "412 KB")
    #expect(MeasureFormat.milliseconds(0.844) == "0.84 ms")
    #expect(MeasureFormat.milliseconds(12.34) == "12.3 ms")
    #expect(MeasureFormat.milliseconds(545.4) == "545 ms")
    #expect(MeasureFormat.times(3.62) == "3.6 times")
    #expect(MeasureFormat.decimal(-0.05, places: 1) == "-0.1")
  }

  @Test func theBetterSideOfEachRowIsMarkedAndExplained() throws {
    let rows = MeasureReport.example().rows
    let python = try #require(rows.first { $0.label == "Python lines" })
    #expect(python.winner == .flask)
    #expect(
      python.sentence == "Django's sample has 1.8 times as many lines of Python as Flask's (236 against 129)."
    )
    let disk = try #require(rows.first { $0.label == "Environment on disk" })
    #expect(disk.winner == .flask)
    #expect(disk.sentence.hasPrefix("Django's environment is 3.7 times larger on disk than Flask's"))
    // Higher is better for throughput.
    let throughput = try #require(rows.first { $0.label == "Throughput" })
    #expect(throughput.winner == .django)
    // Within 10%: even, no mark, and a sentence that says so.
    let latency = try #require(rows.first { $0.label == "GET /api/data (median)" })
    #expect(latency.winner == nil)
    #expect(latency.sentence.hasPrefix("Both answer /api/data in about"))
    let install = try #require(rows.first { $0.label == "Install" })
    #expect(install.flask == "cached" && install.django == "cached")
    #expect(install.sentence == "Both environments were already cached, so this run installed nothing.")
    let start = try #require(rows.first { $0.label == "Start (median of 3)" })
    #expect(start.flask == "400 ms")
  }

  @Test func aFailedSideLeavesItsRowsToTheOtherAndSaysWhy() throws {
    var report = MeasureReport.example()
    report.django = MeasuredSide(framework: .django)
    report.django.code = CodeCount(files: 20, pythonLines: 236, templateLines: 16, configLines: 53)
    report.django.error = "installing the requirements failed (exit status 1)."
    report.django.failedStep = "Environment"
    report.django.lastLines = ["ERROR: No matching distribution found for nothing-here"]
    report.django.complete = true
    report.flask.complete = true
    #expect(!report.ok)
    let memory = try #require(report.rows.first { $0.label == "Memory (RSS)" })
    #expect(memory.django == nil && memory.flask == "41.0 MB")
    #expect(memory.sentence == "Only Flask has a figure (41.0 MB): Django failed before it.")
    let text = MeasureTable.lines(report, style: .ascii).joined(separator: "\n")
    #expect(
      text.contains("Django could not be measured in full (Environment): installing the requirements failed"))
    #expect(text.contains("   | ERROR: No matching distribution found for nothing-here"))
  }

  @Test func theTableDrawsBarsScaledBetweenTheTwoAndMarksTheWinner() throws {
    let lines = MeasureTable.lines(MeasureReport.example(), style: .ascii, width: 100)
    let row = try #require(lines.first { $0.hasPrefix("Environment on disk") })
    // 12.3 MB against 45.1 MB: Flask's bar is 12 × 12.3 / 45.1 ≈ 3 cells, Django's full.
    #expect(row.contains("12.3 MB ###......... *"))
    #expect(row.hasSuffix("45.1 MB ############"))
    #expect(lines.contains("GET /api/data: the same JSON from both"))
    #expect(
      lines.contains {
        $0.hasPrefix("200 {\"message\":\"Hello, this is some data!\"}")
          && $0.hasSuffix("200 {\"message\": \"Hello, this is some data!\"}")
      })
    #expect(lines.contains { $0.hasPrefix("Measured both under Gunicorn with 1 sync worker") })
    #expect(lines.allSatisfy { $0.count <= 100 && !$0.hasSuffix(" ") })
  }

  @Test func theJSONHasTheIssuesKeysWithUnitsAndRawSamples() throws {
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(MeasureReport.example().json.utf8)) as? [String: Any])
    #expect(object["server"] as? String == "gunicorn")
    #expect(object["workers"] as? Int == 1)
    #expect(object["requests"] as? Int == 20)
    #expect(object["features"] as? [String] == ["orm"])
    let sides = try #require(object["sides"] as? [String: [String: Any]])
    let flask = try #require(sides["flask"])
    #expect(flask["ok"] as? Bool == true)
    #expect(flask["error"] is NSNull)
    #expect(flask["files"] as? Int == 12)
    #expect(flask["python_lines"] as? Int == 129)
    #expect(flask["install_seconds"] is NSNull)
    #expect(flask["start_ms"] as? Double == 400)
    #expect(flask["rss_bytes"] as? Int == 41_000_000)
    #expect(flask["packages"] as? [String] == ["Flask", "gunicorn"])
    let endpoints = try #require(flask["endpoints"] as? [[String: Any]])
    #expect(endpoints.first?["path"] as? String == "/api/data")
    #expect(endpoints.first?["median_ms"] as? Double == 1.1)
    #expect((endpoints.first?["samples_ms"] as? [Double])?.count == 3)
    #expect(flask["tests"] as? [String: Any] != nil)
    let django = try #require(sides["django"])
    #expect(django["throughput_rps"] as? Double == 1500.5)
  }

  @Test func theDecisionRecordHasTheAnswersTheRecommendationAndTheFigures() {
    let questionnaire = RecommenderTests.questionnaire
    let given = Answers(["size": ["large"], "needs": ["admin", "orm"]])
    let recommendation = RecommenderTests.recommender.recommend(given)
    let record = DecisionRecord(
      recommendation: recommendation, questionnaire: questionnaire,
      defaulted: questionnaire.unanswered(given),
      report: MeasureReport.example())
    let text = record.markdown
    #expect(text.hasPrefix("# Decision record: Flask or Django\n"))
    #expect(text.contains("| large |"))
    #expect(text.contains("(default) |"))
    #expect(text.contains("**\(recommendation.headline)**"))
    for reason in recommendation.reasons { #expect(text.contains(reason.why)) }
    #expect(text.contains("## Measured on this machine"))
    #expect(text.contains("| Python lines | 129 | 236 | Flask |"))
    #expect(
      !DecisionRecord(recommendation: recommendation, questionnaire: questionnaire).markdown.contains(
        "Measured"))
    let featuresOnly = DecisionRecord(recommendation: nil, questionnaire: questionnaire, features: ["orm"])
      .markdown
    #expect(featuresOnly.contains("No questionnaire answers were given"))
  }

  private func endpoint(_ method: String, _ path: String, _ expect: String) -> ProjectMarker.Endpoint {
    ProjectMarker.Endpoint(method: method, path: path, body: nil, status: 200, expect: expect)
  }

}

import CrossroadsCore

extension MeasureReport {
  /// Figures shaped like a real run's, set by hand.
  public static func example() -> MeasureReport {
    var report = MeasureReport(
      features: ["orm"], requests: 20, server: .gunicorn, workers: 1, machine: "Linux, 2 cores")
    report.flask.complete = true
    report.flask.code = CodeCount(files: 12, pythonLines: 129, templateLines: 19, configLines: 7)
    report.flask.packages = [
      .init(name: "Flask", version: "3.1.3"), .init(name: "gunicorn", version: "23.0.0"),
    ]
    report.flask.environmentBytes = 12_300_000
    report.flask.installed = false
    report.flask.startSamples = [410, 400, 390]
    report.flask.rssBytes = 41_000_000
    report.flask.endpoints = [
      MeasuredEndpoint(
        method: "GET", path: "/api/data", status: 200, samples: [1.0, 1.1, 1.3],
        body: "{\"message\":\"Hello, this is some data!\"}\n")
    ]
    report.flask.throughput = 1000
    report.flask.tests = .init(count: 14, seconds: 1.3, passed: true, summary: "14 passed in 0.22s")
    report.django.complete = true
    report.django.code = CodeCount(files: 20, pythonLines: 236, templateLines: 16, configLines: 53)
    report.django.packages = [.init(name: "Django", version: "5.2.8")]
    report.django.environmentBytes = 45_100_000
    report.django.installed = false
    report.django.startSamples = [600, 650, 700]
    report.django.rssBytes = 52_000_000
    report.django.endpoints = [
      MeasuredEndpoint(
        method: "GET", path: "/api/data/", status: 200, samples: [1.0, 1.2, 1.3],
        body: "{\"message\": \"Hello, this is some data!\"}")
    ]
    report.django.throughput = 1500.5
    report.django.tests = .init(count: 13, seconds: 0.7, passed: true, summary: "Ran 13 tests in 0.021s: OK")
    return report
  }
}

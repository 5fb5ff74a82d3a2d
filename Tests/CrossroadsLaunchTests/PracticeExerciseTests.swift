import CrossroadsCore
import Foundation
import Testing

@testable import CrossroadsLaunch

extension RealPython {
  /// Every exercise's check, run for real against a practice project written by
  /// `crossroads practice start`: on the fresh project it fails with the sentence a learner
  /// should read; with the reference solution copied in it passes; and it writes nothing into
  /// the project either way.
  ///
  /// One test per framework runs every exercise in a loop, on one shared project and one
  /// environment, so the whole course costs about a minute.
  @Suite(
    .serialized,
    .enabled(
      if: PythonEnvironments.isAvailable,
      "python3 with venv is not installed (apt-get install python3-venv); the practice checks were not run")
  )
  struct PracticeExerciseTests {
    /// What each check says on a fresh practice project.
    static let expected: [Framework: [String: String]] = [
      .flask: [
        "health": #"GET /api/health answered 404 (text/html); expected 200 with {"status": "ok"}."#,
        "item-detail":
          #"GET /api/items/2 answered 404 (text/html); expected 200 with {"id": 2, "name": "Second"}."#,
        "json-input":
          #"POST /api/items with Content-Type: text/plain answered 400 with {"error":"name is required"}; "#
          + "expected 415 with a JSON error.",
        "price-field": "The Item model has no price column yet: add price to Item in models.py.",
        "admin-price": "The Item model has no price yet: do the price-field exercise first.",
        "items-page": "GET /items answered 404 (text/html); expected 200 with a page listing the items.",
        "item-form":
          #"POST /items with name "Pen" answered 404 (text/html); expected a redirect back to /items."#,
        "login-required": "GET /items answered 404; do the items-page exercise first.",
        "deploy-ready":
          "create_app() started with debug off and the 7-character secret key 'dev key' in instance/config.py; "
          + "expected it to refuse (RuntimeError) a key shorter than 32 characters.",
        "test-health":
          "GET /api/health answered 404 (text/html); do the health exercise first, then test it.",
      ],
      .django: [
        "health": #"GET /api/health/ answered 404 (text/html); expected 200 with {"status": "ok"}."#,
        "item-detail":
          #"GET /api/items/2/ answered 404 (text/html); expected 200 with {"id": 2, "name": "Second"}."#,
        "json-input":
          #"POST /api/items/ with {"name": "Pen", "colour": "red"} answered 201 with {"id": 1, "name": "Pen"}; "#
          + "expected 400, as an item has no colour.",
        "price-field": "The Item model has no price field yet: add price to Item in core/models.py.",
        "admin-price": "The Item model has no price yet: do the price-field exercise first.",
        "items-page": "GET /items/ answered 404 (text/html); expected 200 with a page listing the items.",
        "item-form":
          #"POST /items/ with name "Pen" answered 404 (text/html); expected a redirect back to /items/."#,
        "login-required": "GET /items/ answered 404; do the items-page exercise first.",
        "deploy-ready":
          "manage.py check --deploy, with DJANGO_DEBUG=false and only the key, the hosts and preload set, "
          + "reports: (security.W004) You have not set a value for the SECURE_HSTS_SECONDS setting.",
        "test-health": "GET /api/health/ answered 404; do the health exercise first, then test it.",
      ],
    ]

    @Test func theCourseHasEveryExerciseTheIssueNames() {
      #expect(PracticeProjects.catalog.errors == [])
      let ids = Set(PracticeProjects.catalog.exercises.map(\.id))
      #expect(ids == Set(Self.expected[.flask]!.keys))
      #expect(ids == Set(Self.expected[.django]!.keys))
    }

    @Test(arguments: Framework.allCases)
    func everyCheckFailsOnAFreshProjectAndPassesWithTheSolution(framework: Framework) async throws {
      let project = try PracticeProjects.project(framework)
      let support = PracticeProjects.catalog.support[framework] ?? [:]
      for exercise in PracticeProjects.catalog.exercises {
        let version = try #require(exercise.versions[framework])
        func check(_ project: PracticeProjects.Project) async -> CheckOutcome {
          let check = PracticeCheck(
            exerciseID: exercise.id, version: version, support: support, target: project.target,
            python: project.python)
          return await check.run(groups: ProcessGroups())
        }

        let before = PracticeProjects.tree(project.target.directory)
        let fresh = await check(project)
        #expect(!fresh.passed, "\(exercise.id) passed on a fresh project")
        #expect(
          fresh.sentence == Self.expected[framework]?[exercise.id],
          "\(exercise.id): \(fresh.output.suffix(30).joined(separator: "\n"))")
        #expect(
          PracticeProjects.tree(project.target.directory) == before, "\(exercise.id) wrote into the project")

        let solved = try PracticeProjects.copy(project, named: "solved-\(exercise.id)")
        defer { try? FileManager.default.removeItem(atPath: solved.target.directory) }
        try PracticeProjects.applySolution(exercise.id, to: solved)
        let solvedBefore = PracticeProjects.tree(solved.target.directory)
        let passing = await check(solved)
        #expect(
          passing.passed,
          "\(exercise.id) with its solution: \(passing.sentence)\n\(passing.output.suffix(40).joined(separator: "\n"))"
        )
        #expect(
          PracticeProjects.tree(solved.target.directory) == solvedBefore,
          "\(exercise.id)'s check wrote into the solved project")
      }
    }
  }
}

import Foundation
import Testing

@testable import CrossroadsCore

/// The exercise data's model and parser, the sentence of a failed check, and the progress
/// that keeps each exercise's state.
struct ExerciseTests {
  static let lessonFiles: [String: String] =
    (try? ContentFiles.read(directory: CourseTests.lessonsDirectory)) ?? [:]

  /// A minimal valid exercise among the real lessons and samples, changed by `edit`.
  static func files(_ edit: (inout [String: String]) -> Void = { _ in }) -> [String: String] {
    var files = lessonFiles.filter {
      !$0.key.hasPrefix("exercises/") || $0.key.hasPrefix("exercises/_support/")
    }
    files["exercises/demo/exercise.yaml"] = """
      title: Demo
      lesson: routing
      task: Do it.
      flask:
        features: [orm]
        files: [_project_/views.py]
        hints: [one, two]
        check: check_demo.py
      django:
        files: [core/views.py]
        hints: [one]
        check: check_demo.py
        environment:
          DJANGO_DEBUG: "false"
      """
    for framework in ["flask", "django"] {
      files["exercises/demo/\(framework)/check_demo.py"] = "def test(): pass\n"
      files["exercises/demo/\(framework)/solution/_project_/views.py"] = "import _project_.models\n"
    }
    edit(&files)
    return files
  }

  @Test func theBuiltInExercisesHaveNoProblems() {
    let catalog = ExerciseCatalog(files: Self.lessonFiles)
    #expect(catalog.exercises.count >= 10)
    #expect(ExerciseCatalog.problems(files: Self.lessonFiles) == [])
    for exercise in catalog.exercises {
      #expect(Set(exercise.versions.keys) == Set(Framework.allCases), "\(exercise.id)")
    }
    // Ordered as the course: the routing exercises before the security one.
    let ids = catalog.exercises.map(\.id)
    #expect(ids.firstIndex(of: "health")! < ids.firstIndex(of: "deploy-ready")!)
    #expect(catalog.features(for: .flask).contains("admin"))
  }

  @Test func aValidExerciseIsRead() throws {
    let catalog = ExerciseCatalog(files: Self.files())
    #expect(catalog.errors == [])
    let demo = try #require(catalog.exercise(id: "demo"))
    let django = try #require(demo.versions[.django])
    #expect(django.environment == ["DJANGO_DEBUG": "false"])
    #expect(demo.versions[.flask]?.solution(package: "shop") == ["shop/views.py": "import shop.models\n"])
    #expect(demo.versions[.flask]?.files(package: "shop") == ["shop/views.py"])
    #expect(demo.versions[.flask]?.task == "Do it.")
  }

  @Test func aMissingCheckIsReportedAtItsLine() {
    let files = Self.files { $0["exercises/demo/flask/check_demo.py"] = nil }
    #expect(
      ExerciseCatalog(files: files).errors.map(\.description) == [
        "Lessons/exercises/demo/exercise.yaml:8: the check exercises/demo/flask/check_demo.py is missing"
      ])
  }

  @Test func anUnknownFeatureIsReportedAtItsLine() {
    let files = Self.files {
      $0["exercises/demo/exercise.yaml"] = $0["exercises/demo/exercise.yaml"]!.replacing(
        "[orm]", with: "[orm, cache]")
    }
    let errors = ExerciseCatalog(files: files).errors.map(\.description)
    #expect(errors.count == 1)
    #expect(
      errors.first?.hasPrefix("Lessons/exercises/demo/exercise.yaml:5: unknown feature 'cache'") == true)
  }

  @Test func aMissingSolutionIsReportedAtItsFramework() {
    let files = Self.files { $0["exercises/demo/django/solution/_project_/views.py"] = nil }
    #expect(
      ExerciseCatalog(files: files).errors.map(\.description) == [
        "Lessons/exercises/demo/exercise.yaml:10: the reference solution is missing: put the changed files in "
          + "exercises/demo/django/solution/"
      ])
  }

  @Test func aLessonThatDoesNotPointToItsExerciseIsAProblem() {
    let problems = ExerciseCatalog.problems(files: Self.files()).map(\.description)
    #expect(problems.contains { $0.hasPrefix("Lessons/exercises/demo/exercise.yaml:2: the lesson") })
  }

  @Test func aFailedCheckSaysItsRecordedSentenceElseTheTracebacksLastLine() {
    let recorded = CheckOutcome.make(
      succeeded: false, recorded: "GET /x answered 404.\n", output: ["E  long traceback"],
      status: "exit status 1",
      seconds: 1)
    #expect(recorded.sentence == "GET /x answered 404.")
    let broken = CheckOutcome.make(
      succeeded: false, recorded: nil,
      output: [
        "Traceback (most recent call last):", "  File \"x.py\", line 3", "SyntaxError: invalid syntax",
      ],
      status: "exit status 1", seconds: 1)
    #expect(broken.sentence == "The project could not be loaded: SyntaxError: invalid syntax")
    #expect(broken.output.count == 3)
    let passed = CheckOutcome.make(
      succeeded: true, recorded: nil, output: [], status: "exit status 0", seconds: 1)
    #expect(passed.passed && passed.sentence == CheckOutcome.passedSentence)
  }

  @Test func progressWrittenBeforeExercisesStillReads() throws {
    let old = Data(#"{"done": ["routing"], "positions": {"routing": 4}, "lastLesson": "routing"}"#.utf8)
    var progress = try JSONDecoder().decode(CourseProgress.self, from: old)
    #expect(progress.done == ["routing"] && progress.exercises == [:])
    #expect(progress.state(ofExercise: "health", framework: .flask) == .notStarted)
    progress.record(exercise: "health", framework: .flask, passed: false)
    #expect(progress.state(ofExercise: "health", framework: .flask) == .failing)
    progress.record(exercise: "health", framework: .flask, passed: true)
    progress.record(exercise: "health", framework: .flask, passed: false)
    #expect(progress.state(ofExercise: "health", framework: .flask) == .done)
    #expect(progress.state(ofExercise: "health", framework: .django) == .notStarted)
    let again = try JSONDecoder().decode(CourseProgress.self, from: try JSONEncoder().encode(progress))
    #expect(again == progress)
  }
}

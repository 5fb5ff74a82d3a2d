/// What the reader has done: lessons passed, where each was left, the last one open, and
/// where each practice exercise stands.
public struct CourseProgress: Codable, Sendable, Equatable {
  /// Ids of the lessons whose knowledge check was passed.
  public var done: Set<String>
  /// The line each lesson was scrolled to when it was left.
  public var positions: [String: Int]
  /// The lesson read last, which the course reopens at.
  public var lastLesson: String?
  /// Each exercise version's state, by `Exercise.stateKey` (`health/flask`); absent ones
  /// are not started.
  public var exercises: [String: ExerciseState]

  public init(
    done: Set<String> = [], positions: [String: Int] = [:], lastLesson: String? = nil,
    exercises: [String: ExerciseState] = [:]
  ) {
    self.done = done
    self.positions = positions
    self.lastLesson = lastLesson
    self.exercises = exercises
  }

  private enum CodingKeys: String, CodingKey {
    case done, positions, lastLesson, exercises
  }

  /// Reads files written before exercises existed as well: their `exercises` is empty.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    done = try container.decode(Set<String>.self, forKey: .done)
    positions = try container.decode([String: Int].self, forKey: .positions)
    lastLesson = try container.decodeIfPresent(String.self, forKey: .lastLesson)
    exercises = try container.decodeIfPresent([String: ExerciseState].self, forKey: .exercises) ?? [:]
  }

  /// Forgets one lesson: not done, and opened from its start.
  public mutating func reset(_ id: String) {
    done.remove(id)
    positions[id] = nil
    if lastLesson == id { lastLesson = nil }
  }

  /// Where exercise `id` stands in `framework`.
  public func state(ofExercise id: String, framework: Framework) -> ExerciseState {
    exercises[Exercise.stateKey(id: id, framework: framework)] ?? .notStarted
  }

  /// Records a check's result for exercise `id` in `framework`.
  public mutating func record(exercise id: String, framework: Framework, passed: Bool) {
    let key = Exercise.stateKey(id: id, framework: framework)
    exercises[key] = (exercises[key] ?? .notStarted).after(passed: passed)
  }
}

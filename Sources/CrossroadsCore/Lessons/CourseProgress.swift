/// What the reader has done: lessons passed, where each was left, and the last one open.
public struct CourseProgress: Codable, Sendable, Equatable {
  /// Ids of the lessons whose knowledge check was passed.
  public var done: Set<String>
  /// The line each lesson was scrolled to when it was left.
  public var positions: [String: Int]
  /// The lesson read last, which the course reopens at.
  public var lastLesson: String?

  public init(done: Set<String> = [], positions: [String: Int] = [:], lastLesson: String? = nil) {
    self.done = done
    self.positions = positions
    self.lastLesson = lastLesson
  }

  /// Forgets one lesson: not done, and opened from its start.
  public mutating func reset(_ id: String) {
    done.remove(id)
    positions[id] = nil
    if lastLesson == id { lastLesson = nil }
  }
}

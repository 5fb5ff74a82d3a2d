/// What an author must fix in a course, each problem as `file:line: message`.
public enum LessonCheck {
  public static func problems(in course: Course) -> [String] {
    var problems = course.errors.map(\.description)
    var seen: [String: String] = [:]
    for lesson in course.lessons {
      if let other = seen[lesson.id] {
        problems.append("\(lesson.file):1: id '\(lesson.id)' is also used by \(other)")
      }
      seen[lesson.id] = lesson.file
      if !lesson.hasPairs {
        problems.append(
          "\(lesson.file):1: no Flask/Django pair; follow a ```flask FILE block with a ```django FILE block")
      }
    }
    if course.entries.isEmpty { problems.append("no lesson files (NN-slug.md) were found") }
    return problems
  }
}

extension Lesson {
  /// The lesson's Flask/Django pairs, in reading order.
  public var pairs: [(flask: CodeBlock, django: CodeBlock)] {
    blocks.compactMap { if case .pair(let flask, let django) = $0 { (flask, django) } else { nil } }
  }

  /// Whether the lesson has any Flask/Django pair, which makes it a Compare topic.
  public var hasPairs: Bool { !pairs.isEmpty }
}

/// Where the learner is with one exercise in one framework.
public enum ExerciseState: String, Sendable, Codable, Equatable, CaseIterable {
  case notStarted = "not started"
  case failing
  case done

  /// After a check: passing makes it done for good, failing never undoes a pass.
  public func after(passed: Bool) -> ExerciseState {
    if passed || self == .done { return .done }
    return .failing
  }
}

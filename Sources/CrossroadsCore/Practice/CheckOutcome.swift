/// How one run of an exercise's check ended, as a learner reads it: passed or not, one
/// sentence saying what is still wrong, and the runner's whole output behind it.
public struct CheckOutcome: Sendable, Equatable, Codable {
  public let passed: Bool
  /// Which request, what was expected, what came back: never a traceback.
  public let sentence: String
  /// Everything the runner printed, for whoever wants to read it.
  public let output: [String]
  public let seconds: Double

  public init(passed: Bool, sentence: String, output: [String], seconds: Double) {
    self.passed = passed
    self.sentence = sentence
    self.output = output
    self.seconds = seconds
  }

  /// The sentence said once passed.
  public static let passedSentence = "everything the task asks for is there."

  /// The outcome of a run that ended with `succeeded`, given the first failure the check's
  /// support code recorded (`recorded`) and the runner's output.
  ///
  /// Without a recorded failure (the project did not even load), the last line of the
  /// traceback says why, prefixed so that it reads as a sentence.
  public static func make(
    succeeded: Bool, recorded: String?, output: [String], status: String, seconds: Double
  ) -> CheckOutcome {
    if succeeded {
      return CheckOutcome(passed: true, sentence: passedSentence, output: output, seconds: seconds)
    }
    let firstRecorded = recorded?.split(separator: "\n").first.map { String($0).trimmingSpaces }
    if let firstRecorded, !firstRecorded.isEmpty {
      return CheckOutcome(passed: false, sentence: firstRecorded, output: output, seconds: seconds)
    }
    let sentence: String
    if let error = output.last(where: isErrorLine) {
      sentence = "The project could not be loaded: \(error.trimmingSpaces)"
    } else {
      sentence = "The check did not pass (\(status)); its full output says more."
    }
    return CheckOutcome(passed: false, sentence: sentence, output: output, seconds: seconds)
  }

  /// `SyntaxError: invalid syntax`, `ModuleNotFoundError: No module named 'x'`: the line a
  /// Python traceback ends with.
  static func isErrorLine(_ line: String) -> Bool {
    let trimmed = line.trimmingSpaces
    guard let colon = trimmed.firstIndex(of: ":") else { return false }
    let name = trimmed[..<colon]
    let last = name.split(separator: ".").last ?? name
    return (last.hasSuffix("Error") || last.hasSuffix("Exception"))
      && last.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
  }
}

extension CheckOutcome {
  /// One JSON object for scripts: the exercise, the verdict, the sentence and the output.
  public func json(exercise: String, framework: Framework, project: String) -> String {
    let output = self.output.map { "    " + JSONText.string($0) }.joined(separator: ",\n")
    let tenths = (seconds * 100).rounded() / 100
    return """
      {
        "exercise": \(JSONText.string(exercise)),
        "framework": \(JSONText.string(framework.rawValue)),
        "project": \(JSONText.string(project)),
        "passed": \(passed),
        "sentence": \(JSONText.string(sentence)),
        "seconds": \(tenths),
        "output": [
      \(output)
        ]
      }
      """
  }
}

import CrossroadsCore

/// Everything that can happen to the app, delivered to `update` one at a time.
public enum Msg: Sendable, Equatable {
  case key(Key)
  case resize(Size)
  /// A signal, delivered as a message by the runtime (never handled inside a signal handler).
  case signal(Signal)
  /// Something the user should know that is not an error of theirs, e.g. a save that failed.
  case notice(String)
  /// The runtime wrote answers to a file, or could not (`failure` says why).
  case answersSaved(AnswersSave, failure: String?)
  /// The runtime did not write answers: the file exists and the save may not replace it.
  case answersExist(AnswersSave)
  /// A project was written, or could not be.
  case generated(GenerationOutcome)
  /// A step of the running sample's launch, as it happens.
  case launch(LaunchEvent)
  /// The running sample's endpoints, requested again.
  case rechecked([EndpointResult])
  /// The sample's own tests ended: whether they passed, and their summary line.
  case sampleTests(passed: Bool, summary: String)

  public enum Signal: String, Sendable, Equatable {
    case interrupt = "SIGINT"
    case terminate = "SIGTERM"
    case hangup = "SIGHUP"

    /// The exit status a shell expects of a program ended by this signal (128 + its number).
    public var exitStatus: Int32 {
      switch self {
      case .interrupt: 130
      case .terminate: 143
      case .hangup: 129
      }
    }
  }
}

/// Work `update` asks the runtime to do; results come back as messages.
public enum Effect: Sendable, Equatable {
  /// Leave the program through the one teardown path.
  case quit
  /// Write the reader's progress to its state file.
  case saveProgress(CourseProgress)
  /// Write answers to a file atomically, then report with `Msg.answersSaved`.
  case saveAnswers(AnswersSave)
  /// Render and write a sample project; the result comes back as `.generated`.
  case generate(GenerationRequest)
  /// Set up and start the sample in `directory` (stopping any launch before it); its steps
  /// come back as `.launch` messages.
  case launch(directory: String)
  /// Stop the running sample: its whole process group, then its port is free.
  case stopLaunch
  /// Request every endpoint again; the results come back as `.rechecked`.
  case recheck
  /// Run the sample's own tests; the result comes back as `.sampleTests`.
  case runSampleTests
}

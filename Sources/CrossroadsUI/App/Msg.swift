import CrossroadsCore

/// Everything that can happen to the app, delivered to `update` one at a time.
public enum Msg: Sendable, Equatable {
  case key(Key)
  case resize(Size)
  /// What earlier visits left, read after the first frame: it replaces the empty defaults.
  case remembered(Remembered)
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
  /// A step of the launch session `SessionID`, as it happens.
  case launch(SessionID, LaunchEvent)
  /// The endpoints of launch session `SessionID`'s server, requested again.
  case rechecked(SessionID, [EndpointResult])
  /// A check of the practice watch session `SessionID` began, ended, or cannot run.
  case practice(SessionID, ExerciseScreen.Event)
  /// The reference solution of an exercise against the learner's files.
  case solution(exerciseID: String, [ExerciseScreen.SolutionFile])
  /// A step or the result of the measure session `SessionID`.
  case measure(SessionID, MeasureEvent)
  /// A line the sample's own tests printed in session `SessionID`.
  case sampleTestsOutput(SessionID, String)
  /// The sample's own tests of session `SessionID` ended: whether they passed, and their
  /// summary line.
  case sampleTests(SessionID, passed: Bool, summary: String)

  public enum Signal: String, Sendable, Equatable {
    case interrupt = "SIGINT"
    case terminate = "SIGTERM"
    case hangup = "SIGHUP"
    /// Ctrl-\ in a terminal: an ordinary request to quit, not a crash.
    case quit = "SIGQUIT"

    /// The exit status a shell expects of a program ended by this signal (128 + its number).
    public var exitStatus: Int32 {
      switch self {
      case .interrupt: 130
      case .terminate: 143
      case .hangup: 129
      case .quit: 131
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
  /// Start session `SessionID`: set up and start the sample in `directory`; its steps come
  /// back as `.launch` messages carrying the id.
  case launch(SessionID, directory: String)
  /// Stop session `SessionID`, whatever it runs: its process groups end, a server's port
  /// is free again. Stopping a session that has ended does nothing.
  case cancel(SessionID)
  /// Request every endpoint of launch session `SessionID` again; the results come back as
  /// `.rechecked`.
  case recheck(SessionID)
  /// Start session `SessionID`: run the sample's own tests in `directory`; the result comes
  /// back as `.sampleTests`.
  case runSampleTests(SessionID, directory: String)
  /// Start session `SessionID`: generate the same app in both frameworks, set both up and
  /// measure them; the steps and the result come back as `.measure`.
  case measure(SessionID, MeasureScreen.Request)
  /// Start session `SessionID`: watch the practice project in `directory` and check the
  /// exercise on every save; each check comes back as `.practice`.
  case practice(SessionID, String, Framework, directory: String)
  /// Read the learner's files and diff them against the exercise's solution; the result
  /// comes back as `.solution`.
  case showSolution(String, Framework, directory: String)
  /// Leave the screen to the person's editor (`$VISUAL`, `$EDITOR`) on `path`, and come back
  /// to the same screen once it exits.
  case edit(path: String)
  /// Open `url` in the person's browser; a failure comes back as a notice.
  case openURL(String)
}

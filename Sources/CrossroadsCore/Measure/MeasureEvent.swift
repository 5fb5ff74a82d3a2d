/// What a measure of both frameworks reports as it goes; the command prints these and a
/// screen draws them, each side in its column.
public enum MeasureEvent: Sendable, Equatable {
  case started(Framework, MeasureStep)
  /// A line of progress within a step.
  case progress(Framework, MeasureStep, String)
  case finished(Framework, MeasureStep, String)
  case skipped(Framework, MeasureStep, String)
  case failed(Framework, MeasureStep, String)
  /// A line the side's server printed.
  case log(Framework, String)
  /// The side's figures so far, sent each time one is added.
  case figures(MeasuredSide)
  /// Everything has ended: both servers are stopped, their ports free, and the working
  /// folder removed unless it was to be kept.
  case done(MeasureReport)
}

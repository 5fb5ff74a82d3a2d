import CrossroadsCore

/// What Crossroads kept from earlier visits, read once the first frame is drawn: the home
/// screen shows none of it, and decoding it was a fifth of a returning reader's start.
public struct Remembered: Sendable, Equatable {
  public var progress: CourseProgress
  /// False when the progress file could not be read nor moved aside: it must not be saved over.
  public var savesProgress: Bool
  public var storage: AdvisorStorage
  /// What reading had to say (a file kept aside), shown until the next key.
  public var notice: String?

  public init(
    progress: CourseProgress = CourseProgress(), savesProgress: Bool = true,
    storage: AdvisorStorage = AdvisorStorage(), notice: String? = nil
  ) {
    self.progress = progress
    self.savesProgress = savesProgress
    self.storage = storage
    self.notice = notice
  }
}

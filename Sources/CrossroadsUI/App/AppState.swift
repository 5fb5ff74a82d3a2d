import CrossroadsCore

/// Everything the app shows and remembers; `update` changes it, `view` draws it.
public struct AppState: Sendable, Equatable {
  public var size: Size
  public var glyphs: Glyphs
  /// The lesson files as read, and the course parsed from them when a key is first pressed:
  /// parsing every lesson takes milliseconds that the first frame need not wait for.
  public let lessonFiles: [String: String]
  public private(set) var course: Course?
  /// The practice exercises, read with the course.
  public private(set) var exercises: ExerciseCatalog?
  public let lessonCount: Int
  /// The screens the user has opened; the last one is shown, the first is always home.
  public var screens: [Screen]
  public var helpVisible = false
  /// What the reader has done, saved through `Effect.saveProgress`.
  public var progress: CourseProgress
  /// False when the progress file could not be read nor moved aside: no save replaces it.
  public private(set) var savesProgress = true
  /// A message for the user, shown until the next key (e.g. a progress file kept aside).
  public var notice: String?

  /// The questionnaire, parsed with the course on the first key press, or why it cannot be.
  public private(set) var questionnaire: Result<Questionnaire, ContentError>?
  /// Where answers are kept; the last answers, once parsed, are offered on the next visit.
  public private(set) var storage: AdvisorStorage
  public var lastAnswers: Answers?
  /// The folder the program was started in: the default place for a generated project.
  public let workingDirectory: String
  /// Counts messages, so each key press can hand a screen a session id never used before.
  var sessionCounter = 0
  /// The last key was `g`, the first of `g h` (home).
  var afterG = false

  public init(
    size: Size, lessonFiles: [String: String], glyphs: Glyphs = .unicode,
    progress: CourseProgress = CourseProgress(), notice: String? = nil,
    storage: AdvisorStorage = AdvisorStorage(), workingDirectory: String = "."
  ) {
    self.workingDirectory = workingDirectory
    self.size = size
    self.progress = progress
    self.notice = notice
    self.glyphs = glyphs
    self.lessonFiles = lessonFiles
    self.storage = storage
    self.lessonCount = Course.lessonPaths(in: lessonFiles).count
    self.screens = [.home(HomeScreen())]
  }

  /// Opens `screen` over the current one (or over home, as `crossroads run DIR` opens the
  /// run screen), and returns what opening it starts.
  public mutating func open(_ screen: Screen) -> [Effect] {
    var screen = screen
    screen.resize(context)
    screens.append(screen)
    return screen.startEffects
  }

  /// A session id no screen has used yet.
  public mutating func newSession() -> SessionID {
    sessionCounter += 1
    return SessionID(sessionCounter)
  }

  public var screen: Screen {
    get { screens[screens.count - 1] }
    set { screens[screens.count - 1] = newValue }
  }

  /// The part of the terminal between the title bar and the status line.
  public var body: Rect { Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2)) }

  public var isTooSmall: Bool { size.width < Size.minimum.width || size.height < Size.minimum.height }

  var context: ScreenContext {
    ScreenContext(
      freshSession: SessionID(sessionCounter + 1),
      course: course ?? Course(entries: []), exercises: exercises ?? ExerciseCatalog(files: [:]),
      progress: progress, lessonCount: lessonCount, body: body,
      glyphs: glyphs,
      questionnaire: try? questionnaire?.get(), questionnaireError: questionnaireError,
      lastAnswers: lastAnswers, storage: storage, contentFiles: lessonFiles,
      workingDirectory: workingDirectory)
  }

  private var questionnaireError: ContentError? {
    if case .failure(let error) = questionnaire { error } else { nil }
  }

  /// Parses the course, the questionnaire and the last answers unless that is done already:
  /// after the first frame, which needs none of them.
  /// Takes what earlier visits left; the saved answers are checked when the course loads.
  mutating func remember(_ remembered: Remembered) {
    progress = remembered.progress
    savesProgress = remembered.savesProgress
    storage = remembered.storage
    if let text = remembered.notice { notice = text }
  }

  public mutating func loadCourse() {
    guard course == nil else { return }
    course = Course(files: lessonFiles)
    loadQuestionnaire()
    exercises = ExerciseCatalog(files: lessonFiles)
    guard let parsed = try? questionnaire?.get() else { return }
    // Answers that no longer fit the questionnaire are not offered, and not overwritten
    // either: the person is told, and new answers are not remembered this time.
    if let text = storage.lastAnswersText, let path = storage.lastAnswersPath {
      do throws(ContentError) {
        lastAnswers = try AnswersFile.parse(text, file: path, questionnaire: parsed)
      } catch {
        notice =
          "Your saved answers do not fit these questions (\(error)); the file is left as it is "
          + "and new answers are not remembered."
        storage = storage.notRemembering
      }
    }
  }

  private mutating func loadQuestionnaire() {
    let file = "Lessons/" + Questionnaire.fileName
    do throws(ContentError) {
      guard let text = lessonFiles[Questionnaire.fileName] else {
        throw ContentError(file: file, line: 1, message: "the questionnaire is missing")
      }
      questionnaire = .success(try QuestionnaireParser.parse(text, file: file))
    } catch {
      questionnaire = .failure(error)
    }
  }
}

/// What a screen needs to know of the app around it.
public struct ScreenContext: Sendable {
  /// An id for a session a key starts: fresh for every key.
  public let freshSession: SessionID
  public let course: Course
  public let exercises: ExerciseCatalog
  public let progress: CourseProgress
  public let lessonCount: Int
  public let body: Rect
  public let glyphs: Glyphs
  /// The questionnaire, or nil with `questionnaireError` saying why it cannot be read.
  public let questionnaire: Questionnaire?
  public let questionnaireError: ContentError?
  /// The answers remembered from last time, to offer.
  public let lastAnswers: Answers?
  public let storage: AdvisorStorage
  /// Every file under `Lessons/`, the sample templates included.
  public let contentFiles: [String: String]
  /// Where a generated project goes unless the user picks another folder.
  public let workingDirectory: String
}

/// Where a key sends the user.
public enum Navigation: Sendable, Equatable {
  case stay
  case push(Screen)
  case back
  case quit
  /// The lesson's check was passed.
  case markDone(String)
  /// Forget the progress of one lesson, or of all of them (nil).
  case resetProgress(String?)
  /// Stay, and have the runtime do some work, in order.
  case perform([Effect])
  /// Replace this screen by another (stopping its sessions), as the next exercise does.
  case replace(Screen)
}

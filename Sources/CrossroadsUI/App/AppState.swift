import CrossroadsCore

/// Everything the app shows and remembers; `update` changes it, `view` draws it.
public struct AppState: Sendable, Equatable {
  public var size: Size
  public var glyphs: Glyphs
  /// The lesson files as read, and the course parsed from them when a key is first pressed:
  /// parsing every lesson takes milliseconds that the first frame need not wait for.
  public let lessonFiles: [String: String]
  public private(set) var course: Course?
  public let lessonCount: Int
  /// The screens the user has opened; the last one is shown, the first is always home.
  public var screens: [Screen]
  public var helpVisible = false
  /// The folder the program was started in: the default place for a generated project.
  public let workingDirectory: String

  public init(
    size: Size, lessonFiles: [String: String], glyphs: Glyphs = .unicode, workingDirectory: String = "."
  ) {
    self.workingDirectory = workingDirectory
    self.size = size
    self.glyphs = glyphs
    self.lessonFiles = lessonFiles
    self.lessonCount = Course.lessonPaths(in: lessonFiles).count
    self.screens = [.home(HomeScreen())]
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
      course: course ?? Course(entries: []), lessonCount: lessonCount, body: body, glyphs: glyphs,
      contentFiles: lessonFiles, workingDirectory: workingDirectory)
  }

  /// Parses the course unless that is done already.
  mutating func loadCourse() {
    if course == nil { course = Course(files: lessonFiles) }
  }
}

/// What a screen needs to know of the app around it.
public struct ScreenContext: Sendable {
  public let course: Course
  public let lessonCount: Int
  public let body: Rect
  public let glyphs: Glyphs
  /// Every file under `Lessons/`, the sample templates included.
  public var contentFiles: [String: String] = [:]
  /// Where a generated project goes unless the user picks another folder.
  public var workingDirectory = "."
}

/// Where a key sends the user.
public enum Navigation: Sendable, Equatable {
  case stay
  /// Stay, and have the runtime do this.
  case run(Effect)
  case push(Screen)
  case back
  case quit
}

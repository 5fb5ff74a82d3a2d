import CrossroadsCore

/// Everything the app shows and remembers; `update` changes it, `view` draws it.
public struct AppState: Sendable, Equatable {
  public var size: Size
  public var glyphs: Glyphs
  public var course: Course
  /// The screens the user has opened; the last one is shown, the first is always home.
  public var screens: [Screen]
  public var helpVisible = false

  public init(size: Size, course: Course, glyphs: Glyphs = .unicode) {
    self.size = size
    self.glyphs = glyphs
    self.course = course
    self.screens = [.home(HomeScreen())]
  }

  public var screen: Screen {
    get { screens[screens.count - 1] }
    set { screens[screens.count - 1] = newValue }
  }

  /// The part of the terminal between the title bar and the status line.
  public var body: Rect { Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2)) }

  public var isTooSmall: Bool { size.width < Size.minimum.width || size.height < Size.minimum.height }

  var context: ScreenContext { ScreenContext(course: course, body: body, glyphs: glyphs) }
}

/// What a screen needs to know of the app around it.
public struct ScreenContext: Sendable {
  public let course: Course
  public let body: Rect
  public let glyphs: Glyphs
}

/// Where a key sends the user.
public enum Navigation: Sendable, Equatable {
  case stay
  case push(Screen)
  case back
  case quit
}

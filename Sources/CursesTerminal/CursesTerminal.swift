import CNcurses
import CrossroadsUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The terminal for people: ncursesw draws each frame and sends only what changed.
///
/// Every call must come from one thread, the one that created it: ncurses is not
/// thread-safe.
public final class CursesTerminal: TerminalBackend {
  public enum StartError: Error, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String)

    public var description: String {
      switch self {
      case .notATerminal:
        "standard input and output must be a terminal to draw the interface"
      case .unknownTerminal(let name):
        "the terminal type '\(name)' is not known here; set TERM (for example TERM=xterm-256color)"
      }
    }
  }

  public private(set) var size: Size
  public let glyphs: Glyphs
  public private(set) var inputClosed = false
  private let usesColor: Bool
  private var colorPairs: [Int: Int16] = [:]
  private var restored = false
  /// The frame ncurses holds now, nil while its screen is blank: cells equal to it are not
  /// converted and handed over again.
  private var shown: Canvas?

  /// Starts ncurses on the controlling terminal. `environment` decides colour (`NO_COLOR`).
  public init(environment: [String: String]) throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw StartError.notATerminal }
    // Without this, ncurses draws neither box characters nor accents.
    setlocale(LC_ALL, "")
    glyphs = String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8" ? .unicode : .ascii
    cn_guard_save()
    // newterm returns nil for an unknown terminal, where initscr would exit the process.
    guard newterm(nil, cn_stdout(), cn_stdin()) != nil else {
      throw StartError.unknownTerminal(environment["TERM"] ?? "")
    }
    cn_guard_arm()
    cbreak()
    noecho()
    nonl()
    keypad(cn_stdscr(), true)
    nodelay(cn_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    usesColor = !noColor && has_colors()
    if usesColor {
      start_color()
      use_default_colors()
    }
    // ncurses (6.4) writes to the terminal after every cursor move until its screen has
    // been left and resumed once, which made a frame hundreds of small writes. Leaving and
    // resuming now, before anything is drawn, makes each frame one write, as after `suspend`.
    endwin()
    refresh()
    // Mouse reporting is asked for after that: ncurses turns it back on after a suspend, but
    // not after this first leaving, before anything was drawn.
    cn_enable_mouse()
    // ncurses puts the keypad in application mode at its first read: reading now (nothing
    // waits for input) does that before the first frame rather than on the first key. A key
    // typed already is put back.
    var typed: wint_t = 0
    switch wget_wch(cn_stdscr(), &typed) {
    case cn_key_code_yes(): ungetch(Int32(typed))
    case cn_err(): break
    default: unget_wch(wchar_t(bitPattern: typed))
    }
    size = Size(width: Int(cn_cols()), height: Int(cn_lines()))
  }

  deinit {
    restore()
  }

  public func suspend(while body: () -> Void) {
    def_prog_mode()
    endwin()
    body()
    reset_prog_mode()
    // What the editor drew is still on the screen: the next frame is drawn in full.
    clearok(cn_stdscr(), true)
    refresh()
  }

  /// Has a crash close `descriptor` before anything else (the watchdog pipe, which ends
  /// every child process group).
  public func closeOnCrash(_ descriptor: Int32) {
    cn_guard_close_on_crash(descriptor)
  }

  public func restore() {
    guard !restored else { return }
    restored = true
    curs_set(1)
    endwin()
    cn_guard_disarm()
  }

  public func refreshSize() -> Size {
    var rows: Int32 = 0
    var cols: Int32 = 0
    if cn_window_size(&rows, &cols) == 0 {
      resizeterm(rows, cols)
    }
    erase()
    shown = nil
    size = Size(width: Int(cn_cols()), height: Int(cn_lines()))
    return size
  }

  public func waitForKeys(orWake wake: Int32) -> [Key] {
    var descriptors = [
      pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
      pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
    ]
    guard poll(&descriptors, 2, -1) >= 0 else { return [] }
    if descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
      inputClosed = true
    }
    var inputs: [KeyDecoder.Input] = []
    var character: wint_t = 0
    while true {
      let result = wget_wch(cn_stdscr(), &character)
      if result == cn_err() {
        // ncurses gives up on a sequence it does not know after ESCDELAY and hands over its
        // bytes; if the batch stops inside one, give the rest that long again to arrive.
        guard KeyDecoder.endsInsideSequence(inputs), Self.moreInput(withinMilliseconds: 25) else { break }
        continue
      }
      if result == cn_key_code_yes(), Int32(character) == cn_key_mouse() {
        if let key = Self.mouseKey() { inputs.append(.key(key)) }
      } else if result == cn_key_code_yes() {
        if let key = Self.functionKey(Int32(character)) { inputs.append(.key(key)) }
      } else {
        inputs.append(.character(UInt32(character)))
      }
    }
    return KeyDecoder.decode(inputs)
  }

  /// Whether standard input becomes readable within `milliseconds`.
  private static func moreInput(withinMilliseconds milliseconds: Int32) -> Bool {
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    return poll(&descriptor, 1, milliseconds) > 0 && descriptor.revents & Int16(POLLIN) != 0
  }

  /// The waiting mouse event as a key: a press, or a wheel turn; nil for other buttons.
  static func mouseKey() -> Key? {
    var x: Int32 = 0
    var y: Int32 = 0
    let at = { Point(x: Int(x), y: Int(y)) }
    switch cn_mouse(&x, &y) {
    case 1: return .mouse(Key.Mouse(.press, at: at()))
    case 4: return .mouse(Key.Mouse(.wheelUp, at: at()))
    case 5: return .mouse(Key.Mouse(.wheelDown, at: at()))
    default: return nil
    }
  }

  /// A key ncurses decoded from its terminal description; nil for keys no screen uses.
  static func functionKey(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: .up
    case KEY_DOWN: .down
    case KEY_LEFT: .left
    case KEY_RIGHT: .right
    case KEY_PPAGE: .pageUp
    case KEY_NPAGE: .pageDown
    case KEY_HOME: .home
    case KEY_END: .end
    case KEY_ENTER: .enter
    case KEY_BACKSPACE: .backspace
    case KEY_BTAB: .backTab
    default: nil
    }
  }

  public func present(_ canvas: Canvas) {
    guard canvas.size == size else { return }
    let width = canvas.size.width
    var text: [wchar_t] = []
    text.reserveCapacity(width * 2)
    // ncurses holds the frame last shown, or a blank screen (none): at the start, and after a
    // resize. The cells are read in place: copying each one out cost more than comparing it.
    (shown?.cells ?? []).withUnsafeBufferPointer { before in
      canvas.cells.withUnsafeBufferPointer { cells in
        let blank = Canvas.Cell.blank
        let isNew = { (index: Int) in before.isEmpty ? cells[index] != blank : cells[index] != before[index] }
        for y in 0..<canvas.size.height {
          // Only the cells from a row's first change to its last are converted and handed
          // over: a key changes a few rows, and the first frame's rows are mostly blank.
          let row = (y * width)..<((y + 1) * width)
          guard var first = row.first(where: isNew), let last = row.last(where: isNew) else { continue }
          // A wide character is written whole, from its first cell.
          while first > row.lowerBound, cells[first].isContinuation { first -= 1 }
          var index = first
          while index <= last {
            // One run of cells that share a style becomes one call.
            let style = cells[index].style
            let start = index - row.lowerBound
            text.removeAll(keepingCapacity: true)
            while index <= last, cells[index].style == style {
              let utf8 = cells[index].text.utf8
              if utf8.count == 1, let byte = utf8.first {
                text.append(wchar_t(byte))
              } else {
                for scalar in cells[index].text.unicodeScalars {
                  text.append(wchar_t(bitPattern: scalar.value))
                }
              }
              index += 1
            }
            cn_attrset(attributes(for: style))
            text.withUnsafeBufferPointer {
              _ = cn_put(Int32(y), Int32(start), $0.baseAddress, Int32($0.count))
            }
          }
        }
      }
    }
    cn_attrset(cn_a_normal())
    refresh()
    shown = canvas
  }

  private func attributes(for style: Style) -> attr_t {
    var attributes = cn_a_normal()
    if style.bold { attributes |= cn_a_bold() }
    if style.dim { attributes |= cn_a_dim() }
    if style.reverse { attributes |= cn_a_reverse() }
    if style.underline { attributes |= cn_a_underline() }
    if usesColor, style.foreground != .default || style.background != .default {
      attributes |= cn_color_pair(Int32(pair(style.foreground, style.background)))
    }
    return attributes
  }

  /// The colour pair for a foreground and background, created the first time it is needed.
  private func pair(_ foreground: Style.Color, _ background: Style.Color) -> Int16 {
    let key = foreground.rawValue * 16 + background.rawValue
    if let existing = colorPairs[key] { return existing }
    let number = Int16(colorPairs.count + 1)
    init_pair(number, Self.cursesColor(foreground), Self.cursesColor(background))
    colorPairs[key] = number
    return number
  }

  private static func cursesColor(_ color: Style.Color) -> Int16 {
    switch color {
    case .default: -1
    case .black: Int16(COLOR_BLACK)
    case .red: Int16(COLOR_RED)
    case .green: Int16(COLOR_GREEN)
    case .yellow: Int16(COLOR_YELLOW)
    case .blue: Int16(COLOR_BLUE)
    case .magenta: Int16(COLOR_MAGENTA)
    case .cyan: Int16(COLOR_CYAN)
    case .white: Int16(COLOR_WHITE)
    }
  }
}

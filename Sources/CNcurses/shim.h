// ncursesw for Swift: the wide-character API, and every macro Swift cannot import wrapped.
#ifndef CROSSROADS_CNCURSES_SHIM_H
#define CROSSROADS_CNCURSES_SHIM_H

// SwiftPM drops pkg-config's -D flags, so ask for the wide API here.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <langinfo.h>
#include <pthread.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// The C global `stdscr` is not concurrency-safe in Swift 6; reach it through a function.
static inline WINDOW *cn_stdscr(void) { return stdscr; }

static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }

static inline attr_t cn_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }

static inline int cn_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cn_err(void) { return ERR; }

/// Sets the attributes for following output (wattrset is a macro in some builds).
static inline int cn_attrset(attr_t attrs) { return wattrset(stdscr, (int)attrs); }

/// Writes n wide characters at (y, x) with the current attributes.
static inline int cn_put(int y, int x, const wchar_t *text, int n) {
  return mvaddnwstr(y, x, text, n);
}


static inline FILE *cn_stdout(void) { return stdout; }
static inline FILE *cn_stdin(void) { return stdin; }

/// Asks for mouse presses and wheel turns, reported at once (no wait to tell clicks from
/// presses); a terminal that sends none just never reports any.
static inline void cn_enable_mouse(void) {
  mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
  mouseinterval(0);
}

/// The key code ncurses returns when a mouse event is waiting.
static inline int cn_key_mouse(void) { return KEY_MOUSE; }

/// Reads the waiting mouse event: 1 for a press of the first button, 4 for the wheel turned
/// up, 5 for down, 0 for anything else; `x` and `y` get the cell.
static inline int cn_mouse(int *x, int *y) {
  MEVENT event;
  if (getmouse(&event) != OK) return 0;
  *x = event.x;
  *y = event.y;
  if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
  if (event.bstate & BUTTON4_PRESSED) return 4;
  if (event.bstate & BUTTON5_PRESSED) return 5;
  return 0;
}

/// The terminal's size from the kernel, for resizeterm after SIGWINCH.
static inline int cn_window_size(int *rows, int *cols) {
  struct winsize ws;
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return -1;
  *rows = ws.ws_row;
  *cols = ws.ws_col;
  return 0;
}

// Crash guard. A crash (SIGSEGV, a Swift trap, abort) cannot be turned into a message: the
// process is going down. So, in C and with async-signal-safe calls only: first close the
// watchdog's pipe, which makes every child's guard end its process group at once; then put
// the terminal settings saved before ncurses started back, leave keypad-transmit mode and
// the alternate screen, show the cursor, and let the previous handler (Swift's backtracer,
// or the default) finish the job. SIGQUIT (Ctrl-\) is not a crash: the program reads it as
// a message and quits the ordinary way.
// State lives in a function-local static: Swift emits no storage for a header's file-scope
// statics, but does emit the inline function that owns this one.
struct cn_guard_state {
  struct termios termios;
  int have_termios;
  char sequence[256];
  size_t sequence_length;
  int watchdog_fd;
  struct sigaction previous[6];
};

/// The signals that end the process with no chance of a message.
static inline int cn_guard_signal(size_t index) {
  static const int signals[6] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
  return signals[index];
}

static inline struct cn_guard_state *cn_guard(void) {
  static struct cn_guard_state state = {.watchdog_fd = -1};
  return &state;
}

/// The descriptor to close first when the program crashes (the watchdog pipe's write end).
static inline void cn_guard_close_on_crash(int fd) { cn_guard()->watchdog_fd = fd; }

static void cn_guard_handler(int signal_number) {
  if (cn_guard()->watchdog_fd >= 0) close(cn_guard()->watchdog_fd);
  if (cn_guard()->have_termios) tcsetattr(STDIN_FILENO, TCSADRAIN, &cn_guard()->termios);
  if (cn_guard()->sequence_length > 0) {
    ssize_t written = write(STDOUT_FILENO, cn_guard()->sequence, cn_guard()->sequence_length);
    (void)written;
  }
  for (size_t i = 0; i < 6; i++) {
    if (cn_guard_signal(i) == signal_number) sigaction(signal_number, &cn_guard()->previous[i], NULL);
  }
  raise(signal_number);
}

/// Saves the terminal settings as the shell left them; call before ncurses starts.
static inline void cn_guard_save(void) {
  cn_guard()->have_termios = tcgetattr(STDIN_FILENO, &cn_guard()->termios) == 0;
}

static inline void cn_guard_append(const char *capability) {
  char *value = tigetstr(capability);
  if (value == NULL || value == (char *)-1) return;
  size_t length = strlen(value);
  if (cn_guard()->sequence_length + length >= sizeof(cn_guard()->sequence)) return;
  memcpy(cn_guard()->sequence + cn_guard()->sequence_length, value, length);
  cn_guard()->sequence_length += length;
}

/// Installs the crash guard; call once ncurses has loaded the terminal's description.
static inline void cn_guard_arm(void) {
  cn_guard_append("sgr0");
  cn_guard_append("rmkx");
  // Mouse reporting off (xterm's modes, as ncurses turns them on), if the terminal has a mouse.
  char *mouse = tigetstr("kmous");
  if (mouse != NULL && mouse != (char *)-1) {
    static const char off[] = "\033[?1006l\033[?1000l";
    memcpy(cn_guard()->sequence + cn_guard()->sequence_length, off, sizeof off - 1);
    cn_guard()->sequence_length += sizeof off - 1;
  }
  cn_guard_append("rmcup");
  cn_guard_append("cnorm");
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = cn_guard_handler;
  sigemptyset(&action.sa_mask);
  sigset_t crashes;
  sigemptyset(&crashes);
  for (size_t i = 0; i < 6; i++) {
    sigaction(cn_guard_signal(i), &action, &cn_guard()->previous[i]);
    sigaddset(&crashes, cn_guard_signal(i));
  }
  // A parent may have left these blocked; a crash must never wait.
  pthread_sigmask(SIG_UNBLOCK, &crashes, NULL);
}

/// Puts the crash handlers back as they were; the normal teardown no longer needs them.
static inline void cn_guard_disarm(void) {
  for (size_t i = 0; i < 6; i++) {
    sigaction(cn_guard_signal(i), &cn_guard()->previous[i], NULL);
  }
}

#endif

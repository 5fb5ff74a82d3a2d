// The key floor: a bare C ncurses program that redraws every cell of the screen on each key,
// so each key costs a full-screen frame on the terminal.
#include <locale.h>
#include <ncurses.h>

static void draw(int frame) {
  for (int y = 0; y < LINES; y++) {
    move(y, 0);
    for (int x = 0; x < COLS; x++) {
      // Every cell changes from one frame to the next, in text and in attribute.
      attrset((x / 8 + frame) % 2 ? A_BOLD : A_NORMAL);
      addch('a' + (x + y + frame) % 26);
    }
  }
  attrset(A_NORMAL);
  mvaddstr(LINES - 1, 0, "floor: first frame ? help");
  refresh();
}

int main(void) {
  setlocale(LC_ALL, "");
  initscr();
  cbreak();
  noecho();
  keypad(stdscr, TRUE);
  int frame = 0;
  draw(frame);
  while (getch() != ERR) draw(++frame);
  endwin();
  return 0;
}

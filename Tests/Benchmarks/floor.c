// The floor: a bare C ncurses program that draws one line and waits, started the same way.
#include <locale.h>
#include <ncurses.h>

int main(void) {
  setlocale(LC_ALL, "");
  initscr();
  cbreak();
  noecho();
  mvaddstr(0, 0, "floor: first frame");
  refresh();
  getch();
  endwin();
  return 0;
}

// ptyrun: start a program on a fresh 100x30 pseudo-terminal and return as soon as its output
// contains MARKER, i.e. once its first complete frame has been drawn.
//
// usage: ptyrun [-m] MARKER PROGRAM [ARG...]
//   -m  then print the program's peak resident memory in KiB (ru_maxrss) on stdout.
// Exits 0 when the marker was seen, 1 on a timeout (5 s) or if the program ended first.
#define _GNU_SOURCE
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int report_memory = 0;
  int first = 1;
  if (argc > 1 && strcmp(argv[1], "-m") == 0) { report_memory = 1; first = 2; }
  if (argc < first + 2) {
    fprintf(stderr, "usage: ptyrun [-m] MARKER PROGRAM [ARG...]\n");
    return 2;
  }
  const char *marker = argv[first];
  struct winsize size = {.ws_row = 30, .ws_col = 100};
  int master;
  pid_t child = forkpty(&master, NULL, NULL, &size);
  if (child < 0) { perror("forkpty"); return 2; }
  if (child == 0) {
    setenv("TERM", "xterm-256color", 1);
    execvp(argv[first + 1], &argv[first + 1]);
    _exit(127);
  }
  static char seen[1 << 20];
  size_t used = 0;
  int found = 0;
  struct timespec start, now;
  clock_gettime(CLOCK_MONOTONIC, &start);
  while (!found) {
    struct pollfd pfd = {.fd = master, .events = POLLIN};
    if (poll(&pfd, 1, 100) > 0) {
      ssize_t n = read(master, seen + used, sizeof seen - used - 1);
      if (n <= 0) break;
      used += (size_t)n;
      seen[used] = 0;
      found = memmem(seen, used, marker, strlen(marker)) != NULL;
    }
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (now.tv_sec - start.tv_sec > 5) break;
  }
  kill(child, SIGKILL);
  int status;
  struct rusage usage;
  wait4(child, &status, 0, &usage);
  close(master);
  if (report_memory) printf("%ld\n", usage.ru_maxrss);
  return found ? 0 : 1;
}

#!/usr/bin/env python3
"""keyrun: time keys from the moment they are written to a program's pseudo-terminal until
the last byte of the frame they cause, as a person's terminal receives it.

usage: keyrun.py [--size COLSxROWS] [--marker TEXT] [--setup KEYS] [--first KEY]
                 --keys KEYS [--count N] [--paused] -- PROGRAM [ARG...]

KEYS is a space-separated list of key names (enter, bksp, tab, space, esc) or literal text.
The program is started on a fresh pseudo-terminal and left until MARKER has been drawn (its
first frame) and it has gone quiet. --first then times one key a person's pause after that
frame. --setup keys are sent one by one, each let to finish drawing. The --keys are then
sent in turn, COUNT in all, each timed; with --paused each after the same pause as the first
key, as a person pauses between keys. A JSON object goes to stdout:
{"first": ms or null, "keys": [ms, ...], "silent": keys that drew nothing}.
"""
import json
import os
import pty
import select
import signal
import struct
import sys
import termios
import fcntl
import time

NAMES = {"enter": b"\r", "bksp": b"\x7f", "tab": b"\t", "space": b" ", "esc": b"\x1b"}
QUIET = 0.03  # a frame is over when nothing more arrives for this long
TIMEOUT = 5.0


def keys(text):
    return [NAMES.get(word, word.encode()) for word in text.split()]


def drain(fd, quiet=QUIET, deadline=TIMEOUT, first=1.0):
    """Reads until the output has been quiet for `quiet` s, after waiting up to `first` s for
    its first byte; returns (bytes, time of the last byte)."""
    data, last = b"", None
    start = time.perf_counter()
    while time.perf_counter() - start < deadline:
        ready, _, _ = select.select([fd], [], [], quiet if data else max(quiet, first))
        if not ready:
            break
        try:
            chunk = os.read(fd, 1 << 16)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
        last = time.perf_counter()
    return data, last


def press(fd, key):
    """Writes one key and returns the ms until the last byte it caused, or None if none came."""
    sent = time.perf_counter()
    os.write(fd, key)
    _, last = drain(fd)
    return None if last is None else (last - sent) * 1000


def main(argv):
    size, marker, setup, first, sequence, count, paused = "200x60", "help", "", None, "", 60, False
    while argv and argv[0] != "--":
        if argv[0] == "--paused":
            paused, argv = True, argv[1:]
            continue
        option, value, argv = argv[0], argv[1], argv[2:]
        if option == "--size":
            size = value
        elif option == "--marker":
            marker = value
        elif option == "--setup":
            setup = value
        elif option == "--first":
            first = value
        elif option == "--keys":
            sequence = value
        elif option == "--count":
            count = int(value)
        else:
            sys.exit(f"keyrun: unknown option {option}")
    program = argv[1:]
    cols, rows = (int(n) for n in size.split("x"))
    pid, fd = pty.fork()
    if pid == 0:
        # The size is set before the program starts, so its first frame has it.
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.environ["TERM"] = "xterm-256color"
        os.execvp(program[0], program)
    try:
        seen, start = b"", time.perf_counter()
        while marker.encode() not in seen:
            if time.perf_counter() - start > TIMEOUT:
                sys.exit(f"keyrun: no first frame ({marker!r}) from {program[0]}")
            data, _ = drain(fd, quiet=0.1, first=0.1)
            seen += data
        drain(fd, quiet=0.2, first=0.2)
        result = {"first": None, "keys": [], "silent": 0}
        def pause():
            # A person reads the frame before pressing anything.
            drain(fd, quiet=0.2, first=0.2)
            time.sleep(0.3)
        if first:
            pause()
            result["first"] = press(fd, keys(first)[0])
        for key in keys(setup):
            os.write(fd, key)
            drain(fd, quiet=0.15)
        cycle = keys(sequence)
        for index in range(count):
            if paused:
                pause()
            took = press(fd, cycle[index % len(cycle)])
            if took is None:
                result["silent"] += 1
            else:
                result["keys"].append(took)
        print(json.dumps(result))
    finally:
        # Asked to end first, so a profiler wrapped around the program can write its data.
        os.kill(pid, signal.SIGTERM)
        for _ in range(100):
            if os.waitpid(pid, os.WNOHANG)[0]:
                break
            drain(fd, quiet=0.01, first=0.01)
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


if __name__ == "__main__":
    main(sys.argv[1:])

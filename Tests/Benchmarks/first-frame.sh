#!/usr/bin/env bash
# Time to first frame and peak memory of the release binary, against a bare C ncurses
# program started the same way, in the same run: both under a fresh 100x30 pseudo-terminal,
# timed from start until their first complete frame is on the terminal.
#
#   Tests/Benchmarks/first-frame.sh        (needs hyperfine, cc and libncursesw5-dev)
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in hyperfine cc python3; do
  command -v "$tool" >/dev/null || { echo "first-frame: $tool is needed (apt-get install $tool)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cc -O2 -o "$work/ptyrun" Tests/Benchmarks/ptyrun.c -lutil
cc -O2 -o "$work/floor" Tests/Benchmarks/floor.c -lncursesw
echo "Building the release binary (swift build -c release --static-swift-stdlib)..." >&2
swift build -c release --static-swift-stdlib >&2
binary=$(swift build -c release --static-swift-stdlib --show-bin-path)/crossroads

# Each program is done when its last row is drawn: the floor's one line, Crossroads' status line.
floor_cmd="$work/ptyrun 'first frame' $work/floor"
crossroads_cmd="$work/ptyrun help $binary"
"$work/ptyrun" 'first frame' "$work/floor" && "$work/ptyrun" help "$binary" ||
  { echo "first-frame: a program did not draw its first frame" >&2; exit 1; }

hyperfine -N --warmup 10 --runs 100 --export-json "$work/times.json" \
  -n floor "$floor_cmd" -n crossroads "$crossroads_cmd" >&2

# Parsing the course: the interface parses it on the first key, not before the first frame;
# `crossroads lessons` parses every lesson, `--version` none, so their difference is its cost.
hyperfine -N --warmup 10 --runs 100 --export-json "$work/parse.json" \
  -n version "$binary --version" -n lessons "$binary lessons" >&2

peak() { # median peak RSS in KiB over 15 starts
  for _ in $(seq 15); do "$work/ptyrun" -m "$@"; done | sort -n | sed -n 8p
}
floor_rss=$(peak 'first frame' "$work/floor")
crossroads_rss=$(peak help "$binary")

python3 - "$work/times.json" "$floor_rss" "$crossroads_rss" "$work/parse.json" <<'PY'
import json, sys
times = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
parse = {r["command"]: r for r in json.load(open(sys.argv[4]))["results"]}
floor, cr = times["floor"], times["crossroads"]
floor_rss, cr_rss = int(sys.argv[2]), int(sys.argv[3])
print(f"first frame  crossroads {cr['mean']*1000:.1f} ms ± {cr['stddev']*1000:.1f}   "
      f"floor {floor['mean']*1000:.1f} ms ± {floor['stddev']*1000:.1f}   "
      f"ratio {cr['mean']/floor['mean']:.2f}x   (target: under 20 ms)")
print(f"peak memory  crossroads {cr_rss/1024:.1f} MiB   floor {floor_rss/1024:.1f} MiB   "
      f"ratio {cr_rss/floor_rss:.2f}x   (target: under 20 MB)")
course = (parse["lessons"]["mean"] - parse["version"]["mean"]) * 1000
print(f"course       parsing every lesson {course:.1f} ms (lessons {parse['lessons']['mean']*1000:.1f} ms - "
      f"--version {parse['version']['mean']*1000:.1f} ms); the first frame does not wait for it")
PY

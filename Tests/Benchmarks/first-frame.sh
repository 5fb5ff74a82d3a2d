#!/usr/bin/env bash
# Time to first frame and peak memory of the two binaries a person runs, against a bare C
# ncurses program started the same way, in the same run: the debug binary `swift run
# crossroads` starts, and the release binary as the README builds it. Each runs under a
# fresh 100x30 pseudo-terminal, timed from start until its first complete frame is drawn.
#
#   Tests/Benchmarks/first-frame.sh        (needs hyperfine, cc and libncursesw5-dev)
#   BEFORE=/path/to/old/crossroads Tests/Benchmarks/first-frame.sh
#                                          (also times an earlier build, for before and after)
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in hyperfine cc python3; do
  command -v "$tool" >/dev/null || { echo "first-frame: $tool is needed (apt-get install $tool)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cc -O2 -o "$work/ptyrun" Tests/Benchmarks/ptyrun.c -lutil
cc -O2 -o "$work/floor" Tests/Benchmarks/floor.c -lncursesw
echo "Building the debug binary (swift build, as swift run does)..." >&2
swift build --product crossroads >&2
debug=$(swift build --show-bin-path)/crossroads
echo "Building the release binary (swift build -c release --static-swift-stdlib)..." >&2
swift build -c release --static-swift-stdlib >&2
release=$(swift build -c release --static-swift-stdlib --show-bin-path)/crossroads
# A fresh state folder: no remembered progress or answers changes what is drawn.
export XDG_STATE_HOME="$work/state"
# And a returning reader's, with progress and answers to read (run through `env`, as is the
# C floor beside it, so both pay the same extra exec).
mkdir -p "$work/returning/crossroads"
cat >"$work/returning/crossroads/progress.json" <<'JSON'
{"done": ["what-they-are", "first-app", "routing"], "positions": {"templates": 12},
 "lastLesson": "templates", "exercises": {"health/flask": "done", "item-form/django": "failing"}}
JSON
echo '{"size": "small", "team": "solo", "needs": ["api", "orm"]}' >"$work/returning/crossroads/answers.json"
returning="env XDG_STATE_HOME=$work/returning"

# Each program is done when its last row is drawn: the floor's one line, Crossroads' status line.
"$work/ptyrun" 'first frame' "$work/floor" && "$work/ptyrun" help "$debug" && "$work/ptyrun" help "$release" ||
  { echo "first-frame: a program did not draw its first frame" >&2; exit 1; }

before=()
if [ -n "${BEFORE:-}" ]; then
  "$work/ptyrun" help "$BEFORE" || { echo "first-frame: $BEFORE did not draw its first frame" >&2; exit 1; }
  before=(-n before "$work/ptyrun help $BEFORE")
fi
hyperfine -N --warmup 10 --runs 100 --export-json "$work/times.json" \
  -n floor "$work/ptyrun 'first frame' $work/floor" \
  -n debug "$work/ptyrun help $debug" \
  -n release "$work/ptyrun help $release" "${before[@]}" \
  -n floor-env "env $work/ptyrun 'first frame' $work/floor" \
  -n returning "$returning $work/ptyrun help $release" >&2

peak() { # median peak RSS in KiB over 15 starts
  for _ in $(seq 15); do "$work/ptyrun" -m "$@"; done | sort -n | sed -n 8p
}
floor_rss=$(peak 'first frame' "$work/floor")
debug_rss=$(peak help "$debug")
release_rss=$(peak help "$release")
before_rss=$([ -n "${BEFORE:-}" ] && peak help "$BEFORE" || echo 0)

python3 - "$work/times.json" "$floor_rss" "$debug_rss" "$release_rss" "$before_rss" <<'PY'
import json, sys
times = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
rss = dict(zip(["floor", "debug", "release", "before"], (int(v) * 1024 / 1e6 for v in sys.argv[2:6])))
floor = times["floor"]
print(f"first frame  floor    {floor['median']*1000:5.1f} ms                  peak RSS {rss['floor']:5.1f} MB")
for name, target in [("release", "1.6x, under 12 MB"), ("debug", "4x")]:
    r = times[name]
    print(f"first frame  {name:8} {r['median']*1000:5.1f} ms ± {r['stddev']*1000:4.1f}   ratio "
          f"{r['median']/floor['median']:.2f}x   peak RSS {rss[name]:5.1f} MB   (target: within {target})")
r, f = times["returning"], times["floor-env"]
print(f"first frame  returning {r['median']*1000:4.1f} ms ± {r['stddev']*1000:4.1f}   ratio "
      f"{r['median']/f['median']:.2f}x   (release, with progress and answers to read; floor also through env)")
if "before" in times:
    r = times["before"]
    print(f"first frame  before   {r['median']*1000:5.1f} ms ± {r['stddev']*1000:4.1f}   ratio "
          f"{r['median']/floor['median']:.2f}x   peak RSS {rss['before']:5.1f} MB   (the BEFORE binary)")
PY

#!/usr/bin/env bash
# Key to last byte at 200x60 on the lesson, pair and preview screens, and the first key on
# the home screen, of the release binary as the README builds it, against a bare C ncurses
# program redrawing every cell of the screen on each key, in the same run.
#
#   Tests/Benchmarks/keys.sh [BINARY]   (needs cc, python3 and libncursesw5-dev)
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in cc python3; do
  command -v "$tool" >/dev/null || { echo "keys: $tool is needed (apt-get install $tool)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cc -O2 -o "$work/floor-keys" Tests/Benchmarks/floor-keys.c -lncursesw
if [ $# -gt 0 ]; then
  binary=$1
else
  echo "Building the release binary (swift build -c release --static-swift-stdlib)..." >&2
  swift build -c release --static-swift-stdlib >&2
  binary=$(swift build -c release --static-swift-stdlib --show-bin-path)/crossroads
fi
# A fresh state folder: no remembered progress or answers changes what is drawn.
export XDG_STATE_HOME="$work/state"
run() { python3 Tests/Benchmarks/keyrun.py "$@"; }

# name | setup keys | measured keys, in turn
scenarios=(
  "home||j k"
  "lesson|enter j enter|j k"
  "pair|enter j enter c|n p"
  "preview|j j j enter s h o p tab tab space tab space tab space tab tab tab j j j|enter bksp"
)
rounds=3
count=40
for round in $(seq $rounds); do
  echo "round $round of $rounds..." >&2
  for scenario in "${scenarios[@]}"; do
    IFS='|' read -r name setup sequence <<<"$scenario"
    run --setup "$setup" --keys "$sequence" --count $count -- "$binary" >"$work/crossroads-$name-$round.json"
    run --keys "j k" --count $count -- "$work/floor-keys" >"$work/floor-$name-$round.json"
  done
  # The first key after the first frame, a person's pause later, against those after it.
  for start in $(seq 5); do
    run --first j --keys "k j" --count 10 -- "$binary" >"$work/first-$round-$start.json"
    run --first j --keys "k j" --count 10 -- "$work/floor-keys" >"$work/floorfirst-$round-$start.json"
  done
  # The same, with every key after it after the same pause as the first: a key after an idle
  # second is slower on these machines whatever the program, first or not.
  for start in $(seq 2); do
    run --first j --keys "k j" --count 4 --paused -- "$binary" >"$work/pausedfirst-$round-$start.json"
    run --first j --keys "k j" --count 4 --paused -- "$work/floor-keys" >"$work/pausedfloor-$round-$start.json"
  done
done

python3 - "$work" "$rounds" <<'PY'
import glob, json, statistics, sys
work, rounds = sys.argv[1], int(sys.argv[2])
def load(pattern):
    keys, silent = [], 0
    for path in sorted(glob.glob(f"{work}/{pattern}")):
        result = json.load(open(path))
        keys += result["keys"]
        silent += result["silent"]
    return keys, silent
worst = 0
for name in ["home", "lesson", "pair", "preview"]:
    ours, silent = load(f"crossroads-{name}-*.json")
    floor, _ = load(f"floor-{name}-*.json")
    ratio = statistics.median(ours) / statistics.median(floor)
    worst = max(worst, ratio) if name != "home" else worst
    note = f"   ({silent} keys drew nothing)" if silent else ""
    print(f"keys {name:8} crossroads {statistics.median(ours):.2f} ms (p90 {statistics.quantiles(ours, n=10)[-1]:.2f})"
          f"   floor {statistics.median(floor):.2f} ms   ratio {ratio:.2f}x{note}")
def first(pattern):
    firsts, rest = [], []
    for path in glob.glob(f"{work}/{pattern}"):
        result = json.load(open(path))
        firsts.append(result["first"])
        rest += result["keys"]
    return statistics.median(firsts), max(firsts), statistics.median(rest)
ours, ours_max, ours_rest = first("first-*.json")
floor, _, floor_rest = first("floorfirst-*.json")
print(f"first key  crossroads {ours:.2f} ms (max {ours_max:.2f}), the keys after it {ours_rest:.2f} ms, "
      f"ratio {ours/ours_rest:.2f}x   floor {floor:.2f} ms, after it {floor_rest:.2f} ms, ratio {floor/floor_rest:.2f}x")
ours, ours_max, ours_rest = first("pausedfirst-*.json")
floor, _, floor_rest = first("pausedfloor-*.json")
print(f"first key  crossroads {ours:.2f} ms, the keys after it, each after the same pause, {ours_rest:.2f} ms, "
      f"ratio {ours/ours_rest:.2f}x   floor ratio {floor/floor_rest:.2f}x")
print(f"worst screen ratio {worst:.2f}x   (target: within 1.5x on every screen; the first key no slower)")
PY

#!/usr/bin/env bash
# Time of `crossroads generate` for the largest sample (Django with every feature) against
# `django-admin startproject`, measured in the same run, each writing a new project.
#
#   Tests/Benchmarks/generate.sh        (needs hyperfine and python3 with venv)
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in hyperfine python3; do
  command -v "$tool" >/dev/null || { echo "generate: $tool is needed (apt-get install $tool)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "Installing Django into a virtual environment for django-admin..." >&2
python3 -m venv "$work/venv"
# The version range the generated sample itself installs.
"$work/venv/bin/pip" install --quiet --disable-pip-version-check "Django>=5.2,<6.0" >&2
echo "Building the release binary (swift build -c release --static-swift-stdlib)..." >&2
swift build -c release --static-swift-stdlib >&2
binary=$(swift build -c release --static-swift-stdlib --show-bin-path)/crossroads

mkdir -p "$work/crossroads" "$work/django"
crossroads_cmd="$binary generate --framework django --name bench --into $work/crossroads --features orm,admin,html,auth"
django_cmd="$work/venv/bin/django-admin startproject bench $work/django/bench"
# Each run writes a new project: the previous one is removed before it, outside the timing.
# With -N hyperfine runs the preparations without a shell too, hence the explicit sh -c.
hyperfine -N --warmup 5 --runs 50 --export-json "$work/times.json" \
  --prepare "rm -rf $work/crossroads/bench" \
  --prepare "sh -c 'rm -rf $work/django/bench && mkdir $work/django/bench'" \
  -n crossroads "$crossroads_cmd" -n django-admin "$django_cmd" >&2

find "$work/crossroads/bench" -type f | wc -l | xargs echo "files written by crossroads:" >&2
find "$work/django/bench" -type f | wc -l | xargs echo "files written by django-admin:" >&2

python3 - "$work/times.json" <<'PY'
import json, sys
times = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
cr, dj = times["crossroads"], times["django-admin"]
print(f"generate  crossroads {cr['mean']*1000:.1f} ms ± {cr['stddev']*1000:.1f}   "
      f"django-admin startproject {dj['mean']*1000:.1f} ms ± {dj['stddev']*1000:.1f}   "
      f"crossroads is {dj['mean']/cr['mean']:.1f}x faster   (target: 10x or better, under 15 ms)")
PY

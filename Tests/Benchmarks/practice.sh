#!/usr/bin/env bash
# Time from saving a file to `crossroads practice watch` printing the check's result, for one
# Flask and one Django exercise (health, solved), against running the same check by hand
# (`python -m pytest check_health.py` / `manage.py test LABEL` with the same check module),
# both in the same run, with the environment already cached.
#
# A save is an open of the solution file for writing and its close (as an editor's save is to
# inotify); the timed command returns when the watch has printed one more result. So the figure holds the debounce, the check's own run and crossroads' overhead.
#
#   Tests/Benchmarks/practice.sh    (needs hyperfine and python3 with venv; PyPI once)
#   CROSSROADS_BINARY=.build/debug/crossroads Tests/Benchmarks/practice.sh   (skip the release build)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
for tool in hyperfine python3; do
  command -v "$tool" >/dev/null || { echo "practice: $tool is needed (apt-get install $tool)" >&2; exit 1; }
done

work=$(mktemp -d)
watchers=()
cleanup() {
  for pid in "${watchers[@]}"; do kill -INT "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
export XDG_STATE_HOME="$work/state"

if [[ -n "${CROSSROADS_BINARY:-}" ]]; then
  binary=$(realpath "$CROSSROADS_BINARY")
else
  echo "Building the release binary (swift build -c release)..." >&2
  swift build -c release >&2
  binary=$(swift build -c release --show-bin-path)/crossroads
fi

exercise=health
for framework in flask django; do
  "$binary" practice start --framework $framework --into "$work" >/dev/null
  project="$work/practice_$framework"
  # The first run installs the environment (cached under XDG_CACHE_HOME, else ~/.cache).
  "$binary" run "$project" --check >/dev/null 2>"$work/$framework.log" ||
    { cat "$work/$framework.log" >&2; echo "practice: the $framework sample did not pass" >&2; exit 1; }
  # The reference solution, so that every check passes.
  solution="$root/Lessons/exercises/$exercise/$framework/solution"
  (cd "$solution" && find . -type f) | while read -r file; do
    target="$project/${file//_project_/practice_$framework}"
    mkdir -p "$(dirname "$target")"
    sed "s/_project_/practice_$framework/g" "$solution/$file" >"$target"
  done
done

# The same check laid out by hand, as crossroads lays it out in its temporary folder.
flask_check="$work/by-hand-flask"
mkdir -p "$flask_check"
printf '[pytest]\n' >"$flask_check/pytest.ini"
cp "$root"/Lessons/exercises/_support/flask/* "$root/Lessons/exercises/$exercise/flask/check_$exercise.py" "$flask_check/"
django_check="$work/by-hand-django/crossroads_check"
mkdir -p "$django_check"
touch "$django_check/__init__.py"
cp "$root"/Lessons/exercises/_support/django/* "$root/Lessons/exercises/$exercise/django/check_$exercise.py" "$django_check/"

# The cached environments crossroads uses, found by what they hold.
envs="${XDG_CACHE_HOME:-$HOME/.cache}/crossroads/envs"
find_python() { for p in "$envs"/*/bin/python; do "$p" -c "import $1" 2>/dev/null && { echo "$p"; return; }; done; }
flask_python=$(find_python flask_admin)
django_python=$(find_python django)

cat >"$work/flask-by-hand.sh" <<SH
#!/usr/bin/env bash
cd "$flask_check" && PYTHONDONTWRITEBYTECODE=1 CROSSROADS_PROJECT="$work/practice_flask" \\
  CROSSROADS_PACKAGE=practice_flask PYTHONPATH="$work/practice_flask" \\
  exec "$flask_python" -m pytest -q -p no:cacheprovider "check_$exercise.py" >/dev/null
SH
cat >"$work/django-by-hand.sh" <<SH
#!/usr/bin/env bash
cd "$work/practice_django" && PYTHONDONTWRITEBYTECODE=1 CROSSROADS_PROJECT="$work/practice_django" \\
  CROSSROADS_PACKAGE=practice_django PYTHONPATH="$work/by-hand-django" \\
  exec "$django_python" manage.py test "crossroads_check.check_$exercise" --noinput >/dev/null 2>&1
SH
# Save, then wait for the watch's next result line. In Python without site (about 15 ms to
# start, counted against crossroads), polling every 2 ms without starting a process per look,
# which on a small machine would take CPU from the check being timed.
cat >"$work/save.py" <<'PY'
import re, sys, time
output, saved = sys.argv[1], sys.argv[2]
def results():
    with open(output) as f:
        return len(re.findall(r"^(?:passed|failing):", f.read(), re.M))
before = results()
open(saved, "a").close()
while results() == before:
    time.sleep(0.002)
PY
chmod +x "$work"/*.sh

for framework in flask django; do
  "$binary" practice watch $exercise "$work/practice_$framework" >"$work/watch-$framework.out" 2>&1 &
  watchers+=($!)
  until grep -q -E '^(passed|failing):' "$work/watch-$framework.out"; do sleep 0.05; done
  grep -q '^passed:' "$work/watch-$framework.out" ||
    { cat "$work/watch-$framework.out" >&2; echo "practice: the $framework check does not pass" >&2; exit 1; }
done

saved_flask="$work/practice_flask/practice_flask/views.py"
saved_django="$work/practice_django/core/views.py"
# Each pair is timed twice, in both orders, and the medians are taken over both: on a shared
# machine the load drifts, and hyperfine runs one command's runs before the other's.
for framework in flask django; do
  saved_var="saved_$framework"
  hand=(-n "$framework by hand" "$work/$framework-by-hand.sh")
  save=(-n "$framework save to result" "python3 -S -E $work/save.py $work/watch-$framework.out ${!saved_var}")
  hyperfine -N --warmup 2 --runs 10 --export-json "$work/$framework-1.json" "${hand[@]}" "${save[@]}" >&2
  hyperfine -N --warmup 2 --runs 10 --export-json "$work/$framework-2.json" "${save[@]}" "${hand[@]}" >&2
done

python3 - "$work" <<'PY'
import json, statistics, sys
work = sys.argv[1]
for framework in ["flask", "django"]:
    times = {}
    for part in (1, 2):
        for result in json.load(open(f"{work}/{framework}-{part}.json"))["results"]:
            times.setdefault(result["command"], []).extend(result["times"])
    hand = statistics.median(times[f"{framework} by hand"])
    watch = statistics.median(times[f"{framework} save to result"])
    print(f"{framework} by hand: {hand * 1000:.0f} ms median; "
          f"{framework} save to result: {watch * 1000:.0f} ms median; "
          f"ratio {watch / hand:.2f} (target at most 1.2)")
PY

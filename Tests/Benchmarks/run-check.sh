#!/usr/bin/env bash
# Time from `crossroads run DIR --check` starting to its verified answers, against starting
# the same sample by hand (`python -m flask run` / `manage.py runserver`) and polling it with
# curl until the answer is right, both in the same run, with the environment already cached.
#
# Both commands are timed from start to exit, and both stop their server before exiting:
# the manual one right after its first verified response, crossroads after checking every
# endpoint of the sample, so its time is an upper bound of its time to the first one.
#
#   Tests/Benchmarks/run-check.sh        (needs hyperfine, curl and python3 with venv; PyPI once)
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in hyperfine curl python3; do
  command -v "$tool" >/dev/null || { echo "run-check: $tool is needed (apt-get install $tool)" >&2; exit 1; }
done

work=$(mktemp -d)
# crossroads and by-hand.sh each stop their own server before they exit.
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"

echo "Building the release binary (swift build -c release)..." >&2
swift build -c release >&2
binary=$(swift build -c release --show-bin-path)/crossroads

# The samples as crossroads generate writes them, with no optional feature.
"$binary" generate --framework flask --name flasksample --into "$work" >/dev/null
"$binary" generate --framework django --name djangosample --into "$work" >/dev/null

# The first runs install the environments and migrate: the benchmark is of a cached start.
for sample in flasksample djangosample; do
  "$binary" run "$work/$sample" --check >/dev/null 2>"$work/$sample.log" ||
    { cat "$work/$sample.log" >&2; echo "run-check: $sample did not pass" >&2; exit 1; }
done
flask_env=$(dirname "$(dirname "$(ls "$work"/cache/crossroads/envs/*/bin/flask)")")
django_env=$(dirname "$(dirname "$(ls "$work"/cache/crossroads/envs/*/bin/django-admin)")")

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# By hand: start the server, poll with curl until the answer is right, stop it.
cat > "$work/by-hand.sh" <<'SH'
#!/usr/bin/env bash
port=$1 expect=$2; shift 2
"$@" >/dev/null 2>&1 </dev/null &
server=$!
until curl -sf "http://127.0.0.1:$port/" 2>/dev/null | grep -q "$expect"; do sleep 0.01; done
kill "$server"; wait "$server" 2>/dev/null
exit 0
SH
chmod +x "$work/by-hand.sh"
flask_port=$(free_port)
django_port=$(free_port)
flask_manual="$work/by-hand.sh $flask_port Hello $flask_env/bin/python -m flask --app $work/flasksample/flasksample run --no-reload --port $flask_port"
django_manual="$work/by-hand.sh $django_port Hello $django_env/bin/python $work/djangosample/manage.py runserver --noreload 127.0.0.1:$django_port"

hyperfine -N --warmup 3 --runs 20 --export-json "$work/flask.json" \
  -n "flask by hand" "$flask_manual" -n "flask crossroads" "$binary run $work/flasksample --check" >&2
hyperfine -N --warmup 3 --runs 20 --export-json "$work/django.json" \
  -n "django by hand" "$django_manual" -n "django crossroads" "$binary run $work/djangosample --check" >&2

python3 - "$work/flask.json" "$work/django.json" <<'PY'
import json, sys
for path, name in zip(sys.argv[1:], ("flask", "django")):
    times = {r["command"]: r for r in json.load(open(path))["results"]}
    hand, ours = times[f"{name} by hand"], times[f"{name} crossroads"]
    ratio = ours["mean"] / hand["mean"]
    print(f"{name:7} crossroads run --check {ours['mean']*1000:6.1f} ms ± {ours['stddev']*1000:4.1f}   "
          f"by hand {hand['mean']*1000:6.1f} ms ± {hand['stddev']*1000:4.1f}   "
          f"ratio {ratio:.2f}x   (target: 1.15x or less)")
PY

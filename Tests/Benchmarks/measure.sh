#!/usr/bin/env bash
# Time `crossroads measure --requests 50` against `crossroads run --check` of the Flask sample
# followed by `crossroads run --check` of the Django sample, in the same run, with every
# environment already cached; then split the measure's time into the time its requests took
# and its own overhead (generating, setting up, starting, the timed starts, the samples' tests).
#
# Target: the measure no slower than the two checks one after the other.
#
#   Tests/Benchmarks/measure.sh        (needs hyperfine and python3 with venv; PyPI once)
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in hyperfine python3; do
  command -v "$tool" >/dev/null || { echo "measure: $tool is needed (apt-get install $tool)" >&2; exit 1; }
done
runs=${RUNS:-5}

work=$(mktemp -d)
# Every crossroads command stops its own servers before it exits.
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"

echo "Building the release binary (swift build -c release)..." >&2
swift build -c release >&2
binary=$(swift build -c release --show-bin-path)/crossroads

# The samples the measure writes, with no optional feature, for the checks to run.
"$binary" generate --framework flask --name flasksample --into "$work" >/dev/null
"$binary" generate --framework django --name djangosample --into "$work" >/dev/null
cat > "$work/checks.sh" <<SH
#!/usr/bin/env bash
"$binary" run "$work/flasksample" --check >/dev/null 2>&1 && "$binary" run "$work/djangosample" --check >/dev/null 2>&1
SH
chmod +x "$work/checks.sh"

# The first runs install the environments (the measure's have Gunicorn): the benchmark is cached.
"$work/checks.sh" || { echo "measure: the samples' checks did not pass" >&2; exit 1; }
"$binary" measure --requests 50 --json >"$work/figures.json" 2>"$work/measure.log" ||
  { cat "$work/measure.log" >&2; echo "measure: crossroads measure failed" >&2; exit 1; }

hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/times.json" \
  -n "measure" "$binary measure --requests 50 --json" -n "two checks" "$work/checks.sh" >&2
# One more measure, to see where its time goes.
"$binary" measure --requests 50 --json >"$work/figures.json" 2>/dev/null

python3 - "$work/times.json" "$work/figures.json" <<'PY'
import json, sys
times = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
figures = json.load(open(sys.argv[2]))
measure, checks = times["measure"], times["two checks"]
latency = sum(sum(e["samples_ms"]) for side in figures["sides"].values() for e in side["endpoints"]) / 1000
throughput = figures["throughput_seconds"] * len(figures["sides"])
starts = sum(sum(side["start_samples_ms"]) for side in figures["sides"].values()) / 1000
tests = sum((side["tests"] or {"seconds": 0})["seconds"] for side in figures["sides"].values())
requests = latency + throughput
overhead = measure["mean"] - requests
print(f"crossroads measure --requests 50   {measure['mean']:6.2f} s ± {measure['stddev']:.2f}")
print(f"run --check flask, then django     {checks['mean']:6.2f} s ± {checks['stddev']:.2f}")
print(f"ratio                              {measure['mean'] / checks['mean']:6.2f}x   (target: 1.00x or less)")
print(f"time in requests                   {requests:6.2f} s   (latency {latency:.2f} s, throughput {throughput:.2f} s)")
print(f"the measure's own overhead         {overhead:6.2f} s   ({overhead / requests:.1f}x the time in requests;"
      f" of it, timed starts {starts:.2f} s and the samples' tests {tests:.2f} s)")
PY

#!/usr/bin/env bash
# Time `crossroads lessons ID --lessons DIR` on one lesson holding a list of N items (each
# with a continuation line), for a few N: the time should grow in step with N, not N².
#
#   Tests/Benchmarks/lesson-list.sh [BINARY]   (default: the debug build, `swift build` first)
set -euo pipefail
cd "$(dirname "$0")/../.."
binary=${1:-$(swift build --show-bin-path)/crossroads}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for items in 10000 40000 100000; do
  mkdir -p "$work/$items"
  {
    printf -- '---\nid: lists\ntitle: Lists\nsummary: A long list.\ncheck:\n'
    printf -- '  - question: Q?\n    choices:\n      - text: A\n        correct: true\n        why: W.\n'
    printf -- '      - text: B\n        why: W.\n---\n\n'
    seq 1 "$items" | sed 's/.*/- item &\n  continued/'
  } >"$work/$items/01-lists.md"
  start=$(date +%s%N)
  "$binary" lessons lists --lessons "$work/$items" >/dev/null
  end=$(date +%s%N)
  echo "$items items: $(((end - start) / 1000000)) ms"
done

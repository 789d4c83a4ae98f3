#!/usr/bin/env bash
# Measures the foundation: build time, store size, server start to first answered query, first and warm query times.
# Usage: bench/build-and-serve.sh [runs]   (writes nothing; paste the output into docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
store=$(mktemp -d)
port=3099
./veta --version >/dev/null   # make sure the jar is built before timing
ms() { date +%s%3N; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"
for i in $(seq "$runs"); do
  t0=$(ms); ./veta build --store "$store" >/dev/null 2>&1; t1=$(ms)
  echo "build (JVM start included): $((t1 - t0)) ms; store size: $(du -sk "$store"/current/ | cut -f1) KiB"
done
for i in $(seq "$runs"); do
  t0=$(ms)
  ./veta serve --store "$store" --port $port >/dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/veta/sparql?query=ASK%7B%7D"; do sleep 0.05; done
  t1=$(ms)
  q="http://127.0.0.1:$port/veta/sparql?query=$(python3 -c 'import urllib.parse;print(urllib.parse.quote(open("queries/competent-agencies.rq").read()))')"
  a=$(ms); curl -sf -o /dev/null "$q"; b=$(ms); curl -sf -o /dev/null "$q"; c=$(ms)
  echo "serve: start to first answer $((t1 - t0)) ms; competent-agencies first $((b - a)) ms, warm $((c - b)) ms"
  kill $pid; wait $pid 2>/dev/null || true
done
rm -rf "$store"

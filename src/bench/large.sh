#!/usr/bin/env bash
# Benchmark: a large portfolio against many shocks, beside the pandas peer.
# Generates the inputs (src/bench/generate_large.py) if missing, then runs, RUNS times each and
# alternating (A B A B, so a busy machine slows both alike):
#   shockfolio run --portfolio holdings-SIZE.csv --scenario shocks-SHOCKS.csv \
#       --charts pnl-by-holding --chart-format png      (load, shock, top-30 table, totals, one chart)
#   /usr/bin/python3 PEER holdings-SIZE.csv shocks-SHOCKS.csv OUT
# and prints the medians of wall time and peak memory (RSS) and their ratios.
#
#   bash src/bench/large.sh [SIZE] [SHOCKS] [RUNS] [JAVA_OPTIONS...]
#
# SIZE is 1k, 100k or 1M (default 1M), SHOCKS 10, 100 or 1000 (default 1000), RUNS default 3.
# Shockfolio is started by the launcher beside the jar (target/shockfolio, which picks the JVM's
# settings), as the README runs it; with JAVA_OPTIONS, e.g. -Xmx512m, or a jar without a launcher
# beside it, by `java JAVA_OPTIONS -jar` instead. The peer needs python3-pandas and python3-matplotlib
# (Debian); without them only shockfolio is measured.
#
# Environment:
#   PEER    the peer script; default ../shared/peers/pandas_shock.py relative to the repository root
#           (the folder shared/ beside the clone); PEER=none measures Shockfolio alone
#   PYTHON  the Python with pandas and matplotlib for the peer (default /usr/bin/python3)
#   JAR     the Shockfolio jar to measure (default target/shockfolio.jar, built if missing), e.g. an
#           older build to compare with
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-1M}
shocks=${2:-1000}
runs=${3:-3}
shift $(( $# < 3 ? $# : 3 ))
java_options=("$@")
data=${BENCH_DATA:-target/bench-large}
jar=${JAR:-target/shockfolio.jar}
[ -f "$jar" ] || [ -n "${JAR:-}" ] || mvn -B -q package -DskipTests
[ -f "$jar" ] || { echo "large.sh: no jar at $jar" >&2; exit 2; }
[ -f "$data/holdings-$size.csv" ] || python3 src/bench/generate_large.py "$data"
peer=${PEER:-../shared/peers/pandas_shock.py}
python=${PYTHON:-/usr/bin/python3}
has_peer=0
if [ "$peer" != none ]; then
  if [ ! -f "$peer" ]; then
    echo "large.sh: no peer script at $peer (run from $(pwd)); set PEER=/path/to/pandas_shock.py or PEER=none" >&2
    exit 2
  fi
  if ! "$python" -c 'import pandas, matplotlib' 2>/dev/null; then
    echo "large.sh: the peer needs pandas and matplotlib for $python (Debian: apt-get install python3-pandas python3-matplotlib); set PEER=none to measure Shockfolio alone" >&2
    exit 2
  fi
  peer=$(cd "$(dirname "$peer")" && pwd)/$(basename "$peer")
  has_peer=1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/charts" "$work/peer"
start=("$(dirname "$jar")/shockfolio")
if [ ${#java_options[@]} -gt 0 ] || [ ! -x "${start[0]}" ]; then
  start=(java "${java_options[@]}" -jar "$jar")
fi
run_shockfolio() {
  /usr/bin/time -f "%e %M" -o "$work/t" "${start[@]}" run \
    --portfolio "$data/holdings-$size.csv" --scenario "$data/shocks-$shocks.csv" \
    --charts pnl-by-holding --chart-format png --out "$work/charts" > "$work/table.txt"
  cat "$work/t"
}
run_peer() {
  /usr/bin/time -f "%e %M" -o "$work/t" "$python" "$peer" "$data/holdings-$size.csv" \
    "$data/shocks-$shocks.csv" "$work/peer" > /dev/null
  cat "$work/t"
}
: > "$work/shockfolio"; : > "$work/peer.times"
for i in $(seq "$runs"); do
  run_shockfolio >> "$work/shockfolio"
  if [ "$has_peer" = 1 ]; then run_peer >> "$work/peer.times"; fi
done
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
sw=$(cut -d' ' -f1 "$work/shockfolio" | median); sm=$(cut -d' ' -f2 "$work/shockfolio" | median)
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "holdings-$size.csv x shocks-$shocks.csv, $runs runs each, medians, started by ${start[*]}:"
printf '  shockfolio: %6.2f s wall, %5d MB peak RSS (table: %d lines)\n' "$sw" $((sm / 1024)) "$(wc -l < "$work/table.txt")"
if [ "$has_peer" = 1 ]; then
  pw=$(cut -d' ' -f1 "$work/peer.times" | median); pm=$(cut -d' ' -f2 "$work/peer.times" | median)
  printf '  pandas:     %6.2f s wall, %5d MB peak RSS\n' "$pw" $((pm / 1024))
  printf '  ratio:      %6.2f x wall, %5.2f x memory\n' "$(echo "$sw / $pw" | bc -l)" "$(echo "$sm / $pm" | bc -l)"
fi

#!/usr/bin/env bash
# Benchmark: conditional propagation for a 500-name portfolio on 2,500 days of history.
# Generates a portfolio of the first 500 tickers of the wide S&P 500 table (one share each at
# 100 USD), then times `shockfolio run` (load, estimate, predict, print) with the conditional
# model against the same run with the sector model (load and print only), RUNS times each,
# alternating, and prints the medians and peak memory.
#
#   bash src/bench/conditional.sh [HISTORY_CSV] [RUNS]
#
# HISTORY_CSV defaults to ../shared/data/prices/sp500_adjclose_2015-2025.csv.
set -euo pipefail
cd "$(dirname "$0")/../.."
history=${1:-../shared/data/prices/sp500_adjclose_2015-2025.csv}
runs=${2:-5}
if [ ! -f "$history" ]; then
  echo "conditional.sh: no price history at $history; give the wide S&P 500 table as the first argument" >&2
  exit 2
fi
[ -f target/shockfolio.jar ] || mvn -B -q package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -1 "$history" | tr ',' '\n' | tail -n +2 | head -500 \
  | awk 'BEGIN { print "Symbol,Quantity,Price,Currency" } { print $1 ",1,100,USD" }' > "$work/p500.csv"
run() {
  /usr/bin/time -f "%e %M" -o "$work/t" java -jar target/shockfolio.jar run --portfolio "$work/p500.csv" \
    --scenario deepseek-2025-01-27-full --history "$history" --window 2500 --charts none --model "$1" \
    > /dev/null
  cat "$work/t"
}
: > "$work/conditional"; : > "$work/sector"
for i in $(seq "$runs"); do
  run conditional >> "$work/conditional"
  run sector >> "$work/sector"
done
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
c=$(cut -d' ' -f1 "$work/conditional" | median); s=$(cut -d' ' -f1 "$work/sector" | median)
cm=$(cut -d' ' -f2 "$work/conditional" | median); sm=$(cut -d' ' -f2 "$work/sector" | median)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -1)"
echo "500 names, --window 2500, $runs runs each, medians:"
printf '  conditional model: %.2f s wall, %d MB peak RSS\n' "$c" $((cm / 1024))
printf '  sector model:      %.2f s wall, %d MB peak RSS (loading and printing only)\n' "$s" $((sm / 1024))
printf '  estimation alone:  %.2f s\n' "$(echo "$c - $s" | bc -l)"

#!/usr/bin/env bash
# End-to-end benchmark: whole runs of `shockfolio run` (JVM start, reading, shocking, printing,
# charts) beside the pandas peer on the same inputs, alternating A B A B, RUNS times each. Prints
# the machine, then per case the medians of wall time and peak RSS (/usr/bin/time) and the ratio
# Shockfolio / peer.
#
#   bash src/bench/e2e.sh [RUNS]          RUNS defaults to 5
#
# Cases (CASES, comma-separated; default all):
#   default      `shockfolio run` as it ships (bundled sample, headline scenario, PNG + SVG charts,
#                sector model) beside the peer on the same sample, written as symbol,quantity,price,sector
#   sizes        1k holdings x 10 shocks, 100k x 100, 1M x 1,000: `run --model none --charts
#                pnl-by-holding --chart-format png` (load, shock, table, totals, one chart) beside the peer
#                (load, shock, 30 largest losses, total, two charts)
#   conditional  conditional propagation, 500 names x 2,500 days of generated history, 20 reported
#                moves: `run --model conditional` beside the same run with `--model sector` (no estimation);
#                the peer has no such model
#   batch        10,000 portfolios of 30 holdings x 100 scenarios with `shockfolio batch`, when the jar
#                has that command; Shockfolio alone (the peer is one process per pair)
#
# Environment:
#   PEER    the peer script (default ../shared/peers/pandas_shock.py); PEER=none runs Shockfolio alone
#   PYTHON  the Python with pandas and matplotlib for the peer (default /usr/bin/python3); generating the
#           inputs needs only its standard library
#   INPUTS  folder for the generated inputs, kept between runs (default target/e2e-inputs)
#   LAUNCH  how Shockfolio is started: `launcher` (default), target/shockfolio as the README runs it,
#           which picks the JVM's settings and the class-data-sharing archive; or `java`, plain
#           `$JAVA $JAVA_OPTS -jar target/shockfolio.jar`
#   JAVA    the java command for LAUNCH=java (default java); JAVA_OPTS options for that JVM
#   CASES   the cases to run, e.g. CASES=sizes
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-${RUNS:-5}}
peer=${PEER:-../shared/peers/pandas_shock.py}
python=${PYTHON:-/usr/bin/python3}
inputs=${INPUTS:-target/e2e-inputs}
java=${JAVA:-java}
cases=",${CASES:-default,sizes,conditional,batch},"
jar=target/shockfolio.jar
launch=${LAUNCH:-launcher}

die() { echo "e2e.sh: $*" >&2; exit 2; }
[ -x /usr/bin/time ] || die "needs GNU time at /usr/bin/time (Debian: apt-get install time)"
command -v "$python" > /dev/null || die "needs Python 3 at $python to generate the inputs (set PYTHON)"
if [ "$peer" != none ]; then
  [ -f "$peer" ] || die "no peer script at $peer; set PEER to pandas_shock.py (see README, Speed) or PEER=none"
  peer=$(cd "$(dirname "$peer")" && pwd)/$(basename "$peer")
  "$python" -c 'import pandas, matplotlib' 2> /dev/null \
    || die "the peer needs pandas and matplotlib for $python (Debian: apt-get install python3-pandas python3-matplotlib)"
fi
[ -f "$jar" ] && [ -x target/shockfolio ] || mvn -B -q package -DskipTests
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
case $launch in
  launcher) start=("$(dirname "$jar")/shockfolio") ;;
  java) read -r -a start <<< "$java ${JAVA_OPTS:-} -jar $jar" ;;
  *) die "LAUNCH is launcher or java, not $launch" ;;
esac

if [ ! -f "$inputs/.complete" ]; then
  echo "generating inputs in $inputs ..." >&2
  "$python" src/bench/generate.py "$inputs"
  touch "$inputs/.complete"
fi
inputs=$(cd "$inputs" && pwd)
# every run reads its files from the page cache, the first as the last
cat "$jar" "$inputs"/*.csv "$peer" > /dev/null 2>&1 || true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# timed LABEL DIR CMD...: runs CMD in DIR with its output discarded, appends "wall_s peak_kB" to $work/LABEL
timed() {
  local label=$1 dir=$2
  shift 2
  mkdir -p "$dir"
  (cd "$dir" && /usr/bin/time -f "%e %M" -o "$work/t" "$@" > /dev/null 2> "$work/err") \
    || { cat "$work/err" >&2; die "failed: $*"; }
  cat "$work/t" >> "$work/$label"
}
sf() { timed "$1" "$2" "${start[@]}" "${@:3}"; }
pd() { timed "$1" "$2" "$python" "$peer" "${@:3}"; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
wall() { cut -d' ' -f1 "$work/$1" | median; }
rss() { echo $(( $(cut -d' ' -f2 "$work/$1" | median | cut -d. -f1) / 1024 )); }
row() { # row TITLE A B: medians of A, B and the ratio A/B
  local aw am bw bm
  aw=$(wall "$2"); am=$(rss "$2")
  if [ -s "$work/$3" ]; then
    bw=$(wall "$3"); bm=$(rss "$3")
    printf '%-44s %7.2f %7d   %7.2f %7d   %6.2f %6.2f\n' "$1" "$aw" "$am" "$bw" "$bm" \
      "$(echo "$aw / $bw" | bc -l)" "$(echo "$am / $bm" | bc -l)"
  else
    printf '%-44s %7.2f %7d   %7s %7s   %6s %6s\n' "$1" "$aw" "$am" - - - -
  fi
}
# the total P&L both sides report, to check they do the same work (not timed); Shockfolio rounds
# each holding's P&L to cents, the peer sums unrounded, so they may differ by half a cent a holding moved
same_total() { # same_total TITLE MOVED SHOCKFOLIO_ARGS... -- PEER_ARGS...
  local title=$1 moved=$2 sfargs=() s p
  shift 2
  while [ "$1" != -- ]; do sfargs+=("$1"); shift; done
  shift
  s=$(cd "$work" && "$java" -jar "$jar" run "${sfargs[@]}" --charts none --format json 2> /dev/null \
    | "$python" -c 'import json, sys; d = json.load(sys.stdin); print((d[0] if isinstance(d, list) else d)["pnl"])')
  p=$(mkdir -p "$work/check" && "$python" "$peer" "$@" "$work/check" | awk '$1 == "total" { gsub(",", "", $4); print $4 }')
  if [ "$(echo "d = $s - ($p); if (d < 0) d = -d; d <= 0.005 * $moved + 0.005" | bc -l)" != 1 ]; then
    die "$title: Shockfolio's total P&L $s differs from the peer's $p; they do not do the same work"
  fi
  echo "check $title: total P&L $s (Shockfolio), $p (peer)" >&2
}

echo "machine: $(nproc) cores, $(lscpu | awk -F': +' '/^Model name/ { print $2 }'), \
$(free -g | awk '/Mem:/ { print $2 }') GiB; $($java -version 2>&1 | head -1)"
[ "$peer" = none ] || echo "peer: $peer; $("$python" --version 2>&1), pandas \
$("$python" -c 'import pandas; print(pandas.__version__)'), matplotlib $("$python" -c 'import matplotlib; print(matplotlib.__version__)')"
echo "shockfolio started by: ${start[*]}"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); $runs runs each, alternating, medians"
echo
printf '%-44s %15s   %15s   %13s\n' "" "Shockfolio" "peer" "Shockfolio/peer"
printf '%-44s %7s %7s   %7s %7s   %6s %6s\n' "case" "wall s" "RSS MB" "wall s" "RSS MB" "wall" "RSS"

if [[ $cases == *,default,* ]]; then
  if [ "$peer" != none ]; then
    same_total "sample, model none" 3 --model none -- "$inputs/sample-peer.csv" "$inputs/headline-peer.csv"
  fi
  for i in $(seq "$runs"); do
    sf default-sf "$work/a" run
    [ "$peer" = none ] || pd default-pd "$work/a" "$inputs/sample-peer.csv" "$inputs/headline-peer.csv" .
  done
  row "default run (sample, 9 holdings, 3 charts)" default-sf default-pd
fi

if [[ $cases == *,sizes,* ]]; then
  for size in 1k:10 100k:100 1m:1000; do
    p=${size%%:*}; n=${size##*:}
    if [ "$peer" != none ] && [ "$p" != 1m ]; then
      same_total "$p x $n" "$n" --portfolio "$inputs/portfolio-$p.csv" --scenario "$inputs/scenario-$n.csv" --model none \
        -- "$inputs/portfolio-$p.csv" "$inputs/peer-scenario-$n.csv"
    fi
    for i in $(seq "$runs"); do
      sf "$p-sf" "$work/$p" run --portfolio "$inputs/portfolio-$p.csv" --scenario "$inputs/scenario-$n.csv" \
        --model none --charts pnl-by-holding --chart-format png --out .
      [ "$peer" = none ] || pd "$p-pd" "$work/$p" "$inputs/portfolio-$p.csv" "$inputs/peer-scenario-$n.csv" .
    done
    row "$(echo "$p" | tr 'km' 'kM') holdings x $n shocks, 1 chart" "$p-sf" "$p-pd"
  done
fi

if [[ $cases == *,conditional,* ]]; then
  for i in $(seq "$runs"); do
    for model in conditional sector; do
      sf "cond-$model" "$work/c" run --portfolio "$inputs/conditional-500.csv" \
        --scenario "$inputs/conditional-20.csv" --history "$inputs/history-500x2500.csv" --window 2500 \
        --charts none --model "$model"
    done
  done
  row "conditional, 500 names x 2,500 days" cond-conditional none
  row "  same run, sector model (no estimation)" cond-sector none
  printf '%-44s %7.2f\n' "  estimation alone" "$(echo "$(wall cond-conditional) - $(wall cond-sector)" | bc -l)"
fi

if [[ $cases == *,batch,* ]]; then
  # an unknown command with --help still prints the main help and exits 0: look for batch's own option
  help=$(cd "$work" && "$java" -jar "$jar" batch --help 2>&1 || true)
  if [[ $help == *--portfolios* ]]; then
    if [ ! -f "$inputs/batch/.complete" ]; then
      echo "generating 10,000 portfolios and 100 scenarios in $inputs/batch ..." >&2
      "$python" src/bench/generate.py "$inputs" batch
      touch "$inputs/batch/.complete"
    fi
    cat "$inputs"/batch/portfolios/* "$inputs"/batch/scenarios/* > /dev/null
    for i in $(seq "$runs"); do
      sf batch "$work/b" batch --portfolios "$inputs/batch/portfolios" --scenarios "$inputs/batch/scenarios"
    done
    row "batch, 10,000 portfolios x 100 scenarios" batch none
  else
    printf '%-44s %s\n' "batch, 10,000 portfolios x 100 scenarios" "skipped: this jar has no 'batch' command"
  fi
fi

#!/usr/bin/env bash
# Start-up: where the time of a small run goes, which classes it loads, and what the launcher's
# JVM settings gain. Runs in a temporary folder, so charts land there.
#
#   bash src/bench/startup.sh [RUNS]        RUNS defaults to 5
#
# 1. Classes loaded by `run` (charts), `run --charts none` and `--version`, by group: Swing, AWT and
#    Java 2D, JFreeChart, image I/O must not load for --charts none.
# 2. The default run's timeline (through the launcher), from the moment (JVM uptime,
#    -Xlog:class+load) the first class of each phase loads: medians of RUNS runs. A phase ends where the next begins; `exit` is the wall
#    time (/usr/bin/time) after the charts are saved. 2b: timers around the same steps in a fresh JVM
#    (io.shockfolio.bench.StartupTimers), splitting chart drawing from PNG encoding.
# 3. The JVM settings the launcher (target/shockfolio) uses for a small run, part by part: plain
#    java -jar; C1 only and the serial collector; the same with the class-data-sharing archive the
#    build made (target/shockfolio.jsa, a build product of this machine's JDK: never commit it);
#    the launcher itself. Alternating, RUNS each; wall time, user CPU and peak memory.
#
# 2b needs target/benchmarks.jar (mvn -B -Pbench package -DskipTests) and is skipped without it.
#
# Environment: JAR (default target/shockfolio.jar), JAVA (default java).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-${RUNS:-5}}
java=${JAVA:-java}
jar=${JAR:-target/shockfolio.jar}
[ -x /usr/bin/time ] || { echo "startup.sh: needs GNU time at /usr/bin/time (Debian: apt-get install time)" >&2; exit 2; }
[ -f "$jar" ] || mvn -B -q package -DskipTests
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
jsa=$(pwd)/target/shockfolio.jsa
bench=$(pwd)/target/benchmarks.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
groups() { # groups LOG: class counts by origin and group
  local f=$1
  count() { grep -cE "$1" "$f" || true; }
  printf '%6d %6d %6d %6d %6d %6d %6d %6d %6d %6d' "$(wc -l < "$f")" "$(count 'shared objects file')" \
    "$(count 'source: (file:|jar:)')" "$(count '\] (java\.awt|sun\.awt|sun\.java2d|sun\.font)\.')" \
    "$(count '\] javax\.swing\.')" "$(count '\] org\.jfree\.')" "$(count '\] (javax\.imageio|com\.sun\.imageio)\.')" \
    "$(count '\] com\.formdev\.')" "$(count '\] picocli\.')" "$(count '\] io\.shockfolio\.')"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB; $($java -version 2>&1 | head -1);" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "1. classes loaded (one run each)"
printf '%-26s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s\n' "" all CDS jar awt swing jfree imgio flat picocl shockf
"$java" -Xlog:class+load:file=charts.log:uptime -jar "$jar" run > /dev/null
"$java" -Xlog:class+load:file=none.log:uptime -jar "$jar" run --charts none > /dev/null
"$java" -Xlog:class+load:file=version.log:uptime -jar "$jar" --version > /dev/null
printf '%-26s %s\n' "run (3 charts, png+svg)" "$(groups charts.log)"
printf '%-26s %s\n' "run --charts none" "$(groups none.log)"
printf '%-26s %s\n' "--version" "$(groups version.log)"
echo "  (awt: java.awt, sun.awt, sun.java2d, sun.font; all: every class, of which CDS from the JDK's"
echo "   shared archive and jar from shockfolio.jar)"

echo
echo "2. timeline of the default run (\`target/shockfolio run\`: sample portfolio, headline scenario, 3 charts"
echo "   as PNG and SVG; the chart set-up starts on a second thread when the command line is read)"
phases=(
  "io.shockfolio.cli.Main|JVM start to main()"
  "io.shockfolio.app.RunScenarios|command line (picocli, options)"
  "io.shockfolio.model.ShockEngine|reference list (bundled instruments)"
  "io.shockfolio.app.Estimation|portfolio and scenario files"
  "io.shockfolio.io.ResultTable|shocks and model (sector)"
  "io.shockfolio.app.SaveCharts\$Drawn|table printed"
  "io.shockfolio.app.SaveCharts\$Saved|charts built, drawn, encoded, written"
)
for i in $(seq "$runs"); do
  SHOCKFOLIO_JAVA_OPTS=-Xlog:class+load:file=t.log:uptime /usr/bin/time -f "%e" -o wall \
    "$(dirname "$jar")/shockfolio" run > /dev/null
  prev=0
  for p in "${phases[@]}"; do
    cls=${p%%|*}
    at=$(grep -m1 -F "] $cls source:" t.log | sed -E 's/^\[([0-9.]+)s\].*/\1/')
    echo "$(echo "$at - $prev" | bc -l)" >> "phase-${cls}"
    prev=$at
  done
  echo "$(echo "$(cat wall) - $prev" | bc -l)" >> phase-exit
  cat wall >> phase-wall
done
for p in "${phases[@]}"; do
  cls=${p%%|*}
  printf '  %-42s ends %5.2f s after the previous\n' "${p#*|}" "$(median < "phase-${cls}")"
done
printf '  %-42s      %5.2f s\n' "exit (printing the file list, JVM exit)" "$(median < phase-exit)"
printf '  %-42s      %5.2f s (median of %d)\n' "wall" "$(median < phase-wall)" "$runs"
echo "  (-Xlog:class+load itself costs a few hundredths of a second)"

echo
echo "2b. timers around the same steps (io.shockfolio.bench.StartupTimers, no command line, nothing written)"
if [ -f "$bench" ]; then
  for i in $(seq "$runs"); do
    "$java" -cp "$bench" io.shockfolio.bench.StartupTimers > timers
    head -1 timers > timers-header
    tail -1 timers >> timers-rows
  done
  columns=$(tr '\t' '\n' < timers-header | wc -l)
  for c in $(seq "$columns"); do
    printf '  %-42s %6d ms\n' "$(cut -f"$c" timers-header)" "$(cut -f"$c" timers-rows | median)"
  done
else
  echo "  needs target/benchmarks.jar: mvn -B -Pbench package -DskipTests"
fi

echo
echo "3. JVM settings: plain java -jar, then the launcher's quick-start settings without and with"
echo "   the build's class-data-sharing archive ($jsa), then the launcher itself"
[ -f "$jsa" ] || { echo "  no $jsa: build with mvn -B -q package -DskipTests" >&2; exit 1; }
launcher=$(dirname "$jar")/shockfolio
quick=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData)
timed() { /usr/bin/time -f "%e %U %M" -o t "$@" > /dev/null; cat t >> "$label"; }
for i in $(seq "$runs"); do
  for what in charts none; do
    args=(run); [ $what = none ] && args=(run --charts none)
    label=plain-$what timed "$java" -jar "$jar" "${args[@]}"
    label=quick-$what timed "$java" "${quick[@]}" -jar "$jar" "${args[@]}"
    label=cds-$what timed "$java" "${quick[@]}" -XX:SharedArchiveFile="$jsa" -jar "$jar" "${args[@]}"
    label=launcher-$what timed "$launcher" "${args[@]}"
  done
done
cell() { # cell FILE: median wall, user CPU, peak MB
  printf '%5.2f s %5.2f s %4d MB' "$(cut -d' ' -f1 "$1" | median)" "$(cut -d' ' -f2 "$1" | median)" \
    $(( $(cut -d' ' -f3 "$1" | median | cut -d. -f1) / 1024 ))
}
printf '  %-44s %-24s   %s\n' "" "run (3 charts)" "run --charts none"
printf '  %-44s %-24s   %s\n' "" "wall    CPU     memory" "wall    CPU     memory"
for row in "plain|java -jar" "quick|C1 + serial GC" "cds|C1 + serial GC + archive" "launcher|target/shockfolio"; do
  printf '  %-44s %s   %s\n' "${row#*|}" "$(cell "${row%%|*}-charts")" "$(cell "${row%%|*}-none")"
done

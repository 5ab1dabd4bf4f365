#!/usr/bin/env bash
# Remakes the README's chart images with the program itself: the bundled sample portfolio, the
# S&P 500 history of ../shared/data (not part of this repository) and the bundled scenarios.
# Run from the project folder after `mvn -B -q package -DskipTests`.
set -euo pipefail
cd "$(dirname "$0")/../.."
history=${1:-../shared/data/prices/sp500_adjclose_2015-2025.csv}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
java -jar target/shockfolio.jar run --history "$history" \
  -s deepseek-2025-01-27-headline-nasdaq -s deepseek-2025-01-27-full \
  --charts pnl-by-holding,waterfall,heatmap --chart-format png --out "$tmp" > /dev/null
cp "$tmp/sample-portfolio--deepseek-2025-01-27-full--pnl-by-holding.png" docs/images/pnl-by-holding.png
cp "$tmp/sample-portfolio--deepseek-2025-01-27-headline-nasdaq--waterfall.png" docs/images/waterfall.png
cp "$tmp/sample-portfolio--heatmap.png" docs/images/heatmap.png
echo "docs/images: pnl-by-holding.png waterfall.png heatmap.png"

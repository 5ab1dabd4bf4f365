#!/usr/bin/env python3
"""Inputs for measuring large portfolios: holdings files and scenarios of many shocks.

    python3 src/bench/generate_large.py OUTDIR [--foreign]

writes, deterministically (seed 27012025):

  holdings-1k.csv, holdings-100k.csv, holdings-1M.csv
      symbol,quantity,price,sector: unique tickers, some real (NVDA, AVGO, MSFT, ...), the rest
      random 3 to 5 capital letters; quantities 1 to 5,000, prices 1 to 1,000 with two decimals,
      one of 13 sectors. Each file begins with the rows of the smaller ones.
      With --foreign a few real European tickers (ASML.AS, ENR.DE, SU.PA, SAP.DE) join the real
      ones; their suffix makes them EUR holdings, so a run needs --base USD --fx EUR/USD=1.04.
  shocks-10.csv, shocks-100.csv, shocks-1000.csv
      the bundled scenario format (# name, # date, target,move,measured,source,note) with an
      extra column 'shock' (the move again) that pandas_shock.py reads. Targets are tickers of
      the first 1,000 holdings (so they move holdings in every file), the real ones first, and
      one in twenty a ticker no file holds. Moves from -30% to +10%.
"""
import os
import random
import sys

SEED = 27012025
SIZES = {"1k": 1_000, "100k": 100_000, "1M": 1_000_000}
SHOCKS = [10, 100, 1000]
REAL_US = ["NVDA", "AVGO", "AMD", "MU", "ARM", "VST", "CEG", "MSFT", "AAPL", "GOOGL", "META", "AMZN",
           "TSM", "INTC", "QCOM", "ORCL", "TSLA", "SMCI", "MRVL", "LRCX"]
REAL_EU = ["ASML.AS", "ENR.DE", "SU.PA", "SAP.DE"]
SECTORS = ["Information Technology", "Semiconductors", "Software", "Financials", "Health Care", "Energy",
           "Utilities", "Industrials", "Consumer Discretionary", "Consumer Staples", "Materials",
           "Real Estate", "Communication Services"]
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def tickers(n, foreign, rng):
    real = REAL_US + (REAL_EU if foreign else [])
    seen = set(real)
    out = list(real)
    while len(out) < n:
        t = "".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 5)))
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out[:n]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    outdir = sys.argv[1]
    foreign = "--foreign" in sys.argv[2:]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(SEED)
    largest = max(SIZES.values())
    symbols = tickers(largest, foreign, rng)
    rows = []
    for s in symbols:
        quantity = rng.randint(1, 5000)
        price = rng.randint(100, 100_000) / 100
        sector = "Semiconductors" if s in ("NVDA", "AVGO", "AMD", "MU", "TSM", "ASML.AS") else rng.choice(SECTORS)
        rows.append(f"{s},{quantity},{price:.2f},{sector}\n")
    for label, n in SIZES.items():
        with open(os.path.join(outdir, f"holdings-{label}.csv"), "w", encoding="utf-8", newline="") as f:
            f.write("symbol,quantity,price,sector\n")
            f.writelines(rows[:n])
    real = REAL_US + (REAL_EU if foreign else [])
    for count in SHOCKS:
        picked = list(real[:min(len(real), count // 2)])
        taken = set(picked)
        missing = 0
        while len(picked) < count:
            if rng.random() < 0.05:
                missing += 1
                picked.append(f"ZZ{missing}X")  # held by no file: digits never appear in generated tickers
                continue
            s = symbols[rng.randrange(1000)]
            if s not in taken:
                taken.add(s)
                picked.append(s)
        with open(os.path.join(outdir, f"shocks-{count}.csv"), "w", encoding="utf-8", newline="") as f:
            f.write(f"# name: bench-{count}-shocks\n# date: 2025-01-27\n"
                    f"# description: {count} generated moves for measuring large portfolios\n")
            f.write("target,move,measured,source,note,shock\n")
            for t in picked:
                move = rng.randint(-300, 100) / 10
                f.write(f"{t},{move}%,close,generated,,{move}%\n")


if __name__ == "__main__":
    main()

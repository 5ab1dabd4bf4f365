#!/usr/bin/env python3
"""Writes the inputs of src/bench/e2e.sh into a folder; the same files on every run (fixed seeds).

    python3 src/bench/generate.py DIR            # portfolios, scenarios, price history
    python3 src/bench/generate.py DIR batch      # also DIR/batch: 10,000 portfolios, 100 scenarios

Standard library only. What it writes (the JMH benchmarks in src/jmh generate the same portfolios):

  portfolio-1k.csv, -100k.csv, -1m.csv   symbol,quantity,price,sector: holding i is H + i in six digits
                                         (H000000, ...), quantity 1 + (7i mod 500), price
                                         10.25 + (13i mod 990), one of eleven sectors in turn; no
                                         currency column (Shockfolio takes USD and says so)
  scenario-10.csv, -100.csv, -1000.csv   Shockfolio scenario files: n ticker shocks on H000000 ...,
                                         the first n holdings, by -(1 + j mod 30)%, so each matches one
  peer-scenario-10.csv, ...              the same shocks as target,shock for the pandas peer
  sample-peer.csv                        the bundled sample portfolio as symbol,quantity,price,sector,
                                         priced in EUR (its "Value in EUR" over its quantity), cash as
                                         one line CASH-EUR; what Shockfolio reports in
  headline-peer.csv                      the headline scenario (scenarios/deepseek-2025-01-27.csv) as
                                         target,shock
  history-500x2500.csv                   wide price history Date,T1,...,T500: 2,501 weekdays ending
                                         Friday 24 January 2025 (2,500 daily returns), closes from 100
                                         under one factor: r = b f + e, f ~ N(0, 1%), e ~ N(0, 1.5%),
                                         b uniform in [0.5, 1.5]
  conditional-500.csv                    Symbol,Quantity,Price,Currency: T1 ... T500, one share at 100 USD
  conditional-20.csv                     scenario of 27 January 2025: T1 ... T20 by -(1 + j mod 10)%
  batch/portfolios/p00001.csv ...        10,000 portfolios of 30 holdings drawn from H000000 ... H000999
  batch/scenarios/s001.csv ...           100 scenarios of 20 ticker shocks drawn from the same symbols
"""
import csv
import datetime
import os
import random
import sys

SECTORS = ["Information Technology", "Health Care", "Financials", "Consumer Discretionary",
           "Communication Services", "Industrials", "Consumer Staples", "Energy", "Utilities", "Real Estate",
           "Materials"]
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def symbol(i):
    return "H%06d" % i


def portfolio(path, rows):
    with open(path, "w") as f:
        f.write("symbol,quantity,price,sector\n")
        for i in range(rows):
            f.write("%s,%d,%d.25,%s\n" % (symbol(i), 1 + (7 * i) % 500, 10 + (13 * i) % 990, SECTORS[i % 11]))


def scenario(path, name, date, shocks):
    """shocks: (target, percent) pairs."""
    with open(path, "w") as f:
        f.write("# name: %s\n# date: %s\n# description: generated for the benchmark\n" % (name, date))
        f.write("target,move,measured,source,note\n")
        for target, pct in shocks:
            f.write("%s,%s%%,close,generated,\n" % (target, pct))


def peer_scenario(path, shocks):
    with open(path, "w") as f:
        f.write("target,shock\n")
        for target, pct in shocks:
            f.write("%s,%s%%\n" % (target, pct))


def sample_for_peer(path):
    src = os.path.join(ROOT, "src", "main", "resources", "io", "shockfolio", "sample-portfolio.csv")
    with open(src, newline="") as f, open(path, "w") as out:
        out.write("symbol,quantity,price,sector\n")
        for row in csv.DictReader(f):
            value = float(row["Value in EUR"])
            if row["Symbol"]:
                qty = float(row["Quantity"])
                out.write("%s,%s,%.6f,%s\n" % (row["Symbol"], row["Quantity"], value / qty, row["Sector"]))
            else:
                out.write("CASH-%s,%.2f,1,%s\n" % (row["Currency"], value, row["Sector"]))


def headline_for_peer(path):
    src = os.path.join(ROOT, "scenarios", "deepseek-2025-01-27.csv")
    with open(src, newline="") as f:
        lines = [l for l in f if not l.startswith("#")]
    with open(path, "w") as out:
        out.write("target,shock\n")
        for row in csv.DictReader(lines):
            out.write("%s,%s\n" % (row["target"], row["move"]))


def history(path, names, days):
    rnd = random.Random(7)
    dates = []
    d = datetime.date(2025, 1, 24)
    while len(dates) < days + 1:
        if d.weekday() < 5:
            dates.append(d)
        d -= datetime.timedelta(days=1)
    dates.reverse()
    betas = [0.5 + rnd.random() for _ in range(names)]
    closes = [100.0] * names
    with open(path, "w") as f:
        f.write("Date," + ",".join("T%d" % (i + 1) for i in range(names)) + "\n")
        for t, day in enumerate(dates):
            if t > 0:
                factor = rnd.gauss(0, 0.01)
                for i in range(names):
                    closes[i] *= 2.718281828459045 ** (betas[i] * factor + rnd.gauss(0, 0.015))
            f.write(day.isoformat() + "," + ",".join("%.4f" % c for c in closes) + "\n")


def batch(folder):
    rnd = random.Random(11)
    pf = os.path.join(folder, "portfolios")
    sc = os.path.join(folder, "scenarios")
    os.makedirs(pf, exist_ok=True)
    os.makedirs(sc, exist_ok=True)
    for p in range(1, 10_001):
        with open(os.path.join(pf, "p%05d.csv" % p), "w") as f:
            f.write("symbol,quantity,price,sector\n")
            for i in rnd.sample(range(1000), 30):
                f.write("%s,%d,%d.25,%s\n" % (symbol(i), 1 + rnd.randrange(500), 10 + rnd.randrange(990), SECTORS[i % 11]))
    for s in range(1, 101):
        shocks = [(symbol(i), -(1 + rnd.randrange(30))) for i in rnd.sample(range(1000), 20)]
        scenario(os.path.join(sc, "s%03d.csv" % s), "generated-%03d" % s, "2025-01-27", shocks)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    if len(sys.argv) > 2 and sys.argv[2] == "batch":
        batch(os.path.join(out, "batch"))
        return
    for label, rows in (("1k", 1_000), ("100k", 100_000), ("1m", 1_000_000)):
        portfolio(os.path.join(out, "portfolio-%s.csv" % label), rows)
    for n in (10, 100, 1000):
        shocks = [(symbol(j), -(1 + j % 30)) for j in range(n)]
        scenario(os.path.join(out, "scenario-%d.csv" % n), "generated-%d" % n, "2025-01-27", shocks)
        peer_scenario(os.path.join(out, "peer-scenario-%d.csv" % n), shocks)
    sample_for_peer(os.path.join(out, "sample-peer.csv"))
    headline_for_peer(os.path.join(out, "headline-peer.csv"))
    history(os.path.join(out, "history-500x2500.csv"), 500, 2500)
    with open(os.path.join(out, "conditional-500.csv"), "w") as f:
        f.write("Symbol,Quantity,Price,Currency\n")
        for i in range(500):
            f.write("T%d,1,100,USD\n" % (i + 1))
    scenario(os.path.join(out, "conditional-20.csv"), "generated-conditional-20", "2025-01-27",
             [("T%d" % (j + 1), -(1 + j % 10)) for j in range(20)])


if __name__ == "__main__":
    main()

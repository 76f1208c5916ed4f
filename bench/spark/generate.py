#!/usr/bin/env python3
"""Synthetic customer journeys for the Spark benchmark, one journey a row, in ChannelAttribution's
path format (path,total_conversions,total_conversion_value,total_null), gzip-compressed.

Usage: python3 bench/spark/generate.py JOURNEYS OUT.csv.gz [SEED]

Twelve channels with skewed popularity; path lengths 1 to 15 (mean about 6, so a million
journeys are about six million touchpoints); a journey converts with a probability that grows
with its length, for a value drawn from a log-normal. Deterministic for a given seed.
"""
import gzip
import sys

import numpy as np

CHANNELS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta",
            "eta", "theta", "iota", "kappa", "lambda", "mi"]


def main():
    journeys = int(sys.argv[1])
    out = sys.argv[2]
    rng = np.random.default_rng(int(sys.argv[3]) if len(sys.argv) > 3 else 12)
    weights = 1.0 / np.arange(1, len(CHANNELS) + 1)
    weights /= weights.sum()
    batch = 100_000
    with gzip.open(out, "wt", compresslevel=3, newline="") as f:
        f.write("path,total_conversions,total_conversion_value,total_null\n")
        done = 0
        while done < journeys:
            n = min(batch, journeys - done)
            lengths = np.clip(rng.poisson(5.0, n) + 1, 1, 15)
            touches = rng.choice(len(CHANNELS), size=int(lengths.sum()), p=weights)
            converts = rng.random(n) < 0.05 + 0.02 * lengths
            values = np.round(rng.lognormal(3.0, 1.0, n), 2)
            at = 0
            lines = []
            for i in range(n):
                k = int(lengths[i])
                path = " > ".join(CHANNELS[c] for c in touches[at:at + k])
                at += k
                if converts[i]:
                    lines.append(f"{path},1,{values[i]},0\n")
                else:
                    lines.append(f"{path},0,0,1\n")
            f.write("".join(lines))
            done += n


if __name__ == "__main__":
    main()

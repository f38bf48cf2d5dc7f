"""Generate servqual_bank.csv: SERVQUAL answers from customers of three bank branches.

Synthetic, with a known structure: for each respondent one latent expectation and one latent
perception per dimension; the 22 items (Parasuraman et al. 1991 structure) load on their
dimension's latent score plus noise, so the five-factor structure and high alphas are real.
True gaps P − E by dimension: reliability −1.2, responsiveness −0.9 (−1.6 at branch C),
empathy −0.6, assurance −0.4, tangibles −0.2. Also a 100-point importance allocation (three
respondents' points do not add up to 100, on purpose), adequate and desired service levels per
dimension (zone of tolerance), and an overall quality rating.

Run: python datasets/generators/servqual.py  (same seed, same file)
"""

from pathlib import Path

import numpy as np
import pandas as pd

SEED = 1991
OUT = Path(__file__).resolve().parents[1] / "servqual_bank.csv"
DIMS = {"tangibles": 4, "reliability": 5, "responsiveness": 4, "assurance": 4, "empathy": 5}
LETTER = {"tangibles": "T", "reliability": "R", "responsiveness": "S", "assurance": "A", "empathy": "E"}
GAP = {"tangibles": -0.2, "reliability": -1.2, "responsiveness": -0.9, "assurance": -0.4, "empathy": -0.6}
WEIGHT = {"tangibles": 11, "reliability": 32, "responsiveness": 22, "assurance": 19, "empathy": 16}


def generate(seed: int = SEED, n: int = 450) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    branch = rng.choice(["A", "B", "C"], size=n)
    table = {"respondent_id": [f"B{i:04d}" for i in range(1, n + 1)], "branch": branch}
    perceived_dim = {}
    for dim, k in DIMS.items():
        e_latent = 6.1 + rng.normal(0, 0.45, n)
        shift = GAP[dim] + np.where((branch == "C") & (dim == "responsiveness"), -0.7, 0.0)
        p_latent = e_latent + shift + rng.normal(0, 0.7, n)
        perceived_dim[dim] = p_latent
        for j in range(1, k + 1):
            table[f"E_{LETTER[dim]}{j}"] = np.clip(np.rint(e_latent + rng.normal(0, 0.45, n)), 1, 7).astype(int)
            table[f"P_{LETTER[dim]}{j}"] = np.clip(np.rint(p_latent + rng.normal(0, 0.55, n)), 1, 7).astype(int)
        table[f"ADQ_{dim}"] = np.clip(np.rint(4.6 + rng.normal(0, 0.7, n) + 0.3 * (dim == "reliability")), 1, 7).astype(int)
        table[f"DES_{dim}"] = np.clip(np.rint(6.3 + rng.normal(0, 0.5, n)), 1, 7).astype(int)
    raw = rng.dirichlet(np.array(list(WEIGHT.values()), dtype=float) / 2, size=n) * 100
    points = np.rint(raw).astype(int)
    points[:, 1] += 100 - points.sum(axis=1)  # make each row add up to 100 via reliability
    points[rng.choice(n, size=3, replace=False), 0] += 10  # three careless allocations
    for k, dim in enumerate(DIMS):
        table[f"W_{dim}"] = points[:, k]
    quality = sum(WEIGHT[d] / 100 * perceived_dim[d] for d in DIMS) + rng.normal(0, 0.4, n)
    table["overall"] = np.clip(np.rint(quality), 1, 7).astype(int)
    return pd.DataFrame(table)


if __name__ == "__main__":
    generate().to_csv(OUT, index=False, encoding="utf-8", lineterminator="\n")
    print(f"wrote {OUT}")

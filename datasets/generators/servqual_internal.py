"""Generate servqual_internal.csv: departments rate the shared functions that serve them.

Synthetic. 40 staff in each of five business departments (sales, stores, e-commerce, product,
customer service) rate five shared functions (IT, HR, finance, procurement, logistics) on the
15-item internal-service variant (cxlab.servqual.instrument(variant="internal")): expectation
and perception, 1-7. Known pattern: IT's gap is largest on responsiveness, finance's on
empathy (it does not understand the business), logistics' on reliability; HR is closest to
expectations. Each rater also gives an overall rating of the function (1-7).

Run: python datasets/generators/servqual_internal.py  (same seed, same file)
"""

from pathlib import Path

import numpy as np
import pandas as pd

SEED = 2025
OUT = Path(__file__).resolve().parents[1] / "servqual_internal.csv"
DEPARTMENTS = ["sales", "stores", "ecommerce", "product", "service"]
FUNCTIONS = ["IT", "HR", "finance", "procurement", "logistics"]
DIMS = {"tangibles": "IT", "reliability": "IR", "responsiveness": "IS", "assurance": "IA", "empathy": "IE"}
BASE_GAP = {"tangibles": -0.4, "reliability": -0.6, "responsiveness": -0.7, "assurance": -0.3, "empathy": -0.6}
EXTRA = {("IT", "responsiveness"): -1.0, ("finance", "empathy"): -1.1, ("logistics", "reliability"): -0.9,
         ("procurement", "responsiveness"): -0.4}
HR_BONUS = 0.4


def generate(seed: int = SEED, per_department: int = 40) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = []
    for dept in DEPARTMENTS:
        for k in range(per_department):
            function = FUNCTIONS[(k + DEPARTMENTS.index(dept)) % len(FUNCTIONS)]
            row = {"rater_id": f"{dept[:2].upper()}{k + 1:02d}", "department": dept, "function": function}
            quality = 0.0
            for dim, prefix in DIMS.items():
                e_latent = 6.0 + rng.normal(0, 0.4)
                gap = BASE_GAP[dim] + EXTRA.get((function, dim), 0.0) + (HR_BONUS if function == "HR" else 0.0)
                p_latent = e_latent + gap + rng.normal(0, 0.6)
                quality += p_latent / len(DIMS)
                for j in range(1, 4):
                    row[f"E_{prefix}{j}"] = int(np.clip(np.rint(e_latent + rng.normal(0, 0.45)), 1, 7))
                    row[f"P_{prefix}{j}"] = int(np.clip(np.rint(p_latent + rng.normal(0, 0.5)), 1, 7))
            row["overall"] = int(np.clip(np.rint(quality + rng.normal(0, 0.4)), 1, 7))
            rows.append(row)
    return pd.DataFrame(rows)


if __name__ == "__main__":
    generate().to_csv(OUT, index=False, encoding="utf-8", lineterminator="\n")
    print(f"wrote {OUT}")

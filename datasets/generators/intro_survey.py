"""Generate datasets/intro_survey.csv, the small post-service survey of notebook 00.

Synthetic: 240 respondents of a fictional home-furnishings retailer, January to
March 2026, in three channels. Each respondent has one latent experience score;
CSAT (1-5), likelihood to recommend (0-10) and the CES 2.0 item (1-7, "the company
made it easy to handle my request") are noisy readings of it, so the three agree
as they do in real surveys. The phone channel is made somewhat worse on purpose.

Run: python datasets/generators/intro_survey.py  (rewrites the CSV; same seed, same file)
"""

from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20230901  # GB/T 42509-2023 was published in 2023
N = 240
OUT = Path(__file__).resolve().parents[1] / "intro_survey.csv"


def generate(seed: int = SEED, n: int = N) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    channel = rng.choice(["store", "online", "phone"], size=n, p=[0.35, 0.45, 0.20])
    segment = rng.choice(["new", "returning"], size=n, p=[0.4, 0.6])
    day = rng.integers(0, 90, size=n)
    date = pd.Timestamp("2026-01-01") + pd.to_timedelta(np.sort(day), unit="D")
    shift = pd.Series(channel).map({"store": 0.3, "online": 0.1, "phone": -0.6}).to_numpy()
    latent = rng.normal(0, 1, size=n) + shift + np.where(segment == "returning", 0.2, 0.0)

    def reading(low: int, high: int, centre: float, spread: float, noise: float) -> np.ndarray:
        raw = centre + spread * latent + rng.normal(0, noise, size=n)
        return np.clip(np.rint(raw), low, high).astype(int)

    return pd.DataFrame({
        "respondent_id": [f"R{i:04d}" for i in range(1, n + 1)],
        "survey_date": date.strftime("%Y-%m-%d"),
        "channel": channel,
        "segment": segment,
        "csat": reading(1, 5, 3.9, 0.9, 0.6),
        "recommend": reading(0, 10, 7.6, 1.9, 1.2),
        "ces": reading(1, 7, 5.2, 1.1, 0.8),
    })


if __name__ == "__main__":
    generate().to_csv(OUT, index=False, encoding="utf-8", lineterminator="\n")
    print(f"wrote {OUT}")

"""Generate cx_monthly.csv (a 24-month multi-channel CX survey) and cx_tickets.csv (a ticket log).

Synthetic, for the home-furnishings e-commerce case. Survey: about 220 answers a month,
January 2025 to December 2026, four channels, two segments; each answer has touchpoint
ratings (1-5), overall satisfaction (1-5), likelihood to recommend (0-10) and CES 2.0 (1-7),
all driven by one hidden experience score plus the touchpoint ratings. Deliberate shift:
from April 2026 a new logistics partner makes delivery worse for online and app orders,
which pulls their delivery rating, satisfaction and NPS down. Tickets: 2,400 complaints in
2026 with created / first-response / resolved times (some still open), channel and category;
delivery complaints rise after the same change.

Run: python datasets/generators/cx.py  (same seed, same files)
"""

from pathlib import Path

import numpy as np
import pandas as pd

SEED = 3733
OUT = Path(__file__).resolve().parents[1]
CHANNELS = ["store", "online", "phone", "app"]
SHIFT = pd.Timestamp("2026-04-01")


def survey(rng: np.random.Generator) -> pd.DataFrame:
    months = pd.period_range("2025-01", "2026-12", freq="M")
    sizes = rng.poisson(220, size=len(months))
    month = np.repeat(months.to_timestamp().to_numpy(), sizes)
    n = len(month)
    date = pd.to_datetime(month) + pd.to_timedelta(rng.integers(0, 28, size=n), unit="D")
    channel = rng.choice(CHANNELS, size=n, p=[0.25, 0.4, 0.15, 0.2])
    segment = rng.choice(["new", "returning"], size=n, p=[0.4, 0.6])
    hidden = rng.normal(0, 1, size=n) + np.where(segment == "returning", 0.15, 0)
    late = (date >= SHIFT) & np.isin(channel, ["online", "app"])

    def rating(centre, spread=0.8, shift=0.0):
        raw = centre + spread * hidden + rng.normal(0, 0.7, size=n) + shift
        return np.clip(np.rint(raw), 1, 5).astype(int)

    delivery = rating(4.0, shift=np.where(late, -1.0, 0.0))
    install = rating(3.9)
    service = rating(4.1, shift=np.where(channel == "phone", -0.3, 0.0))
    website = rating(3.8, shift=np.where(np.isin(channel, ["online", "app"]), 0.2, -0.1))
    drive = 0.35 * (delivery - 4) + 0.2 * (install - 4) + 0.25 * (service - 4) + 0.1 * (website - 4)
    csat = np.clip(np.rint(3.95 + 0.6 * hidden + drive + rng.normal(0, 0.5, n)), 1, 5).astype(int)
    recommend = np.clip(np.rint(7.7 + 1.5 * hidden + 2.0 * drive + rng.normal(0, 1.1, n)), 0, 10).astype(int)
    ces = np.clip(np.rint(5.3 + 0.9 * hidden + 0.9 * drive + rng.normal(0, 0.8, n)), 1, 7).astype(int)
    table = pd.DataFrame({"date": date.strftime("%Y-%m-%d"), "channel": channel, "segment": segment,
                          "rating_delivery": delivery, "rating_install": install,
                          "rating_service": service, "rating_website": website,
                          "csat": csat, "recommend": recommend, "ces": ces})
    table = table.sort_values("date", kind="stable").reset_index(drop=True)
    table.insert(0, "response_id", [f"C{i:05d}" for i in range(1, len(table) + 1)])
    return table


def ticket_log(rng: np.random.Generator, n: int = 2400) -> pd.DataFrame:
    created = pd.Timestamp("2026-01-01") + pd.to_timedelta(np.sort(rng.uniform(0, 365 * 24, n)), unit="h")
    channel = rng.choice(["phone", "online_chat", "app", "store"], size=n, p=[0.3, 0.35, 0.25, 0.1])
    after = created >= SHIFT
    p_delivery = np.where(after, 0.42, 0.25)
    u = rng.random(n)
    category = np.select([u < p_delivery, u < p_delivery + 0.2, u < p_delivery + 0.38, u < p_delivery + 0.5],
                         ["delivery", "installation", "quality", "refund"], "other")
    median_response = pd.Series(channel).map({"phone": 2, "online_chat": 1, "app": 8, "store": 14}).to_numpy()
    response_h = median_response * np.exp(rng.normal(0, 0.9, n))
    resolution_h = response_h + 30 * np.exp(rng.normal(0, 0.8, n)) * np.where(category == "delivery", 1.3, 1.0)
    still_open = rng.random(n) < 0.03
    first = created + pd.to_timedelta(response_h, unit="h")
    resolved = (created + pd.to_timedelta(resolution_h, unit="h")).where(~still_open)
    fmt = "%Y-%m-%d %H:%M"
    return pd.DataFrame({"ticket_id": [f"T{i:05d}" for i in range(1, n + 1)],
                         "created": created.strftime(fmt), "first_response": first.strftime(fmt),
                         "resolved": pd.Series(resolved).dt.strftime(fmt), "channel": channel,
                         "category": category})


if __name__ == "__main__":
    rng = np.random.default_rng(SEED)
    survey(rng).to_csv(OUT / "cx_monthly.csv", index=False, encoding="utf-8", lineterminator="\n")
    ticket_log(rng).to_csv(OUT / "cx_tickets.csv", index=False, encoding="utf-8", lineterminator="\n")
    print(f"wrote {OUT / 'cx_monthly.csv'} and {OUT / 'cx_tickets.csv'}")

"""Generate the Kano datasets: kano_features.csv (12 features) and kano_survey.csv.

Synthetic: 400 customers of a fictional e-commerce platform for home furnishings (the
scope case of GB/T 42509 5.2 in the training guide) answer the functional and
dysfunctional question for 12 features, plus self-stated importance (1-9). Each feature
has a true category mix; three mixes differ by segment on purpose (SEGMENT_EFFECTS: the
3D/AR preview and old-furniture take-away by age band, fast refunds by customer type) and
the others do not, so that a segment test has real effects and look-alike noise to tell
apart. Each answer pair is drawn from the Berger et al. (1993) table cells of the drawn
category. Every feature has its own random stream, so changing one leaves the others. Then the mess of a real
export is added on purpose: labels in two wordings, some answers as digits (a few
full-width), stray spaces, blanks, and 8 careless respondents who answer almost at random.

Run: python datasets/generators/kano.py  (same seed, same files)
"""

from pathlib import Path

import numpy as np
import pandas as pd

SEED = 42509
N = 400
OUT = Path(__file__).resolve().parents[1]

# feature, zh, en, absent_zh, absent_en, category weights A O M I R Q
FEATURES = [
    ("ar_preview", "商品页提供 3D/AR 实景摆放预览", "the product page offered a 3D/AR preview in your room",
     "商品页没有 3D/AR 实景摆放预览", "the product page had no 3D/AR room preview", [46, 12, 4, 34, 2, 2]),
    ("true_photos", "商品图片与实物颜色、尺寸一致", "product photos matched the real colour and size",
     "商品图片与实物颜色、尺寸不一致", "product photos did not match the real colour and size", [4, 22, 66, 6, 1, 1]),
    ("delivery_slot", "可以预约两小时内的送货时段", "you could book a two-hour delivery slot",
     "不能预约送货时段", "you could not book a delivery slot", [18, 52, 16, 12, 1, 1]),
    ("free_install", "大件家具免费上门安装", "large furniture was installed free at home",
     "大件家具要自己安装或另付费", "you had to install large furniture yourself or pay extra", [8, 40, 38, 12, 1, 1]),
    ("order_tracking", "实时查看订单和物流进度", "you could track the order and delivery in real time",
     "无法查看订单和物流进度", "you could not track the order and delivery", [5, 25, 58, 10, 1, 1]),
    ("fast_refund", "退货入库后 24 小时内退款", "refunds arrived within 24 hours of the return",
     "退货后退款要等一周以上", "refunds took more than a week after a return", [12, 54, 22, 10, 1, 1]),
    ("old_furniture", "送新家具时顺便回收旧家具", "old furniture was taken away when the new one arrived",
     "不提供旧家具回收", "old furniture was not taken away", [48, 14, 6, 30, 1, 1]),
    ("eco_report", "提供材料环保检测报告", "a test report on material emissions was provided",
     "不提供材料环保检测报告", "no test report on material emissions was provided", [12, 34, 36, 16, 1, 1]),
    ("styling_advice", "免费的软装搭配建议", "free advice on matching soft furnishings was offered",
     "没有软装搭配建议", "no styling advice was offered", [34, 10, 3, 50, 2, 1]),
    ("live_stream", "主播直播讲解商品", "products were explained in live streams",
     "没有直播讲解", "there were no live streams", [14, 6, 2, 68, 9, 1]),
    ("points_game", "下单后玩积分小游戏", "you could play a points game after ordering",
     "没有积分小游戏", "there were no points games", [8, 3, 1, 66, 21, 1]),
    ("popup_recs", "浏览时弹出个性化推荐", "personalised recommendations popped up while browsing",
     "浏览时不弹出推荐", "no recommendations popped up while browsing", [6, 4, 1, 44, 44, 1]),
]
CATEGORIES = "AOMIRQ"
BERGER = ["QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ"]
CELLS = {c: [(f + 1, d + 1) for f in range(5) for d in range(5) if BERGER[f][d] == c] for c in CATEGORIES}
SHORT = ["喜欢", "理所当然", "无所谓", "能忍受", "不喜欢"]
BERGER_ZH = ["我很喜欢", "它理应如此", "无所谓", "我能忍受", "我很不喜欢"]
IMPORTANCE_CENTRE = {"A": 5.5, "O": 7.2, "M": 7.8, "I": 3.6, "R": 2.5, "Q": 5.0}
# feature -> (segment column, category, weight factor per segment value)
SEGMENT_EFFECTS = {
    "ar_preview": ("age_band", "A", {"18-29": 2.2, "30-44": 1.0, "45+": 0.35}),
    "old_furniture": ("age_band", "A", {"18-29": 0.5, "30-44": 1.0, "45+": 1.8}),
    "fast_refund": ("customer_type", "M", {"new": 0.6, "returning": 1.8}),
}


def _pair(rng, category: str) -> tuple[int, int]:
    cells = CELLS[category]
    # the canonical cell of each category is the most common answer pair in practice
    canonical = {"A": (1, 3), "O": (1, 5), "M": (2, 5), "I": (3, 3), "R": (5, 1), "Q": (1, 1)}
    if rng.random() < 0.55:
        return canonical[category]
    return cells[rng.integers(len(cells))]


def _render(rng, code: int) -> object:
    u = rng.random()
    if u < 0.006:
        return ""
    if u < 0.035:
        return str(code)
    if u < 0.045:
        return chr(0xFF10 + code)  # full-width digit
    label = (SHORT if rng.random() < 0.8 else BERGER_ZH)[code - 1]
    return f" {label} " if rng.random() < 0.02 else label


def generate(seed: int = SEED, n: int = N) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    features = pd.DataFrame([f[:5] for f in FEATURES],
                            columns=["feature", "zh", "en", "absent_zh", "absent_en"])
    survey = pd.DataFrame({
        "respondent_id": [f"K{i:04d}" for i in range(1, n + 1)],
        "customer_type": rng.choice(["new", "returning"], size=n, p=[0.45, 0.55]),
        "age_band": rng.choice(["18-29", "30-44", "45+"], size=n, p=[0.35, 0.4, 0.25]),
    })
    careless = set(rng.choice(n, size=8, replace=False))
    for k, (name, *_, weights) in enumerate(FEATURES):
        rng = np.random.default_rng([seed, k])
        base = np.array(weights, dtype=float)
        func, dys, imp = [], [], []
        for i in range(n):  # a generator, not analysis code: clarity over speed
            w = base.copy()
            if name in SEGMENT_EFFECTS:
                column, category, factor = SEGMENT_EFFECTS[name]
                w[CATEGORIES.index(category)] *= factor[survey.at[i, column]]
            if i in careless:
                f, d = rng.integers(1, 6, size=2)
                category = BERGER[f - 1][d - 1]
            else:
                category = CATEGORIES[rng.choice(6, p=w / w.sum())]
                f, d = _pair(rng, category)
            func.append(_render(rng, int(f)))
            dys.append(_render(rng, int(d)))
            level = IMPORTANCE_CENTRE[category] + rng.normal(0, 1.3)
            imp.append(int(np.clip(np.rint(level), 1, 9)) if rng.random() > 0.01 else None)
        survey[f"{name}_func"], survey[f"{name}_dys"] = func, dys
        survey[f"{name}_imp"] = pd.array(imp, dtype="Int64")
    return features, survey


if __name__ == "__main__":
    features, survey = generate()
    features.to_csv(OUT / "kano_features.csv", index=False, encoding="utf-8", lineterminator="\n")
    survey.to_csv(OUT / "kano_survey.csv", index=False, encoding="utf-8", lineterminator="\n")
    print(f"wrote {OUT / 'kano_features.csv'} and {OUT / 'kano_survey.csv'}")

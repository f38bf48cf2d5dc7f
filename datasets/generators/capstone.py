"""The capstone's raw survey: a 问卷星 按文本 xlsx download with the faults a researcher meets.

Synthetic. One questionnaire of the home-furnishings e-commerce case (channel, whether large
furniture was bought, seven Kano matrices, ten SERVQUAL expectation and perception rows, NPS
0–10, CSAT 1–5, an optional comment), written in 问卷星's 2024-25 按文本 layout (see cxlab's
reference ``survey-exports.md`` §1): metadata columns 序号 … 来自IP, ``所用时间`` as "95秒",
Kano matrices headed ``N、您对「…」的看法—如果有该功能`` then ``如果没有该功能``, SERVQUAL
matrices headed ``N、题干—行1`` then bare row labels, ``(跳过)`` where skip logic hid a
question (the installation features for buyers of no large furniture), ``(空)`` where the
optional comment was left blank.

The faults, each at a fixed count, are what the capstone's cleaning step must find and report:

- DUPLICATES respondents submitted a second time a few minutes later: a new 序号, the same
  来自IP and the same answers;
- SPEEDERS answered in 15–40 seconds, at random;
- STRAIGHT_LINERS gave one rating to all 20 SERVQUAL rows (and 很喜欢 to every Kano row).

Genuine answers: each Kano feature has a category mix (the answer pair is drawn from the cells
of Berger et al.'s 1993 evaluation table for the drawn category); each SERVQUAL dimension has an
expectation level and a gap; NPS and CSAT follow a respondent's perceptions and channel.

Run: python datasets/generators/capstone.py  (same seed, same file)
"""

import runpy
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261012
OUT = Path(__file__).resolve().parents[1] / "exports" / "capstone_wjx_按文本.xlsx"
GENUINE, DUPLICATES, SPEEDERS, STRAIGHT_LINERS = 318, 5, 9, 6
EXPORTS = runpy.run_path(str(Path(__file__).with_name("exports.py")))  # the other 问卷星 files' writer
META, KANO_LABELS = EXPORTS["WJX_META"], EXPORTS["KANO_LABELS"]
CHANNELS = {"手机App": 0.45, "网页商城": 0.25, "线下体验店": 0.20, "电话订购": 0.10}
CHANNEL_NPS = {"手机App": 0.3, "网页商城": 0.0, "线下体验店": 0.5, "电话订购": -1.4}
CITIES = ["广东-深圳", "广东-广州", "上海-上海", "北京-北京", "浙江-杭州", "四川-成都", "湖北-武汉", "江苏-南京"]
# feature code, 问卷星 name (kano_features' zh), shares of A, O, M, I, R, Q; install-only
FEATURES = [
    ("ar_preview", "商品页提供 3D/AR 实景摆放预览", (0.46, 0.10, 0.05, 0.31, 0.04, 0.04), False),
    ("true_photos", "商品图片与实物颜色、尺寸一致", (0.06, 0.20, 0.52, 0.18, 0.02, 0.02), False),
    ("delivery_slot", "可以预约两小时内的送货时段", (0.16, 0.46, 0.18, 0.16, 0.02, 0.02), False),
    ("free_install", "大件家具免费上门安装", (0.10, 0.24, 0.40, 0.22, 0.02, 0.02), True),
    ("fast_refund", "退货入库后 24 小时内退款", (0.10, 0.40, 0.24, 0.22, 0.02, 0.02), False),
    ("old_furniture", "送新家具时顺便回收旧家具", (0.40, 0.10, 0.08, 0.38, 0.02, 0.02), True),
    ("points_game", "下单后玩积分小游戏", (0.14, 0.04, 0.04, 0.62, 0.14, 0.02), False),
]
# item, dimension, expectation mean, gap (P − E), wording
ITEMS = [
    ("T1", "tangibles", 6.0, -0.4, "商品页的图片、视频和尺寸信息清楚完整"),
    ("T2", "tangibles", 5.6, -0.3, "送装人员着装整洁、工具带齐"),
    ("R1", "reliability", 6.5, -1.7, "在承诺的日期把货送到"),
    ("R2", "reliability", 6.3, -1.4, "第一次就把家具装好，不用返工"),
    ("S1", "responsiveness", 6.0, -1.0, "客服几分钟内回应咨询"),
    ("S2", "responsiveness", 6.2, -1.2, "出了问题很快给出解决办法"),
    ("A1", "assurance", 6.1, -0.3, "安装师傅手艺好，让人放心"),
    ("A2", "assurance", 6.3, -0.2, "付款和个人信息让人感到安全"),
    ("E1", "empathy", 5.9, -0.9, "能按我方便的时间安排送货"),
    ("E2", "empathy", 5.5, -0.6, "客服了解我家的具体需要"),
]
COMMENTS = ["送货时间能不能再准一点", "安装师傅很专业", "希望退款快一些", "客服回复太慢", "图片和实物有色差",
            "希望能预约晚上送货", "整体不错，会再来", "包装很好"]
CATEGORY_CELLS = {c: [(f, d) for f in range(1, 6) for d in range(1, 6)
                      if "QAAAORIIIMRIIIMRIIIMRRRRQ"[(f - 1) * 5 + d - 1] == c] for c in "AOMIRQ"}


def _kano_pairs(rng, shares, n: int) -> np.ndarray:
    """n (functional, dysfunctional) answer codes: a category per respondent, then one of its
    cells in Berger et al.'s table at random."""
    cats = rng.choice(list("AOMIRQ"), size=n, p=shares)
    out = np.empty((n, 2), dtype=int)
    for cat in "AOMIRQ":
        hit = np.flatnonzero(cats == cat)
        cells = np.array(CATEGORY_CELLS[cat])
        out[hit] = cells[rng.integers(0, len(cells), len(hit))]
    return out


def _genuine(rng) -> pd.DataFrame:
    n = GENUINE
    data = {"channel": rng.choice(list(CHANNELS), size=n, p=list(CHANNELS.values())),
            "large": rng.random(n) < 0.7}
    for code, _, shares, install in FEATURES:
        pairs = _kano_pairs(rng, shares, n)
        for k, part in enumerate(("func", "dys")):
            text = np.array(KANO_LABELS, dtype=object)[pairs[:, k] - 1]
            data[f"{code}_{part}"] = np.where(data["large"] | (not install), text, "(跳过)")
    person = rng.normal(0, 0.5, n)  # how generous a respondent rates
    mood = rng.normal(0, 1, n)  # how the experience went for this respondent
    for item, _, expect, gap, _ in ITEMS:
        e = np.clip(np.rint(expect + person + rng.normal(0, 0.6, n)), 1, 7)
        p = np.clip(np.rint(expect + gap + person + 0.6 * mood + rng.normal(0, 0.8, n)), 1, 7)
        data[f"E_{item}"], data[f"P_{item}"] = e.astype(int), p.astype(int)
    shift = pd.Series(data["channel"]).map(CHANNEL_NPS).to_numpy()
    data["nps"] = np.clip(np.rint(7.4 + 1.7 * mood + shift + rng.normal(0, 1.0, n)), 0, 10).astype(int)
    data["csat"] = np.clip(np.rint(3.8 + 0.8 * mood + 0.2 * shift + rng.normal(0, 0.6, n)), 1, 5).astype(int)
    data["comment"] = np.where(rng.random(n) < 0.25, rng.choice(COMMENTS, n), "(空)")
    data["seconds"] = np.clip(rng.lognormal(np.log(260), 0.3, n), 95, 900).astype(int)
    return pd.DataFrame(data)


def _careless(rng, n: int, speed: bool) -> pd.DataFrame:
    """Speeders (random answers, 15–40 s) or straight-liners (one rating everywhere)."""
    rows = _genuine(rng).head(n).copy()
    for code, *_ in FEATURES:
        for part in ("func", "dys"):
            rows[f"{code}_{part}"] = rng.choice(KANO_LABELS, n) if speed else KANO_LABELS[0]
            rows.loc[~rows["large"], [f"{c}_{part}" for c, _, _, i in FEATURES if i]] = "(跳过)"
    rating = rng.integers(1, 8, (n, 1)) if speed else rng.choice([4, 7], (n, 1))
    for item, *_ in ITEMS:
        for side in "EP":
            rows[f"{side}_{item}"] = rng.integers(1, 8, n) if speed else rating[:, 0]
    rows["nps"] = rng.integers(0, 11, n)
    rows["csat"] = rng.integers(1, 6, n)
    rows["comment"] = "(空)"
    rows["seconds"] = rng.integers(15, 41, n) if speed else rng.integers(150, 400, n)
    return rows


def build(rng) -> tuple[list[str], list[list]]:
    """The header and the rows of the export."""
    genuine = _genuine(rng)
    genuine["ip"] = [f"{rng.integers(36, 223)}.{rng.integers(0, 255)}.{rng.integers(0, 255)}.{k % 250 + 2}"
                     f"({CITIES[k % len(CITIES)]})" for k in range(GENUINE)]
    start = pd.Timestamp("2026-10-12 08:00:00")
    genuine["time"] = start + pd.to_timedelta(np.sort(rng.integers(0, 13 * 86400, GENUINE)), unit="s")
    careless = pd.concat([_careless(rng, SPEEDERS, True), _careless(rng, STRAIGHT_LINERS, False)],
                         ignore_index=True)
    careless["ip"] = [f"{rng.integers(36, 223)}.{rng.integers(0, 255)}.{rng.integers(0, 255)}.{k + 2}"
                      f"({CITIES[(k * 3) % len(CITIES)]})" for k in range(len(careless))]
    careless["time"] = start + pd.to_timedelta(rng.integers(0, 13 * 86400, len(careless)), unit="s")
    again = genuine.iloc[rng.choice(GENUINE, DUPLICATES, replace=False)].copy()
    again["time"] += pd.to_timedelta(rng.integers(120, 600, DUPLICATES), unit="s")
    again["seconds"] = rng.integers(95, 200, DUPLICATES)
    rows = pd.concat([genuine, careless, again], ignore_index=True).sort_values("time", kind="stable")
    header = [*META, "1、您这次主要通过哪个渠道下单？", "2、您这次是否购买了需要上门安装的大件家具？"]
    columns = ["channel", "large"]
    for number, (code, name, _, _) in enumerate(FEATURES, 3):
        header += [f"{number}、您对「{name}」的看法—如果有该功能", "如果没有该功能"]
        columns += [f"{code}_func", f"{code}_dys"]
    number = 3 + len(FEATURES)
    for offset, (side, stem) in enumerate((("E", "一家出色的家居电商在以下各方面应当做到什么程度？（期望：1=完全不必，7=必须做到）"),
                                           ("P", "本平台在以下各方面的实际表现如何？（感知：1=很差，7=很好）"))):
        for k, (item, _, _, _, wording) in enumerate(ITEMS):
            header.append(f"{number + offset}、{stem}—{wording}" if k == 0 else wording)
            columns.append(f"{side}_{item}")
    header += [f"{number + 2}、您有多大可能向亲友推荐本平台？（0=完全不可能，10=极有可能）",
               f"{number + 3}、总体而言，您对这次购物的满意程度（1=非常不满意，5=非常满意）",
               f"{number + 4}、您对我们还有什么建议？（选填）"]
    columns += ["nps", "csat", "comment"]
    out = []
    for k, row in enumerate(rows.itertuples(index=False), 1):  # writing a file, not analysing it
        values = row._asdict()
        values["large"] = "是" if values["large"] else "否"
        meta = [k, values["time"].strftime("%Y/%m/%d %H:%M:%S"), f"{values['seconds']}秒",
                "手机提交" if k % 5 else "链接", "微信" if k % 5 else "直接访问", values["ip"]]
        out.append(meta + [values[c].item() if hasattr(values[c], "item") else values[c] for c in columns])
    return header, out


def main() -> None:
    header, rows = build(np.random.default_rng(SEED))
    OUT.parent.mkdir(exist_ok=True)
    EXPORTS["save_xlsx"](header, rows, OUT)


if __name__ == "__main__":
    main()

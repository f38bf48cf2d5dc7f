"""Reading a 100,000-respondent 问卷星 xlsx: ``read_export`` against plain ``pandas.read_excel``.

    python benchmarks/io_bench.py [respondents]     (default 100,000)

The export is a 问卷星 按文本 download in the 2024-25 header style: the six metadata columns
(序号 … 来自IP), two single-choice questions, twelve native Kano matrices (``N、题干—如果有该功能``
then the bare row label ``如果没有该功能``, so names repeat) and an NPS question, answers as
option texts. It is written once with xlsxwriter in constant-memory mode and cached under
``benchmarks/.cache/`` (git-ignored). In the same run the file is read by
``cxlab.io.read_export``, by ``pandas.read_excel`` with openpyxl (pandas' default engine for
xlsx today) and by ``pandas.read_excel(engine="calamine")``; the ratios are printed (issue 13's
target: read_export at most 1.5× plain pandas).
"""

from __future__ import annotations

import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

CACHE = Path(__file__).parent / ".cache"
FEATURES = ["3D/AR 实景摆放预览", "商品图片与实物一致", "两小时送货时段", "大件免费安装", "订单实时跟踪",
            "极速退款", "旧家具回收", "环保检测报告", "搭配建议", "直播讲解", "积分游戏", "弹窗推荐"]
ANSWERS = np.array(["很喜欢", "理所当然", "无所谓", "勉强接受", "很不喜欢"], dtype=object)


def export(n: int = 100_000) -> Path:
    """The cached 问卷星 export of ``n`` respondents (written on first use, seed 42509)."""
    import xlsxwriter

    path = CACHE / f"wjx_kano_nps_{n}.xlsx"
    if path.exists():
        return path
    CACHE.mkdir(exist_ok=True)
    rng = np.random.default_rng(42509)
    header = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您是新顾客还是老顾客？",
              "2、您的年龄段"]
    columns = [np.arange(1, n + 1), rng.integers(35, 900, n), rng.choice(["手机提交", "微信", "链接"], n),
               rng.choice(["直接访问", "N/A"], n), rng.integers(0, 255, (n, 2)),
               rng.choice(["新顾客", "老顾客"], n), rng.choice(["18-29岁", "30-44岁", "45岁及以上"], n)]
    kano = []
    for j, feature in enumerate(FEATURES, start=3):
        header += [f"{j}、{feature}—如果有该功能", "如果没有该功能"]
        kano += [ANSWERS[rng.choice(5, n, p=[.35, .3, .2, .1, .05])],
                 ANSWERS[rng.choice(5, n, p=[.05, .1, .25, .2, .4])]]
    header.append(f"{len(FEATURES) + 3}、您向朋友或同事推荐我们的可能性有多大？")
    nps = rng.choice(11, n, p=[.03, .02, .03, .04, .05, .08, .1, .15, .17, .13, .2]).astype(str)
    start = datetime(2026, 3, 2, 8)
    seconds = np.sort(rng.integers(0, 30 * 86400, n))
    partial = path.with_suffix(".partial.xlsx")
    book = xlsxwriter.Workbook(partial, {"constant_memory": True})
    sheet = book.add_worksheet("Sheet1")
    stamp = book.add_format({"num_format": "yyyy/mm/dd hh:mm:ss"})
    sheet.write_row(0, 0, header)
    ids, used, source, detail, ip, kind, age = columns
    for i in range(n):  # constant_memory mode writes row by row
        sheet.write_number(i + 1, 0, ids[i])
        sheet.write_datetime(i + 1, 1, start + timedelta(seconds=int(seconds[i])), stamp)
        address = f"113.87.{ip[i, 0]}.{ip[i, 1]}(广东-深圳)"
        sheet.write_row(i + 1, 2, [f"{used[i]}秒", source[i], detail[i], address, kind[i], age[i],
                                   *[col[i] for col in kano], nps[i]])
    book.close()
    partial.rename(path)
    return path


def _timed(function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def main(n: int = 100_000) -> None:
    import pandas as pd

    from cxlab import io

    made, path = _timed(export, n)
    ours, survey = _timed(io.read_export, path)
    plain, table = _timed(pd.read_excel, path, engine="openpyxl")
    fast, _ = _timed(pd.read_excel, path, engine="calamine")
    size = path.stat().st_size / 1e6
    print(f"read 问卷星 xlsx, {n:,} respondents × {table.shape[1]} columns ({size:.1f} MB"
          f"{f', written in {made:.0f} s' if made > 1 else ', cached'}): read_export {ours:.1f} s "
          f"({len(survey.responses):,} kept, {survey.platform}); pandas.read_excel openpyxl {plain:.1f} s, "
          f"calamine {fast:.1f} s; ratio {ours / plain:.2f}× openpyxl, {ours / fast:.2f}× calamine")


if __name__ == "__main__":
    main(*map(int, sys.argv[1:]))

"""Input checks shared by every analysis: required columns and allowed values.

Checks are vectorised over rows and raise :mod:`cxlab.errors` exceptions that
name the column, the first offending rows (by index label) and their values.
Nothing is dropped or recoded here.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable

import pandas as pd

from cxlab import i18n
from cxlab.errors import DataWarning, InvalidValueError, MissingColumnError, OptionError, TooFewGroupsError

SHOWN = 5  # offending rows quoted in a message


def require_columns(df: pd.DataFrame, columns: Iterable[str], what: object = None) -> None:
    """Raise :class:`MissingColumnError` unless every name in ``columns`` is in ``df``."""
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise MissingColumnError(
            what=what or i18n.Text(zh="数据表", en="The table"),
            missing=", ".join(map(str, missing)),
            available=", ".join(map(str, df.columns)),
        )


def reject(series: pd.Series, bad: pd.Series, expected: object) -> None:
    """Raise :class:`InvalidValueError` for the rows of ``series`` where ``bad`` is true."""
    bad = bad.fillna(False).astype(bool)
    if not bad.any():
        return
    rows = series.index[bad.to_numpy()]
    etc = ", …" if len(rows) > SHOWN else ""
    err = InvalidValueError(
        column=series.name,
        count=len(rows),
        rows=", ".join(map(str, rows[:SHOWN])) + etc,
        values=", ".join(map(repr, series[bad].iloc[:SHOWN].tolist())) + etc,
        expected=expected,
    )
    err.rows = list(rows)
    raise err


def require_groups(groups: pd.Series, minimum: int = 2) -> None:
    """Raise :class:`TooFewGroupsError` unless ``groups`` holds at least ``minimum`` values."""
    levels = groups.dropna().unique()
    if len(levels) < minimum:
        raise TooFewGroupsError(column=groups.name, count=len(levels), minimum=minimum,
                                values=", ".join(map(repr, levels[:SHOWN])))


CORRECTIONS = ("holm", "bonferroni", "fdr_bh")


def adjust_p(p_values: pd.Series, method: str = "holm") -> pd.Series:
    """p-values adjusted for multiple tests (statsmodels ``multipletests``: Holm 1979,
    Bonferroni, Benjamini-Hochberg FDR); missing p-values stay missing and are not counted."""
    from statsmodels.stats.multitest import multipletests

    check_option("correction", method, CORRECTIONS)
    out = pd.Series(float("nan"), index=p_values.index)
    tested = p_values.notna()
    if tested.any():
        out[tested] = multipletests(p_values[tested].astype(float), method=method)[1]
    return out


def check_option(name: str, value: object, valid: Iterable[object]) -> None:
    """Raise :class:`OptionError` unless ``value`` is one of ``valid`` (named in the message)."""
    valid = list(valid)
    if value not in valid:
        raise OptionError(name=name, value=value, valid=", ".join(map(str, valid)))


def check_allowed(series: pd.Series, allowed: Iterable[object],
                  allow_missing: bool = False) -> None:
    """Every value of ``series`` must be one of ``allowed`` (missing values only if allowed)."""
    allowed = list(allowed)
    bad = ~series.isin(allowed)
    if allow_missing:
        bad &= series.notna()
    reject(series, bad, ", ".join(map(str, allowed)))


def check_range(series: pd.Series, low: float, high: float, integer: bool = False,
                allow_missing: bool = False) -> None:
    """Every value must be a number in ``[low, high]`` (a whole number if ``integer``).

    Text is never taken for a number (parse answers first, e.g. with the Kano parser).
    """
    numbers = pd.to_numeric(series, errors="coerce")
    bad = numbers.isna() | (numbers < low) | (numbers > high)
    if not pd.api.types.is_numeric_dtype(series):  # text such as " 4" is not read as 4 here
        bad |= series.map(lambda v: isinstance(v, str | bool)).astype(bool)
    if integer:
        bad |= numbers.notna() & (numbers % 1 != 0)
    if allow_missing:
        bad &= series.notna()
    kind = ("整数", "whole numbers") if integer else ("数值", "numbers")
    expected = i18n.Text(zh=f"{low} 到 {high} 之间的{kind[0]}",
                         en=f"{kind[1]} from {low} to {high}")
    reject(series, bad, expected)


def warn(key: str, stacklevel: int = 3, **params: object) -> None:
    """Emit :class:`cxlab.DataWarning` with the i18n text ``key`` in the active language."""
    warnings.warn(DataWarning(key, **params), stacklevel=stacklevel)

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
from cxlab.deprecation import options
from cxlab.errors import DataWarning, InvalidValueError, MissingColumnError, OptionError, TooFewGroupsError

SHOWN = 5  # offending rows quoted in a message


def require_columns(df: pd.DataFrame, columns: Iterable[str], what: object = None) -> None:
    """Stop unless a table has every column named.

    Parameters
    ----------
    df : DataFrame
        The table.
    columns : iterable of str
        The required column names.
    what : str or cxlab.i18n.Text, optional
        What the table is, for the message (default "the table").

    Returns
    -------
    None

    Raises
    ------
    cxlab.errors.MissingColumnError
        Naming the missing columns and the columns present.

    Examples
    --------
    >>> import pandas as pd
    >>> from cxlab.errors import MissingColumnError
    >>> from cxlab.validate import require_columns
    >>> try:
    ...     require_columns(pd.DataFrame({"csat": [5]}), ["csat", "date"])
    ... except MissingColumnError as err:
    ...     print(err.message("en"))
    The table is missing column(s): date. Columns present: csat.
    """
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise MissingColumnError(
            what=what or i18n.Text(zh="数据表", en="The table"),
            missing=", ".join(map(str, missing)),
            available=", ".join(map(str, df.columns)),
        )


def text_column(df: pd.DataFrame, field: str, *, language: str | None = None,
                required: bool = True, what: object = None) -> pd.Series | None:
    """A text field of a user's table in one language, from one column or a zh/en pair.

    ``field`` (a table written in one language) is taken as it is. Otherwise the pair
    ``<field>_zh`` / ``<field>_en`` (``zh`` / ``en`` when ``field`` is ``""``) gives the text in
    ``language``, and a blank cell there (or a missing column) takes the other language's text.

    Parameters
    ----------
    df : DataFrame
        The table.
    field : str
        The field's name (``"element"``, ``"pain"``; ``""`` for the ``zh`` / ``en`` pair).
    language : {"zh", "en"}, optional
        Default: the active language.
    required : bool, default True
        Stop when the table has none of the columns; else return None.
    what : str or cxlab.i18n.Text, optional
        What the table is, for the message (default "the table").

    Returns
    -------
    Series of str or None
        One text per row ("" where every column is blank), indexed like ``df``.

    Raises
    ------
    cxlab.errors.MissingColumnError
        When ``required`` and the table has neither ``field`` nor a column of the pair.

    Examples
    --------
    >>> import pandas as pd
    >>> from cxlab.validate import text_column
    >>> pair = pd.DataFrame({"element_zh": ["下单", ""], "element_en": ["Orders", "Pays"]})
    >>> text_column(pair, "element", language="zh").tolist()
    ['下单', 'Pays']
    >>> text_column(pd.DataFrame({"element": ["Orders"]}), "element").tolist()
    ['Orders']
    """

    lang = i18n.code(language)
    pair = {code: f"{field}_{code}" if field else code for code in i18n.LANGUAGES}
    if field and field in df.columns:
        return df[field].fillna("").astype(str)
    present = [pair[code] for code in dict.fromkeys((lang, *i18n.LANGUAGES)) if pair[code] in df.columns]
    if not present:
        if not required:
            return None
        raise MissingColumnError(
            what=what or i18n.Text(zh="数据表", en="The table"),
            missing=i18n.both("error.text_column" if field else "error.text_pair", field=field,
                              zh=pair["zh"], en=pair["en"]),
            available=", ".join(map(str, df.columns)),
        )
    texts = df[present].fillna("").astype(str)
    return texts.where(texts.apply(lambda column: column.str.strip() != "")).bfill(axis=1) \
        .iloc[:, 0].fillna("")


def reject(series: pd.Series, bad: pd.Series, expected: object) -> None:
    """Stop for the rows of a column where ``bad`` is true.

    Parameters
    ----------
    series : Series
        The column (its name and index labels are quoted).
    bad : Series of bool
        Which rows are at fault (missing counts as not at fault).
    expected : str or cxlab.i18n.Text
        What the values should be.

    Returns
    -------
    None

    Raises
    ------
    cxlab.errors.InvalidValueError
        Naming the column, the count, the first five rows and values; ``err.rows`` lists every
        row at fault.

    Examples
    --------
    >>> import pandas as pd
    >>> from cxlab.errors import InvalidValueError
    >>> from cxlab.validate import reject
    >>> s = pd.Series([5, 9, 4], name="csat")
    >>> try:
    ...     reject(s, s > 5, "1-5")
    ... except InvalidValueError as err:
    ...     print(err.rows)
    [1]
    """
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
    """Stop unless a grouping column holds at least ``minimum`` groups.

    Parameters
    ----------
    groups : Series
        The grouping column.
    minimum : int
        The fewest groups a comparison needs.

    Returns
    -------
    None

    Raises
    ------
    cxlab.errors.TooFewGroupsError
        Naming the column, its groups and the minimum.

    Examples
    --------
    >>> import pandas as pd
    >>> from cxlab.validate import require_groups
    >>> require_groups(pd.Series(["a", "b", "a"], name="branch"))
    """
    levels = groups.dropna().unique()
    if len(levels) < minimum:
        raise TooFewGroupsError(column=groups.name, count=len(levels), minimum=minimum,
                                values=", ".join(map(repr, levels[:SHOWN])))


CORRECTIONS = ("holm", "bonferroni", "fdr_bh")


@options(positional=("correction",), renamed={"method": "correction"})
def adjust_p(p_values: pd.Series, *, correction: str = "holm") -> pd.Series:
    """p-values adjusted for multiple tests; missing p-values stay missing and are not counted.

    Parameters
    ----------
    p_values : Series
        The raw p-values.
    correction : {"holm", "bonferroni", "fdr_bh"}, default "holm"
        The adjustment (statsmodels ``multipletests``), as the ``correction=`` option of the
        analysis functions.

    Returns
    -------
    Series
        The adjusted p-values, same index.

    Raises
    ------
    cxlab.errors.OptionError
        For another method.

    References
    ----------
    .. [1] Holm, S. (1979). A simple sequentially rejective multiple test procedure.
       *Scandinavian Journal of Statistics*, 6(2), 65-70.
    .. [2] Benjamini, Y., & Hochberg, Y. (1995). Controlling the false discovery rate.
       *Journal of the Royal Statistical Society B*, 57(1), 289-300.

    Examples
    --------
    >>> import pandas as pd
    >>> from cxlab.validate import adjust_p
    >>> adjust_p(pd.Series([0.01, 0.02, 0.03, None])).round(3).tolist()
    [0.03, 0.04, 0.04, nan]
    """
    from statsmodels.stats.multitest import multipletests

    check_option("correction", correction, CORRECTIONS)
    out = pd.Series(float("nan"), index=p_values.index)
    tested = p_values.notna()
    if tested.any():
        out[tested] = multipletests(p_values[tested].astype(float), method=correction)[1]
    return out


def check_option(name: str, value: object, valid: Iterable[object]) -> None:
    """Stop unless an option is one of its documented choices.

    Parameters
    ----------
    name : str
        The option's name, for the message.
    value : object
        The value given.
    valid : iterable
        The choices.

    Returns
    -------
    None

    Raises
    ------
    cxlab.errors.OptionError
        Naming the option, the value and the choices.

    Examples
    --------
    >>> from cxlab.errors import OptionError
    >>> from cxlab.validate import check_option
    >>> try:
    ...     check_option("correction", "sidak", ["holm", "bonferroni"])
    ... except OptionError as err:
    ...     print(err.message("en"))
    Option correction cannot be 'sidak'. Choose from: holm, bonferroni.
    """
    valid = list(valid)
    if value not in valid:
        raise OptionError(name=name, value=value, valid=", ".join(map(str, valid)))


@options(positional=("allow_missing",))
def check_allowed(series: pd.Series, allowed: Iterable[object], *,
                  allow_missing: bool = False) -> None:
    """Stop unless every value of a column is one of the allowed values.

    Parameters
    ----------
    series : Series
        The column.
    allowed : iterable
        The allowed values.
    allow_missing : bool
        Whether missing values are allowed (keyword-only; by position deprecated).

    Returns
    -------
    None

    Raises
    ------
    cxlab.errors.InvalidValueError
        Naming the column, rows and values.

    Examples
    --------
    >>> import pandas as pd
    >>> from cxlab.validate import check_allowed
    >>> check_allowed(pd.Series(["store", None], name="channel"), ["store", "online"],
    ...               allow_missing=True)
    """
    allowed = list(allowed)
    bad = ~series.isin(allowed)
    if allow_missing:
        bad &= series.notna()
    reject(series, bad, ", ".join(map(str, allowed)))


@options(positional=("integer", "allow_missing"))
def check_range(series: pd.Series, low: float, high: float, *, integer: bool = False,
                allow_missing: bool = False) -> None:
    """Stop unless every value is a number in ``[low, high]`` (a whole number if ``integer``).

    Text is never taken for a number (parse answers first, e.g. with the Kano parser).

    Parameters
    ----------
    series : Series
        The column.
    low : float
        The smallest allowed value.
    high : float
        The largest allowed value.
    integer : bool
        Whether values must be whole numbers (keyword-only; by position deprecated).
    allow_missing : bool
        Whether missing values are allowed (keyword-only).

    Returns
    -------
    None

    Raises
    ------
    cxlab.errors.InvalidValueError
        Naming the column, rows and values.

    Examples
    --------
    >>> import pandas as pd
    >>> from cxlab.errors import InvalidValueError
    >>> from cxlab.validate import check_range
    >>> try:
    ...     check_range(pd.Series([5, 4.5, "4"], name="csat"), 1, 5, integer=True)
    ... except InvalidValueError as err:
    ...     print(err.rows)
    [1, 2]
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
    """Warn about a fault handled without stopping.

    Parameters
    ----------
    key : str
        The i18n key of the message.
    stacklevel : int
        As in :func:`warnings.warn`.
    **params
        The message's placeholders.

    Returns
    -------
    None
    """
    warnings.warn(DataWarning(key, **params), stacklevel=stacklevel)

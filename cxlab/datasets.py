"""Bundled datasets: ``load_dataset(name)`` and ``list_datasets()``.

Each dataset is a UTF-8 CSV in ``datasets/`` with a data card ``NAME.md`` whose
front matter (``key: value`` lines between ``---`` marks) gives its titles, the
lesson it serves, its date columns and the seeded generator that made it. In an
installed wheel the folder ships as ``cxlab/_datasets``; in a checkout it is the
top-level ``datasets/`` folder.
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

from cxlab.errors import UnknownDatasetError

_NAME = re.compile(r"[a-z][a-z0-9_]*")


def data_dir() -> Path:
    """The folder holding the bundled CSV files and data cards.

    Returns
    -------
    Path
        ``cxlab/_datasets`` in an installed wheel, the top-level ``datasets/`` in a checkout.

    Examples
    --------
    >>> from cxlab.datasets import data_dir
    >>> (data_dir() / "kano_survey.csv").is_file()
    True
    """
    here = Path(__file__).resolve().parent
    packaged = here / "_datasets"
    return packaged if packaged.is_dir() else here.parent / "datasets"


def _front_matter(card: Path) -> dict[str, str]:
    lines = card.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].strip() != "---":
        return {}
    meta = {}
    for line in lines[1:]:
        if line.strip() == "---":
            return meta
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    return {}


@functools.cache
def _catalogue() -> dict[str, dict[str, str]]:
    found = {}
    for card in sorted(data_dir().glob("*.md")):
        meta = _front_matter(card)
        if meta.get("name") == card.stem and (card.parent / meta.get("file", "")).is_file():
            found[card.stem] = meta
    return found


def _entry(name: str) -> dict[str, str]:
    catalogue = _catalogue()
    if not isinstance(name, str) or not _NAME.fullmatch(name) or name not in catalogue:
        raise UnknownDatasetError(value=name, valid=", ".join(catalogue))
    return catalogue[name]


def list_datasets(*, language: str | None = None):
    """The bundled datasets, as their data cards describe them.

    Parameters
    ----------
    language : {"zh", "en"}, optional
        The language of ``title``; default: the active language.

    Returns
    -------
    DataFrame
        One row per dataset, with columns:

        - ``name``: the name to pass to :func:`load_dataset`
        - ``title``: the dataset's title in ``language``
        - ``rows``: respondents (or records) in the CSV
        - ``columns``: columns in the CSV
        - ``lesson``: the notebook the dataset serves

    Examples
    --------
    >>> from cxlab.datasets import list_datasets
    >>> list_datasets()[["name", "rows", "columns"]]
                     name  rows  columns
    0          cx_monthly  5341       11
    1          cx_tickets  2400        6
    2        intro_survey   240        7
    3  journey_furnishing    20       11
    4       kano_features    12        5
    5         kano_survey   400       39
    6       servqual_bank   450       62
    7   servqual_internal   200       34
    >>> list_datasets(language="en").loc[2, "title"]
    'Post-service survey (starter)'
    """
    import pandas as pd

    from cxlab import i18n

    lang = i18n.code(language)
    rows = []
    for name, meta in _catalogue().items():
        with open(data_dir() / meta["file"], encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            header = next(reader)
            n = sum(1 for _ in reader)
        rows.append({"name": name, "title": meta[f"title_{lang}"], "rows": n, "columns": len(header),
                     "lesson": meta["lesson"]})
    return pd.DataFrame(rows, columns=["name", "title", "rows", "columns", "lesson"])


def load_dataset(name: str):
    """Load a bundled dataset as a DataFrame (date columns parsed as the data card says).

    Parameters
    ----------
    name : str
        A name from :func:`list_datasets` (``"kano_survey"``, ``"servqual_bank"`` …).

    Returns
    -------
    DataFrame
        The dataset's CSV; its columns are described in the codebook of :func:`dataset_card`.

    Raises
    ------
    cxlab.errors.UnknownDatasetError
        For any other name (listing the valid names), including paths: names cannot leave
        the data folder.

    Examples
    --------
    >>> from cxlab.datasets import load_dataset
    >>> load_dataset("kano_survey").shape
    (400, 39)
    >>> load_dataset("cx_monthly")["date"].dtype.kind  # parsed as datetimes
    'M'
    """
    import pandas as pd

    meta = _entry(name)
    dates = [c.strip() for c in meta.get("parse_dates", "").split(",") if c.strip()]
    return pd.read_csv(data_dir() / meta["file"], encoding="utf-8", parse_dates=dates or False)


def dataset_card(name: str) -> str:
    """The data card of a dataset.

    Parameters
    ----------
    name : str
        A name from :func:`list_datasets`.

    Returns
    -------
    str
        Markdown: front matter, provenance, the seeded generator, the codebook and the lesson.

    Raises
    ------
    cxlab.errors.UnknownDatasetError
        For a name that is not a bundled dataset.

    Examples
    --------
    >>> from cxlab.datasets import dataset_card
    >>> dataset_card("kano_survey").splitlines()[1]
    'name: kano_survey'
    """
    _entry(name)
    return (data_dir() / f"{name}.md").read_text(encoding="utf-8")


EXPORTS = {"kano_wjx": "kano_wjx_按文本.xlsx", "servqual_wjx": "servqual_wjx_按文本.xlsx",
           "nps_qualtrics": "nps_qualtrics.csv", "capstone_wjx": "capstone_wjx_按文本.xlsx"}


def example_export(name: str) -> Path:
    """The path of a bundled dataset written as a survey platform exports it.

    For :func:`cxlab.io.read_export`: ``kano_wjx`` (问卷星 按文本 xlsx of kano_survey),
    ``servqual_wjx`` (问卷星 matrices of servqual_bank), ``nps_qualtrics`` (Qualtrics CSV of
    intro_survey with previews, a test and unfinished responses to exclude), made by
    ``datasets/generators/exports.py``; ``capstone_wjx`` (the capstone's raw 问卷星 download with
    duplicates, speeders, straight-liners and skipped questions; data card
    ``exports/capstone_wjx.md``), made by ``datasets/generators/capstone.py``.

    Parameters
    ----------
    name : {"kano_wjx", "servqual_wjx", "nps_qualtrics", "capstone_wjx"}
        The export.

    Returns
    -------
    Path
        The file in the bundled data folder.

    Raises
    ------
    cxlab.errors.UnknownDatasetError
        For another name.

    Examples
    --------
    >>> from cxlab.datasets import example_export
    >>> example_export("nps_qualtrics").name
    'nps_qualtrics.csv'
    """
    if name not in EXPORTS:
        raise UnknownDatasetError(value=name, valid=", ".join(EXPORTS))
    return data_dir() / "exports" / EXPORTS[name]

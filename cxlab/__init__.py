"""cxlab: learn and apply GB/T 42509-2023, Guidelines for customer experience management.

``import cxlab`` is kept light: the language switch and errors load at once;
pandas, matplotlib, seaborn and ipywidgets load only when a module that needs
them is used (``cxlab.plotting``, ``cxlab.widgets``, ``cxlab.load_dataset`` …).
"""

from __future__ import annotations

import importlib

from cxlab.errors import (
    CxlabError,
    DataError,
    DataWarning,
    FontError,
    InvalidValueError,
    MissingColumnError,
    OptionError,
    TooFewGroupsError,
    UnknownDatasetError,
    UnknownLanguageError,
)
from cxlab.i18n import get_language, set_language

__version__ = "0.1.0"

_SUBMODULES = {
    "capstone", "checks", "classroom", "course", "datasets", "errors", "evaluation", "exercises",
    "exports", "goals", "i18n", "io", "journey",
    "kano", "metrics", "plotting", "quiz", "risk", "servqual", "standard", "store", "validate", "widgets",
    "report", "scale",
}
_FROM_DATASETS = {"load_dataset", "list_datasets", "dataset_card", "example_export"}

__all__ = [
    "CxlabError", "DataError", "DataWarning", "FontError", "InvalidValueError", "MissingColumnError",
    "OptionError", "TooFewGroupsError", "UnknownDatasetError", "UnknownLanguageError", "get_language",
    "set_language",
    *sorted(_FROM_DATASETS), *sorted(_SUBMODULES),
]


def __getattr__(name: str):
    if name in _SUBMODULES:
        return importlib.import_module(f"cxlab.{name}")
    if name in _FROM_DATASETS:
        return getattr(importlib.import_module("cxlab.datasets"), name)
    raise AttributeError(f"module 'cxlab' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | _SUBMODULES | _FROM_DATASETS)

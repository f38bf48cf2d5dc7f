"""The shape every analysis result shares: a frozen dataclass with a ``.table`` and an HTML view.

Issue 19: an analysis returns a tidy DataFrame, or a small frozen dataclass whose fields
are plain numbers plus a ``.table`` DataFrame. :class:`Result` gives such dataclasses
``_repr_html_`` (the table, so a notebook shows a result as a table); :class:`ScalarResult`
adds a ``.table`` of one row for results made of plain numbers.
"""

from __future__ import annotations

import dataclasses


class Result:
    """Mixin for frozen result dataclasses that have a ``table`` (field or property):
    ``_repr_html_`` shows it (headers in the active language, :func:`cxlab.i18n.headers`),
    so a notebook displays a result as its table."""

    def _repr_html_(self) -> str:
        from cxlab.i18n import headers

        return headers(self.table)._repr_html_()


class ScalarResult(Result):
    """A result made of numbers and labels: ``.table`` is one row of those fields."""

    @property
    def table(self):
        """One row with the result's number and text fields."""
        import pandas as pd

        row = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)
               if isinstance(getattr(self, f.name), int | float | str | bool | None)}
        return pd.DataFrame([row])


class TupleAccess:
    """Mixin keeping ``a, b = result`` and ``result[0]`` working for one release after a tuple
    became a result.

    The class lists the old tuple's fields in ``_tuple_fields``; unpacking warns with the
    new attribute names.
    """

    _tuple_fields: tuple[str, ...] = ()

    def __iter__(self):
        from cxlab.deprecation import warn

        name = type(self).__name__
        warn(f"a, b = <{name}> ({', '.join(self._tuple_fields)})",
             " / ".join(f"result.{f}" for f in self._tuple_fields))
        return iter(tuple(getattr(self, f) for f in self._tuple_fields))

    def __getitem__(self, position: int):
        """``result[0]`` as the old tuple gave it, with the same warning."""
        return tuple(iter(self))[position]

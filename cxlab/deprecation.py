"""Old spellings kept working for one release, each use warned with a :class:`FutureWarning`.

Issue 19 made every analysis option keyword-only and gave the modules one vocabulary
(``language=``, ``by=``, ``correction=``, ``level=``). Calls written for the previous
release keep running: :func:`options` maps options given by position and renamed
keywords onto the new signature and warns once per call with the new spelling.
"""

from __future__ import annotations

import functools
import inspect
import warnings

from cxlab import i18n

_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


def warn(old: str, new: str, *, stacklevel: int = 3) -> None:
    """Warn that ``old`` is deprecated in favour of ``new`` (both shown as code)."""
    warnings.warn(i18n.t("deprecated.call", old=old, new=new), FutureWarning, stacklevel=stacklevel)


def options(*, positional: tuple[str, ...] = (), renamed: dict[str, str] | None = None):
    """Decorator: accept the previous release's calls of a function, with a FutureWarning.

    Parameters
    ----------
    positional : tuple of str
        The names, in the old order, of the options that used to be accepted by position
        after the data arguments (old names allowed: they are renamed next).
    renamed : dict, optional
        Old keyword → new keyword (``{"segment": "by"}``).
    """
    renamed = renamed or {}

    def wrap(func):
        sig = inspect.signature(func)
        n_data = sum(p.kind in _POSITIONAL for p in sig.parameters.values())
        name = f"{func.__module__.removeprefix('cxlab.')}.{func.__qualname__}"

        @functools.wraps(func)
        def call(*args, **kwargs):
            if len(args) > n_data:
                extra = args[n_data:]
                if len(extra) > len(positional):
                    raise TypeError(f"{name}() takes {n_data + len(positional)} positional "
                                    f"arguments but {len(args)} were given")
                names = positional[:len(extra)]
                for key, value in zip(names, extra, strict=True):
                    key = renamed.get(key, key)
                    if key in kwargs:
                        raise TypeError(f"{name}() got multiple values for argument {key!r}")
                    kwargs[key] = value
                new = ", ".join(f"{renamed.get(k, k)}=…" for k in names)
                warn(f"{name}(…, " + i18n.t("deprecated.by_position", names=", ".join(names)) + ")",
                     f"{name}(…, {new})")
                args = args[:n_data]
            for old, new in renamed.items():
                if old in kwargs:
                    if new in kwargs:
                        raise TypeError(f"{name}() got both {old!r} and {new!r}")
                    warn(f"{name}({old}=…)", f"{name}({new}=…)")
                    kwargs[new] = kwargs.pop(old)
            return func(*args, **kwargs)

        call.__signature__ = sig
        return call

    return wrap

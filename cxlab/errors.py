"""cxlab's exceptions. Each names what is wrong (column, rows, value) in the active language.

A message is rendered when it is shown, so ``str(err)`` follows
:func:`cxlab.set_language` even for an error raised earlier. Every error also
derives from the built-in exception a caller would expect (``ValueError``,
``LookupError``), so generic ``except`` clauses keep working.
"""

from __future__ import annotations

from cxlab import i18n


class CxlabError(Exception):
    """Base class of all cxlab errors: a label key from :mod:`cxlab.i18n` plus parameters.

    The message is rendered when it is shown, so ``str(err)`` follows the active language.

    Parameters
    ----------
    **params
        The placeholders of the message ``key`` (column, rows, values …).

    Attributes
    ----------
    key : str
        The i18n key of the message (each subclass sets its own).
    params : dict
        The parameters given.

    Examples
    --------
    >>> from cxlab.errors import OptionError
    >>> err = OptionError(name="level", value=95, valid="0 < level < 1")
    >>> err.message("en")
    "Option level cannot be '95'. Choose from: 0 < level < 1."
    """

    key = "error.unknown"

    def __init__(self, **params: object):
        self.params = params
        super().__init__(self.message("en"))

    def message(self, language: str | None = None) -> str:
        """The message in a language.

        Parameters
        ----------
        language : {"zh", "en"}, optional
            Default: the active language.

        Returns
        -------
        str

        Examples
        --------
        >>> from cxlab.errors import DataError
        >>> DataError().message("en")
        'The data cannot be used as it is.'
        """
        return i18n.t(self.key, language, **self.params)

    def __reduce__(self):
        # Rebuilt from its state, so an error raised in a worker process (multiprocessing,
        # concurrent.futures) reaches the parent as the same cxlab error.
        return _rebuild, (type(self), self.__dict__)

    def __str__(self) -> str:
        return self.message()


def raise_as(cls, key: str, **params):
    """Raise ``cls`` with another of its messages.

    Parameters
    ----------
    cls : type
        A :class:`cxlab.CxlabError` subclass.
    key : str
        The i18n key of the message to use instead of ``cls.key``.
    **params
        The message's placeholders.

    Returns
    -------
    NoReturn
        Always raises ``cls``.

    Raises
    ------
    cxlab.CxlabError
        An instance of ``cls`` whose message is ``key``.

    Examples
    --------
    >>> from cxlab.errors import raise_as
    >>> from cxlab.io import FileTypeError
    >>> try:
    ...     raise_as(FileTypeError, "error.read_missing_file", file="answers.csv")
    ... except FileTypeError as err:
    ...     print(err.key)
    error.read_missing_file
    """
    err = cls.__new__(cls)
    err.key = key
    err.__init__(**params)
    raise err


def _rebuild(cls: type, state: dict) -> CxlabError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, error.message("en"))
    return error


class UnknownLanguageError(CxlabError, ValueError):
    """A language other than zh or en was asked for (the message lists the valid codes)."""

    key = "error.unknown_language"


class UnknownDatasetError(CxlabError, LookupError):
    """:func:`cxlab.load_dataset` was given a name that is not a bundled dataset (the message lists
    the valid names).
    """

    key = "error.unknown_dataset"


class DataError(CxlabError, ValueError):
    """Input data that cannot be used as it is (base of the data errors; also a :class:`ValueError`)."""

    key = "error.data"


class MissingColumnError(DataError, KeyError):
    """Required columns are absent from a table; the message names them and the columns present."""

    key = "error.missing_columns"

    __str__ = CxlabError.__str__  # KeyError would quote the message


class InvalidValueError(DataError):
    """Values outside what a column allows; the message names the column, the count, the first
    rows and values; ``rows`` lists every row at fault.
    """

    key = "error.invalid_values"


class OptionError(DataError):
    """A parameter outside its documented choices (method, rule, table, wording …); the message
    names the option, the value and the choices.
    """

    key = "error.option"


class TooFewGroupsError(DataError):
    """A comparison asked for on a grouping column with fewer than two groups."""

    key = "error.too_few_groups"


class FontError(CxlabError, RuntimeError):
    """No font able to draw Chinese could be found or installed."""

    key = "error.no_cjk_font"


class DataWarning(UserWarning):
    """A fault handled without stopping (rows dropped, cells filled, respondents excluded).

    Its message names column, rows and values in the active language; the same fault is also
    recorded on the result.

    Parameters
    ----------
    key : str
        The i18n key of the message.
    **params
        The message's placeholders.
    """

    def __init__(self, key: str, **params: object):
        self.key, self.params = key, params
        super().__init__(i18n.t(key, **params))

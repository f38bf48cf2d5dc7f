"""Research reports from a survey export: the templates' helpers and ``cxlab report``.

The templates are notebooks (``notebooks/templates/{zh,en}/{kano,servqual,nps}_report.ipynb``;
in an installed wheel ``cxlab/_templates/``) whose cell tagged ``parameters`` holds their
inputs, the papermill convention for parameterised notebooks. Each reads the export with
:func:`cxlab.io.read_export`, shows where the data came from (:func:`provenance`), runs the
workbook's cited analyses and ends with a methods paragraph (:func:`methods`).
:func:`render` executes a template with papermill and writes a self-contained HTML report
(nbconvert, code hidden, figures embedded); a file that cannot be used raises its cxlab error
and leaves no report behind.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
import threading
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from cxlab import deprecation, i18n
from cxlab.deprecation import options
from cxlab.errors import CxlabError
from cxlab.results import Result, TupleAccess

KINDS = ("kano", "servqual", "nps")
EXAMPLES = {"kano": "kano_wjx", "servqual": "servqual_wjx", "nps": "nps_qualtrics"}
SCALE_TAG = "scale"  # cells of the counts-at-scale section: shown in the notebook, not in a report


class ReportQuestionError(CxlabError, LookupError):
    """A report's question (NPS, CSAT, CES) could not be found in the export; the message names
    the words looked for and the template parameter that names the question.
    """

    key = "report.no_question"


class ReportParameterError(CxlabError, ValueError):
    """A parameter the template does not have (the message lists the valid ones)."""

    key = "report.unknown_parameter"


# ---------------------------------------------------------------- inside a template

@dataclass(frozen=True)
class Reading(TupleAccess, Result):
    """What :func:`read` found; a notebook shows it as its provenance table.

    Attributes
    ----------
    survey : cxlab.exports.Survey
        The export read.
    notes : list of str
        The texts of the :class:`cxlab.DataWarning` s reading raised (exclusions, platform
        markers, quality screens), kept for the report rather than printed.
    screening : cxlab.exports.Screening or None
        What the quality screens flagged, when :func:`read` was asked to screen.
    """

    survey: object = field(repr=False)
    notes: list[str] = field(default_factory=list)
    screening: object = field(default=None, repr=False)

    _tuple_fields = ("survey", "notes")

    @property
    def table(self):
        """Where the data came from.

        Returns
        -------
        DataFrame
            :func:`provenance` of ``survey``.
        """
        return provenance(self.survey)


@options(positional=("kind", "platform"))
def read(path=None, *, kind: str = "kano", platform: str | None = None, screen=None,
         **read_options) -> Reading:
    """Read the export of a report, keeping its warnings for the report.

    Parameters
    ----------
    path : str or Path, optional
        The export; default: the bundled example of ``kind``.
    kind : {"kano", "servqual", "nps"}, default "kano"
        The report, which picks the bundled example.
    platform : str, optional
        As in :func:`cxlab.io.read_export`.
    screen : bool or dict, optional
        Quality screens before the analysis (:meth:`cxlab.exports.Survey.screen`): ``True``
        with its defaults (duplicates, answers under a third of the median time), a dict of its
        options (``{"speed": 0.5, "straight_lining": "Q5"}``), or None / False: no screening.
    **read_options
        Passed on to :func:`cxlab.io.read_export`.

    Returns
    -------
    Reading
        ``survey`` (the :class:`cxlab.exports.Survey`, without the screened respondents when
        ``screen`` is set), ``notes`` (the :class:`cxlab.DataWarning` texts, a list as before)
        and ``screening``; ``.table`` is the provenance table.

    Examples
    --------
    >>> from cxlab import report
    >>> reading = report.read(kind="kano")
    >>> len(reading.survey.responses), len(reading.notes)
    (400, 1)
    >>> screened = report.read(kind="kano", screen={"speed": 0.25})
    >>> len(screened.survey.responses), screened.screening.counts.to_dict()
    (386, {'duplicate': 0, 'speeder': 14})
    """
    from cxlab import datasets, io
    from cxlab.errors import DataWarning

    file = datasets.example_export(EXAMPLES[kind]) if path is None else Path(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DataWarning)
        survey = io.read_export(file, platform=platform, **read_options)
        screening = survey.screen(**({} if screen is True else screen)) if screen else None
    for w in caught:
        if not issubclass(w.category, DataWarning):
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return Reading(survey if screening is None else screening.kept,
                   [str(w.message) for w in caught if issubclass(w.category, DataWarning)], screening)


def provenance(survey):
    """Where the data came from, as a two-column table for the top of a report.

    Parameters
    ----------
    survey : cxlab.exports.Survey
        The export read by :func:`read`.

    Returns
    -------
    DataFrame
        Indexed by item (active language): file, platform, download mode, encoding / sheet,
        respondents kept, respondents excluded (with reasons) and cells read as missing (by
        kind); one column, the value as text.

    Examples
    --------
    >>> from cxlab import report
    >>> survey = report.read(kind="kano").survey
    >>> report.provenance(survey).shape
    (7, 1)
    """
    import pandas as pd

    from cxlab.exports import NAMES

    source, none = survey.source, i18n.t("report.none")
    mode = source.get("mode")
    excluded = survey.excluded
    why = excluded["rule"].fillna(excluded["reason"]) if "rule" in excluded else excluded["reason"]
    reasons = why.value_counts() if len(excluded) else pd.Series(dtype=int)  # screens by rule
    kinds = survey.missing["kind"].value_counts() if len(survey.missing) else pd.Series(dtype=int)
    rows = {
        "report.file": source["file"],
        "report.platform": NAMES[survey.platform],
        "report.mode": i18n.t(f"report.mode.{mode or 'none'}"),
        "report.encoding": " / ".join(str(v) for v in (source["encoding"], source.get("sheet")) if v),
        "report.kept": len(survey.responses),
        "report.excluded": f"{len(survey.excluded)}" + (
            " (" + "; ".join(f"{r}: {n}" for r, n in reasons.items()) + ")" if len(reasons) else ""),
        "report.missing": "; ".join(f"{i18n.t('export.missing.' + k)}: {n}" for k, n in kinds.items())
        or none,
    }
    return pd.DataFrame({i18n.t("report.value"): [str(v) for v in rows.values()]},
                        index=pd.Index([i18n.t(k) for k in rows], name=i18n.t("report.item")))


QUESTION_WORDS = {
    "nps": ("推荐", "recommend"),
    "csat": ("满意", "satisf"),
    "ces": ("容易", "省力", "费力", "easy", "effort"),
}
QUESTION_NAMES = {"nps": {"zh": "推荐意愿（NPS）", "en": "likelihood-to-recommend (NPS)"},
                  "csat": {"zh": "满意度（CSAT）", "en": "satisfaction (CSAT)"},
                  "ces": {"zh": "费力度（CES）", "en": "effort (CES)"}}


def find_question(survey, what: str, given=None, *, required: bool = True):
    """The column key of a report's NPS, CSAT or CES question.

    Parameters
    ----------
    survey : cxlab.exports.Survey
        The export.
    what : {"nps", "csat", "ces"}
        Which question.
    given : int or str, optional
        A number or words of the question, as :meth:`cxlab.exports.Survey.question` takes;
        otherwise the one single-column question whose wording holds one of
        :data:`QUESTION_WORDS` is taken.
    required : bool
        Whether a missing question is an error (else ``None``).

    Returns
    -------
    str or None
        The column key in ``survey.responses``.

    Raises
    ------
    ReportQuestionError
        When no question (or several) match and ``required`` is true.
    cxlab.exports.LayoutError
        When ``given`` is a matrix question or its answers are not scores.

    Examples
    --------
    >>> from cxlab import report
    >>> survey = report.read(kind="nps").survey
    >>> report.find_question(survey, "nps")
    'Q1'
    """
    if given is not None:
        survey.scores(given)  # a matrix question, or answers that are not scores, stop here by name
        return survey.question(given)[0]
    pattern = re.compile("|".join(QUESTION_WORDS[what]), re.I)
    book = survey.codebook
    hits = book.index[(book["type"] == "single") & book["question"].str.contains(pattern)]
    if len(hits) == 1:
        return hits[0]
    if required:
        raise ReportQuestionError(file=survey.source["file"], what=i18n.Text(**QUESTION_NAMES[what]),
                                  words=" / ".join(QUESTION_WORDS[what]), parameter=f"{what}_question")
    return None


def servqual_mapping(survey, *, expectations=None, perceptions=None):
    """:meth:`cxlab.exports.Survey.servqual_mapping` with each item's ``dimension``.

    Parameters
    ----------
    survey : cxlab.exports.Survey
        The export.
    expectations : int or str, optional
        The expectations matrix (found by its title when omitted).
    perceptions : int or str, optional
        The perceptions matrix.

    Returns
    -------
    DataFrame
        Indexed by ``item``, with columns ``dimension``, ``expectation`` and ``perception``
        (column keys) and ``label`` (the expectation row's text), for the reader to check.

    Examples
    --------
    >>> from cxlab import report
    >>> survey = report.read(kind="servqual").survey
    >>> report.servqual_mapping(survey).loc["T1", ["dimension", "expectation", "perception"]].tolist()
    ['tangibles', 'Q1_1', 'Q2_1']
    """
    from cxlab import servqual

    mapping = survey.servqual_mapping(expectations=expectations, perceptions=perceptions)
    dimensions = servqual.instrument().set_index("item")["dimension"]
    return mapping.assign(dimension=dimensions.reindex(mapping.index).to_numpy())[
        ["dimension", "expectation", "perception", "label"]]


def _version() -> str:
    import cxlab

    return cxlab.__version__


def _basics(survey) -> dict:
    from cxlab.exports import NAMES

    return {"file": survey.source["file"], "platform": NAMES[survey.platform],
            "kept": len(survey.responses), "excluded": len(survey.excluded), "version": _version()}


def methods(kind: str, survey, **options) -> str:
    """The methods paragraph of a report, citing the sources of every method and option used.

    Parameters
    ----------
    kind : {"kano", "servqual", "nps"}
        The report.
    survey : cxlab.exports.Survey
        The export (file, platform, respondents kept and excluded are quoted).
    **options
        The options used: ``kind="kano"``: ``table``, ``rule``, ``near_tie``, ``denominator``,
        ``interval``, ``level``, ``by``, ``correction``; ``"servqual"``: ``items``,
        ``scale``, ``test``, ``correction``, ``level``; ``"nps"``: ``method``, ``level``,
        ``csat``, ``ces``, ``periods``, ``correction`` (booleans say whether those parts were
        reported); for every kind ``screening``, the :class:`cxlab.exports.Screening` of
        :func:`read` (a sentence on the quality screens, with their sources, is added).

    Returns
    -------
    str
        Markdown in the active language; paste it into a paper.

    Raises
    ------
    cxlab.errors.OptionError
        For another ``kind``.

    Examples
    --------
    >>> from cxlab import report
    >>> survey = report.read(kind="nps").survey
    >>> report.methods("nps", survey).startswith("**")
    True
    """
    from cxlab.validate import check_option

    check_option("kind", kind, KINDS)
    return " ".join(filter(None, [_methods(kind, survey, options), _screened(options.get("screening"))]))


def _screened(screening) -> str:
    """The methods' sentence on the quality screens applied ("" when none were)."""
    if screening is None:
        return ""
    values = {"median": f"{screening.median:.4g}", "threshold": f"{screening.threshold:.4g}",
              "speed": f"{screening.threshold / screening.median:.2g}" if screening.median > 0 else ""}
    rules = i18n.listing(i18n.t(f"report.screened.{rule}", n=int(n), **values)
                         for rule, n in screening.counts.items())
    return i18n.t("report.screened", count=len(screening.flagged), rules=rules)


def _methods(kind: str, survey, options: dict) -> str:
    base = _basics(survey)
    correction = i18n.t(f"report.correction.{options.get('correction', 'holm')}")
    if kind == "kano":
        table = options.get("table", "berger")
        near_tie = options.get("near_tie", 0.0)
        tie = i18n.t("report.fong") if near_tie == "fong" else f"{float(near_tie):.0%}"
        rule = options.get("rule", "max")
        rule = "max_near" if rule == "max" and near_tie != 0 else rule
        denominator = "(A + O + M + I)" if options.get("denominator", "AOMI") == "AOMI" else "n"
        return i18n.t("report.methods.kano", **base,
                      table=i18n.t(f"report.table.{table if isinstance(table, str) else 'own'}"),
                      rule=i18n.t(f"report.rule.{rule}", near_tie=tie),
                      denominator=denominator, level=f"{options.get('level', 0.95):.0%}",
                      interval=i18n.t(f"report.interval.{options.get('interval', 'wilson')}"),
                      segments=i18n.t("report.segments", correction=correction) if options.get("by") else "")
    if kind == "servqual":
        low, high = options.get("scale", (1, 7))
        return i18n.t("report.methods.servqual", **base, items=options.get("items", 22), low=low,
                      high=high, test=i18n.t(f"report.test.{options.get('test', 't')}"),
                      level=f"{options.get('level', 0.95):.0%}", correction=correction)
    extra = "".join(i18n.t(f"report.{part}", correction=correction)
                    for part in ("csat", "ces", "periods") if options.get(part))
    return i18n.t("report.methods.nps", **base, level=f"{options.get('level', 0.95):.0%}",
                  method=i18n.t(f"report.nps.{options.get('method', 'adjusted_wald')}"), extra=extra)


# ---------------------------------------------------------------- the command line's report

@deprecation.options(positional=("language",))
def template(kind: str, *, language: str | None = None) -> Path:
    """The template notebook of a report.

    Parameters
    ----------
    kind : {"kano", "servqual", "nps"}
        The report.
    language : {"zh", "en"}, optional
        Default: the active language (keyword-only; by position deprecated).

    Returns
    -------
    Path
        ``notebooks/templates/{language}/{kind}_report.ipynb`` (``cxlab/_templates`` in a wheel).

    Examples
    --------
    >>> from cxlab import report
    >>> report.template("kano", language="en").name
    'kano_report.ipynb'
    """
    from cxlab.validate import check_option

    check_option("kind", kind, KINDS)
    lang = i18n.code(language)
    here = Path(__file__).resolve().parent
    folder = here / "_templates" if (here / "_templates").is_dir() else here.parent / "notebooks" / "templates"
    return folder / lang / f"{kind}_report.ipynb"


@deprecation.options(positional=("language",))
def parameters(kind: str, *, language: str | None = None) -> dict:
    """The template's parameters and their defaults, from its cell tagged ``parameters``.

    Parameters
    ----------
    kind : {"kano", "servqual", "nps"}
        The report.
    language : {"zh", "en"}, optional
        Default: the active language (keyword-only; by position deprecated).

    Returns
    -------
    dict
        Parameter name → default value.

    Examples
    --------
    >>> from cxlab import report
    >>> params = report.parameters("kano", language="en")
    >>> params["language"], params["correction"]
    ('en', 'holm')
    """
    import ast

    import nbformat

    nb = nbformat.read(template(kind, language=language), as_version=4)
    cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    tree = ast.parse(cell.source)
    return {t.id: ast.literal_eval(node.value) for node in tree.body if isinstance(node, ast.Assign)
            for t in node.targets if isinstance(t, ast.Name)}


def _cxlab_errors() -> set[str]:
    """Names of every cxlab error class (a kernel's exception arrives as its class name)."""
    import importlib

    for module in ("exports", "io", "kano", "metrics", "servqual", "validate", "report"):
        importlib.import_module(f"cxlab.{module}")
    found, todo = set(), [CxlabError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found


class ReportError(CxlabError):
    """The template stopped on a cxlab error: ``message`` is that error's text."""

    key = "report.failed"


_STDERR = threading.Lock()  # file descriptor 2 is the process's: one report run swaps it at a time


@contextlib.contextmanager
def _kernel_stderr_set_aside():
    """Start the report's kernel with its standard error going to a temporary file.

    The kernel inherits file descriptor 2 when it starts; what it writes there (the "running
    over TCP" warning, and the ZMQ traceback ipykernel may print while it shuts down after a
    cell raised) would otherwise reach the command line beside the report's own message, which
    comes back through papermill. When the run fails for another reason than a cxlab error (the
    kernel did not start, a template bug), what the kernel wrote is shown after all.
    """
    with _STDERR, tempfile.TemporaryFile() as sink:
        if sys.stderr is not None:
            sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(sink.fileno(), 2)
        failed = False
        try:
            yield
        except CxlabError:
            raise
        except BaseException:
            failed = True
            raise
        finally:
            if sys.stderr is not None:
                sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
            if failed:
                sink.seek(0)
                os.write(2, sink.read())


def render(kind: str, path, output, *, language: str | None = None, platform: str | None = None,
           params: dict | None = None) -> Path:
    """Execute a report template on an export and write a self-contained HTML report.

    Code is hidden and figures embedded. Nothing is written unless the whole template ran:
    the HTML goes to a temporary file beside ``output`` and is moved there at the end. Needs
    the ``report`` extra (papermill, nbconvert); no example here because it starts a kernel.

    Parameters
    ----------
    kind : {"kano", "servqual", "nps"}
        The report.
    path : str or Path
        The export to analyse.
    output : str or Path
        The HTML file to write.
    language : {"zh", "en"}, optional
        Default: the active language.
    platform : str, optional
        The survey platform, as in :func:`cxlab.io.read_export`.
    params : dict, optional
        Values for the template's other parameters (:func:`parameters`).

    Returns
    -------
    Path
        ``output``.

    Raises
    ------
    ReportParameterError
        For a parameter the template does not have.
    ReportError
        When the template stopped on a cxlab error (its message: column, rows, values).
    ImportError
        When the ``report`` extra is not installed.
    """
    try:
        import papermill
        from nbconvert import HTMLExporter
        from papermill.exceptions import PapermillExecutionError
    except ImportError as err:
        raise ImportError(i18n.t("report.needs_extra")) from err
    import nbformat

    lang = i18n.code(language)
    known = parameters(kind, language=lang)
    params = dict(params or {})
    if kind == "kano" and "segment" in params:  # the template's name before 0.2
        from cxlab.deprecation import warn

        warn("segment=…", "by=…")
        params["by"] = params.pop("segment")
    values = {"path": str(Path(path).resolve()), "platform": platform, "language": lang, **params}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise ReportParameterError(template=f"{kind}_report", name=", ".join(unknown),
                                   valid=", ".join(known))
    nb = nbformat.read(template(kind, language=lang), as_version=4)
    nb.cells = [c for c in nb.cells if SCALE_TAG not in c.metadata.get("tags", [])]
    output = Path(output)
    with tempfile.TemporaryDirectory() as work, _kernel_stderr_set_aside():
        try:
            done = papermill.execute_notebook(nb, None, parameters=values, kernel_name="python3",
                                              cwd=work, progress_bar=False, language="python")
        except PapermillExecutionError as err:
            if err.ename in _cxlab_errors():
                raise ReportError(message=err.evalue) from None
            raise
    exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    title = next((c.source.splitlines()[0].lstrip("# ") for c in done.cells if c.cell_type == "markdown"),
                 kind)
    body, _ = exporter.from_notebook_node(done, resources={"metadata": {"name": title}})
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, partial = tempfile.mkstemp(suffix=".html.part", dir=output.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(body)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(partial, 0o666 & ~umask)  # mkstemp's file is private; a report is an ordinary file
        os.replace(partial, output)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return output

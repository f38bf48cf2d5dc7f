"""The ``cxlab`` command line: ``cxlab collect kano --port 8800`` (or ``python -m cxlab …``).

Each subcommand is one entry in :data:`COMMANDS`: a help label, a function that adds its
arguments to an :mod:`argparse` parser and a function that runs it and returns the exit
code. Help texts come from :mod:`cxlab.i18n` in the active language (``CXLAB_LANG``, or
``--language`` anywhere on the line).
"""

from __future__ import annotations

import argparse
import signal
import sys

from cxlab import i18n


def _collect_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("questionnaire", choices=["kano", "nps", "servqual"],
                        help=i18n.t("cli.questionnaire"))
    parser.add_argument("--host", default="127.0.0.1", help=i18n.t("cli.host"))
    parser.add_argument("--port", type=int, default=8800, help=i18n.t("cli.port"))
    parser.add_argument("--store", default=None, help=i18n.t("cli.store"))
    parser.add_argument("--form", default=None, help=i18n.t("cli.form"))
    parser.add_argument("--features", type=int, default=4, help=i18n.t("cli.features"))
    parser.add_argument("--minutes", type=float, default=120.0, help=i18n.t("cli.minutes"))
    parser.add_argument("--public-url", default=None, help=i18n.t("cli.public_url"))


def _questionnaire(name: str, features: int):
    """The questionnaire the notebooks use for ``name`` (03: Kano, 06: poll, 05: mini SERVQUAL)."""
    from cxlab import datasets, kano, metrics, servqual

    if name == "kano":
        table = datasets.load_dataset("kano_features").head(features)
        return kano.questionnaire(table, wording="short", importance=True)
    if name == "nps":
        return metrics.poll()
    return servqual.questionnaire(["T1", "R1", "S1", "A1", "E1"])


def _collect(args: argparse.Namespace) -> int:
    from cxlab import classroom

    form = args.form or args.questionnaire
    session = classroom.collect(_questionnaire(args.questionnaire, args.features), form=form,
                                store=args.store, host=args.host, port=args.port,
                                timeout=args.minutes * 60, public_url=args.public_url)
    previous = signal.signal(signal.SIGTERM, lambda *_: session.stop())  # before the URL is out
    session.on_change(lambda s: print(s.counter(), flush=True))
    try:
        print(session.url, flush=True)
        import segno

        segno.make(session.url, error="m").terminal(out=sys.stdout, compact=True)
        print(i18n.t("cli.started"), flush=True)
        while not session.wait(timeout=0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        session.stop()
        signal.signal(signal.SIGTERM, previous)
    print(i18n.t("cli.finished", counter=session.counter(), path=str(session.store.path), form=form),
          flush=True)
    return 0


def _report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = i18n.t("cli.report_epilog")
    parser.add_argument("kind", choices=["kano", "servqual", "nps"], help=i18n.t("cli.report_kind"))
    parser.add_argument("file", help=i18n.t("cli.report_file"))
    parser.add_argument("-o", "--output", required=True, help=i18n.t("cli.report_output"))
    parser.add_argument("--platform", default=None, help=i18n.t("cli.report_platform"))
    parser.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                        help=i18n.t("cli.report_param"))


def _report(args: argparse.Namespace) -> int:
    import yaml

    from cxlab import report
    from cxlab.errors import CxlabError

    params = {}
    for item in args.param:
        key, _, value = item.partition("=")
        params[key.strip()] = yaml.safe_load(value)
    try:
        written = report.render(args.kind, args.file, args.output, language=i18n.get_language(),
                                platform=args.platform, params=params)
    except CxlabError as err:
        print(err, file=sys.stderr)
        return 2
    except ImportError as err:
        print(err, file=sys.stderr)
        return 3
    print(i18n.t("cli.report_written", path=str(written)))
    return 0


#: name -> (help label, add arguments, run).
COMMANDS = {
    "collect": ("cli.collect", _collect_arguments, _collect),
    "report": ("cli.report", _report_arguments, _report),
}


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, i18n.t("cli.usage") if prefix is None else prefix)


def _localised(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Headings and the -h option in the active language (argparse ships English only)."""
    parser._positionals.title = i18n.t("cli.positionals")
    parser._optionals.title = i18n.t("cli.options")
    parser.add_argument("-h", "--help", action="help", help=i18n.t("cli.help"))
    return parser


def parser() -> argparse.ArgumentParser:
    """The argument parser, with help texts in the active language."""
    top = _localised(argparse.ArgumentParser(prog="cxlab", description=i18n.t("cli.description"),
                                             formatter_class=_Formatter, add_help=False))
    top.add_argument("--language", "--lang", choices=i18n.LANGUAGES, help=i18n.t("cli.language"))
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (label, add_arguments, run) in COMMANDS.items():
        sub = _localised(commands.add_parser(name, help=i18n.t(label), description=i18n.t(label),
                                             formatter_class=_Formatter, add_help=False))
        sub.add_argument("--language", "--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS,
                         help=i18n.t("cli.language"))
        add_arguments(sub)
        sub.set_defaults(run=run)
    return top


def main(argv: list[str] | None = None) -> int:
    """Run the command line (the ``cxlab`` console script and ``python -m cxlab``)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--language", "--lang", choices=i18n.LANGUAGES)
    language = early.parse_known_args(argv)[0].language
    if language:
        i18n.set_language(language)
    args = parser().parse_args(argv)
    return args.run(args)

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

i18n.register({
    "cli.description": {"zh": "cxlab：GB/T 42509 顾客体验管理工作簿的命令行工具。",
                        "en": "cxlab: command line tools of the GB/T 42509 customer experience workbook."},
    "cli.language": {"zh": "界面语言：zh 或 en", "en": "language of texts: zh or en"},
    "cli.usage": {"zh": "用法：", "en": "usage: "},
    "cli.help": {"zh": "显示本帮助并退出", "en": "show this help and exit"},
    "cli.positionals": {"zh": "位置参数", "en": "positional arguments"},
    "cli.options": {"zh": "选项", "en": "options"},
    "cli.collect": {"zh": "让学员用手机或电脑浏览器填写问卷，答案存入课堂答卷库",
                    "en": "collect answers from phones and laptops into the class response store"},
    "cli.questionnaire": {"zh": "问卷：kano（第 03 本的 Kano 表单）、nps（第 06 本的 NPS/CSAT/CES 小调查）、"
                                "servqual（第 05 本的迷你 SERVQUAL）",
                          "en": "questionnaire: kano (notebook 03's Kano form), nps (notebook 06's "
                                "NPS/CSAT/CES poll), servqual (notebook 05's mini SERVQUAL)"},
    "cli.host": {"zh": "监听地址；0.0.0.0 表示本机所在的所有网络（课堂 Wi-Fi 或热点）（默认 %(default)s）",
                 "en": "address to listen on; 0.0.0.0 is every network this computer is on "
                       "(the room's Wi-Fi or its hotspot) (default %(default)s)"},
    "cli.port": {"zh": "端口；0 表示任选一个空闲端口（默认 %(default)s）",
                 "en": "port; 0 picks a free one (default %(default)s)"},
    "cli.store": {"zh": "响应库文件（默认：$CXLAB_STORE 或 ./cxlab_class.sqlite）",
                  "en": "response store file (default: $CXLAB_STORE or ./cxlab_class.sqlite)"},
    "cli.form": {"zh": "响应库里的表单名（默认与问卷同名）",
                 "en": "form name in the store (default: the questionnaire's name)"},
    "cli.features": {"zh": "Kano 问卷使用 kano_features 的前 N 项功能（默认 %(default)s）",
                     "en": "the Kano questionnaire asks about the first N features of kano_features "
                           "(default %(default)s)"},
    "cli.minutes": {"zh": "多少分钟后自动关闭（默认 %(default)s）",
                    "en": "minutes after which the session closes by itself (default %(default)s)"},
    "cli.public_url": {"zh": "学员打开的地址与本机不同时（如 JupyterHub 代理）填写此项",
                       "en": "the address students open when it is not this computer's (e.g. a "
                             "JupyterHub proxy)"},
    "cli.started": {"zh": "正在收集。按 Ctrl+C 结束。", "en": "Collecting. Press Ctrl+C to stop."},
    "cli.report": {"zh": "用报告模板分析问卷平台导出的文件，生成独立的 HTML 报告（Kano、SERVQUAL 或 NPS）",
                   "en": "analyse a survey platform's export with a report template and write a "
                         "self-contained HTML report (Kano, SERVQUAL or NPS)"},
    "cli.report_kind": {"zh": "报告：kano、servqual 或 nps", "en": "report: kano, servqual or nps"},
    "cli.report_file": {"zh": "问卷平台导出的文件（xlsx、xls、csv、txt、sav）",
                        "en": "the survey platform's export (xlsx, xls, csv, txt, sav)"},
    "cli.report_output": {"zh": "HTML 报告的路径（只有完整生成后才写入）",
                          "en": "path of the HTML report (written only when the whole report ran)"},
    "cli.report_platform": {"zh": "平台：wjx、tencent、qualtrics、surveymonkey、google、limesurvey、wenjuan、"
                                  "spss（默认按内容识别）",
                            "en": "platform: wjx, tencent, qualtrics, surveymonkey, google, limesurvey, "
                                  "wenjuan, spss (default: recognised from the content)"},
    "cli.report_param": {"zh": "模板参数 键=值（值按 YAML 读取，如 table=pouliot、near_tie=0.05、"
                               "mapping={{功能: [Q3_1, Q3_2]}}），可重复",
                         "en": "a template parameter key=value (the value read as YAML, e.g. table=pouliot, "
                               "near_tie=0.05, mapping={{feature: [Q3_1, Q3_2]}}); repeatable"},
    "cli.report_epilog": {"zh": "退出码：0 已写出报告；2 文件无法使用或参数有误"
                                "（错误信息写到标准错误，不写报告）；3 缺少 cxlab[report] 依赖。",
                          "en": "exit codes: 0 report written; 2 the file cannot be used or a parameter is "
                                "wrong (the error goes to standard error, no report is written); 3 the "
                                "cxlab[report] extra is not installed."},
    "cli.report_written": {"zh": "已写出报告：{path}", "en": "Report written: {path}"},
    "cli.finished": {"zh": "已结束：{counter}。分析：cxlab.store.Store({path!r}).load({form!r})",
                     "en": "Finished: {counter}. Analyse with cxlab.store.Store({path!r}).load({form!r})"},
})


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
        while not session.wait(0.5):
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

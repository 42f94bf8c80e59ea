"""The command line: the only module that reads argv, prints, and picks exit codes.

    unionnews build | check | import PATH… | serve | archive OUT | verify BAG | zim [OUT.zim]
    unionnews new DIR --paper 工人日报 --code grrb
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from unionnews import __version__
from unionnews.config import load_config
from unionnews.errors import Problem, UnionnewsError, os_problem, refuse_if_strict, report_lines


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="unionnews", description="工会报刊数字档案: build a static archive from article files.")
    parser.add_argument("--version", action="version", version=f"unionnews {__version__}")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project folder (default: current folder)")
    parser.add_argument("--config", type=Path, help="configuration file (default: ROOT/site.toml)")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    sub = parser.add_subparsers(dest="command")
    build = sub.add_parser("build", help="build site/ from content/ (the default)")
    build.add_argument("--base-url", help="override base_url, e.g. https://user.github.io/repo/")
    build.add_argument("--no-progress", action="store_true", help="no progress bar")
    build.add_argument("--clean", action="store_true", help="ignore the cache in .cache/ and build everything")
    build.add_argument("--jobs", "-j", type=int, help="worker processes (default: one per core)")
    build.add_argument("--timings", action="store_true", help="print the seconds each stage took")
    check = sub.add_parser("check", help="validate content/ without building")
    for command in (build, check):  # `check --strict` reads as well as `--strict check`
        command.add_argument("--strict", action="store_true", default=argparse.SUPPRESS, help="treat warnings as errors")
    imp = sub.add_parser("import", help="turn newspaper pages (text, PDF, hOCR, ALTO, Tesseract TSV, PaddleOCR/EasyOCR "
                         "JSON, images) into article files")
    imp.add_argument("paths", nargs="+", type=Path, help="page files or folders (e.g. raw/)")
    imp.add_argument("--paper", help="newspaper name, e.g. 工人日报 (else from path or manifest)")
    imp.add_argument("--date", help="issue date YYYY-MM-DD (else from path or manifest)")
    imp.add_argument("--page", type=int, help="page number 版次 (else from path or manifest)")
    imp.add_argument("--page-name", help="page name 版名, e.g. 要闻")
    imp.add_argument("--encoding", help="input encoding, e.g. gb18030 (default: detect)")
    imp.add_argument("--content", type=Path, help="where article files go (default: content/)")
    imp.add_argument("--ocr", action="store_true",
                     help="read page images (.png, .jpg, .tif) with Tesseract (Debian: tesseract-ocr tesseract-ocr-chi-sim)")
    serve = sub.add_parser("serve", help="preview on 127.0.0.1 and rebuild on change")
    serve.add_argument("--port", type=_port, default=8000, help="port on 127.0.0.1 (default 8000; 0: any free one)")
    serve.add_argument("--no-watch", action="store_true", help="serve without rebuilding on change")
    archive = sub.add_parser("archive", help="export site/, content/ and raw/ as a BagIt bag")
    archive.add_argument("out", type=Path)
    verify = sub.add_parser("verify", help="check a BagIt bag's fixity")
    verify.add_argument("bag", type=Path)
    zim = sub.add_parser("zim", help="write the built site/ as one ZIM file for Kiwix (after a build)")
    zim.add_argument("out", type=Path, nargs="?",
                     help="the .zim file to write (default: <Name>_<YYYY-MM>.zim in the project folder)")
    new = sub.add_parser("new", help="start the archive of another paper in a new folder (like `hugo new site`)")
    new.add_argument("dir", type=Path, help="the folder to make (new or empty)")
    new.add_argument("--paper", required=True, help="the newspaper's name as printed, e.g. 工人日报")
    new.add_argument("--code", required=True, help="its short ASCII code for ids and URLs, e.g. grrb")
    return parser


def _port(text: str) -> int:
    """--port: argparse turns the error into a usage message and exit code 2."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number: a port must be 0–65535, e.g. 8000") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value}: a port must be 0–65535, e.g. 8000")
    return value


def _report(problems: list[Problem], stream=None) -> None:
    for line in report_lines(problems):
        print(line, file=stream or sys.stderr)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    args = _parser().parse_args(argv)
    command = args.command or "build"
    try:
        if command == "new":  # makes the project: there is no site.toml to read yet
            return _new(args)
        overrides = {"base_url": getattr(args, "base_url", None)}
        config, warnings = load_config(args.root, args.config, overrides, strict=args.strict)
        _report(warnings)
        return COMMANDS[command](config, args)
    except UnionnewsError as exc:
        _report(exc.problems)
        errors = sum(p.level == "error" for p in exc.problems)
        note = "; site/ was left as it was." if command in ("build", "serve") else "."
        print(f"unionnews {command}: failed with {errors or len(exc.problems)} problem(s){note}", file=sys.stderr)
        return getattr(exc, "exit_code", 1)  # 2: an output file that cannot be written (zim)
    except KeyboardInterrupt:
        return 130
    except OSError as exc:  # disk full, permissions, a folder vanished: the file, the reason and the fix
        _report([os_problem(exc, args.root.resolve())])
        note = "; site/ was left as it was." if command in ("build", "serve") else "."
        print(f"unionnews {command}: failed{note}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug in unionnews, not in the input
        if os.environ.get("UNIONNEWS_DEBUG"):
            raise
        print(f"internal error in unionnews {command}: {type(exc).__name__}: {exc}\n"
              f"This is a bug, not a problem with your files. Run again with UNIONNEWS_DEBUG=1 for the "
              f"traceback and report it.", file=sys.stderr)
        return 70


def _build(config, args) -> int:
    from unionnews.pipeline import build
    report = build(config, progress=False if getattr(args, "no_progress", False) else None,
                   jobs=getattr(args, "jobs", None), clean=getattr(args, "clean", False), strict=args.strict)
    _report(report.warnings)
    print(report.summary(), file=sys.stderr)
    print(report.budget, file=sys.stderr)
    if getattr(args, "timings", False):
        print("  " + ", ".join(f"{stage} {seconds:.2f} s ({report.peaks[stage]:.0f} MiB)"
                               for stage, seconds in report.stages.items()), file=sys.stderr)
    return 0


def _check(config, args) -> int:
    from unionnews.content import load_content
    from unionnews.pages import build_site
    from unionnews.sources import outside_links
    escaped = outside_links([config.templates_dir, config.static_dir], config.root)
    if escaped:
        raise UnionnewsError(escaped)
    articles, warnings = load_content(config)
    warnings += build_site(articles, config).warnings
    refuse_if_strict(warnings, args.strict)
    _report(warnings)
    print(f"checked {len(articles)} articles: no errors, {len(warnings)} warning(s)", file=sys.stderr)
    return 0


def _import(config, args) -> int:
    from unionnews.ingest import run_import
    report = run_import([Path(p) for p in args.paths], content_dir=(args.content or config.content_dir).resolve(),
                        project_root=config.root, papers=config.papers, paper=args.paper, date=args.date,
                        page=args.page, page_name=args.page_name, encoding=args.encoding, config=config,
                        ocr=args.ocr)
    for line in report.lines:
        print(line, file=sys.stderr)
    if report.problems:
        _report(report.problems)
        print(f"unionnews import: {len(report.problems)} problem(s); the pages they name were not imported, "
              "the others were", file=sys.stderr)
        return 1
    return 0


def _serve(config, args) -> int:
    from unionnews.serve import serve
    return serve(config, port=args.port, watch_inputs=not args.no_watch)


def _archive(config, args) -> int:
    from unionnews.archive import export
    print(export(config, args.out), file=sys.stderr)
    return 0


def _verify(config, args) -> int:
    from unionnews.archive import verify
    problems = verify(args.bag)
    if problems:
        raise UnionnewsError(problems)
    print(f"{args.bag}: every file matches its checksums", file=sys.stderr)
    return 0


def _zim(config, args) -> int:
    from unionnews.zim import write_zim
    print("unionnews zim: packing site/ (compressing takes minutes for a large archive)…", file=sys.stderr, flush=True)
    print(write_zim(config, args.out).summary(config.root), file=sys.stderr)
    return 0


def _new(args) -> int:
    from unionnews.starter import new_project
    written = new_project(args.dir, args.paper, args.code)
    for path in written:
        print(f"wrote {path}", file=sys.stderr)
    print(f"{args.dir}: a new archive for {args.paper}. Put page text in {args.dir / 'raw' / args.code}/<YYYY-MM-DD>/"
          f"<NN>.txt, then run `unionnews import raw/` and `unionnews build` in {args.dir}.", file=sys.stderr)
    return 0


COMMANDS = {"build": _build, "check": _check, "import": _import, "serve": _serve,
            "archive": _archive, "verify": _verify, "zim": _zim}

if __name__ == "__main__":
    sys.exit(main())

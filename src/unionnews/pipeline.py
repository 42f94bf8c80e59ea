"""The build, as named stages in a fixed order (STYLE.md §5):

load_config → discover/parse/validate (content) → model (pages) → render →
search/feeds → link check → commit.  Nothing touches site/ until every page
has rendered and every link resolves.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field

import jinja2
from tqdm import tqdm

from unionnews import feeds, search
from unionnews.config import Config
from unionnews.content import load_content
from unionnews.errors import Problem, UnionnewsError
from unionnews.linkcheck import check_links
from unionnews.output import SiteWriter, clean_stale
from unionnews.pages import build_site
from unionnews.render import BUILTIN_TEMPLATES, Renderer, make_environment


@dataclass
class BuildReport:
    articles: int = 0
    issues: int = 0
    files: int = 0
    bytes: int = 0
    seconds: float = 0.0
    warnings: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        return (f"built {self.articles} articles in {self.issues} issues: {self.files} files, "
                f"{self.bytes / 1048576:.1f} MB, in {self.seconds:.1f} s")


def build(config: Config, progress: bool | None = None, check_internal_links: bool = True) -> BuildReport:
    """Build site/ from content/; raises UnionnewsError (site/ untouched) on any error."""
    started = time.perf_counter()
    articles, warnings = load_content(config)
    site = build_site(articles, config)
    env = make_environment(config.templates_dir)
    writer = SiteWriter(config.output_dir, config.root, (config.content_dir, config.templates_dir,
                                                        config.static_dir, config.root / "raw"))
    clean_stale(config.output_dir)
    try:
        show = sys.stderr.isatty() if progress is None else progress
        with tqdm(total=len(articles), unit="篇", desc="rendering", disable=not show, leave=False) as bar:
            Renderer(site, env).write_all(writer, bar)
        _write_extras(site, env, writer)
        search.write_index(site, writer)
        for name, text in feeds.sitemaps(site, sorted(writer.written)).items():
            writer.write(name, text)
        if check_internal_links:
            broken = check_links(writer.staging, writer.written)
            if broken:
                raise UnionnewsError(broken)
        writer.commit()
    except jinja2.TemplateError as exc:
        writer.abort()
        raise UnionnewsError(_template_problem(exc, config)) from None
    except BaseException:
        writer.abort()
        raise
    return BuildReport(len(articles), len(site.issues), len(writer.written), writer.bytes,
                       time.perf_counter() - started, warnings)


def _write_extras(site, env, writer: SiteWriter) -> None:
    config = site.config
    builtin = BUILTIN_TEMPLATES.parent / "static"
    if builtin.resolve() != config.static_dir.resolve():
        writer.copy_tree(builtin, "static", skip=config.static_dir)
    writer.copy_tree(config.static_dir, "static")
    # The service worker must sit at the site root for its scope to cover every page.
    worker = config.static_dir / "sw.js"
    writer.write("sw.js", (worker if worker.exists() else builtin / "sw.js").read_bytes())
    writer.write("manifest.webmanifest", feeds.web_manifest(site))
    writer.write("atom.xml", feeds.atom_feed(site))
    writer.write("robots.txt", feeds.robots(site))
    writer.write(".nojekyll", b"")
    not_found = env.get_template("404.html").render(config=config, site=site, root=config.base_path,
                                                    url="404.html")
    writer.write("404.html", not_found)


def _template_problem(exc: jinja2.TemplateError, config: Config) -> Problem:
    from unionnews.errors import display_path
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return Problem(display_path(exc.filename or exc.name or "templates", config.root), exc.lineno,
                       f"template syntax error: {exc.message}", "fix the template tag on that line")
    if isinstance(exc, jinja2.TemplateNotFound):
        return Problem("templates", None, f"template {exc.name!r} not found", "restore it from the unionnews templates/")
    where, line = "templates", None
    tb = exc.__traceback__
    while tb is not None:  # Jinja rewrites tracebacks so template frames carry the template's file and line
        if tb.tb_frame.f_code.co_filename.endswith((".html", ".xml")):
            where, line = display_path(tb.tb_frame.f_code.co_filename, config.root), tb.tb_lineno
        tb = tb.tb_next
    return Problem(where, line, f"template failed: {exc}", "check the variables the template uses")

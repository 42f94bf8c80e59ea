"""Incremental builds (issue 5): after any change, site/ is byte for byte what a clean build makes.

One project is edited step by step and rebuilt with its cache; after every
step a second project with the same sources is built from nothing, and the
two site/ folders must hold the same files with the same bytes.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MAKE_CORPUS, ROOT, make_project, tree
from unionnews import theme
from unionnews.incremental.cache import open_cache
from unionnews.config import load_config
from unionnews.content import load_content
from unionnews.errors import UnionnewsError
from unionnews.incremental.live import LiveSite
from unionnews.pages import build_site
from unionnews.pipeline import build
from unionnews.search import layout


def rebuild(project: Path, **kw):
    config, _ = load_config(project)
    return build(config, progress=False, **kw)


def clean_copy_matches(project: Path, scratch: Path) -> None:
    """Build the same sources from nothing elsewhere; the trees must be identical."""
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir(parents=True)
    for name in ("content", "templates", "static"):
        if (project / name).exists():
            shutil.copytree(project / name, scratch / name)
    shutil.copy(project / "site.toml", scratch / "site.toml")
    rebuild(scratch, clean=True)
    ours, theirs = tree(project / "site"), tree(scratch / "site")
    assert sorted(ours) == sorted(theirs), (set(ours) ^ set(theirs))
    different = [url for url in ours if ours[url] != theirs[url]]
    assert not different, different[:10]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    subprocess.run([sys.executable, str(MAKE_CORPUS), str(out), "-n", "160", "--from-year", "2024"],
                   check=True, capture_output=True)
    return out / "content"


@pytest.fixture(scope="module")
def built(tmp_path_factory, corpus) -> tuple[Path, object]:
    """The corpus built once (two workers) and that build's report, for the tests that start from a built project.

    Each test edits a copy of it (copy_of): the cache is relocatable, so the copy's next build is
    incremental, as the original's would be (test_a_moved_project_rebuilds_warm).
    """
    project = make_project(tmp_path_factory.mktemp("built"), corpus)
    return project, rebuild(project, jobs=2)


def copy_of(built: tuple[Path, object], tmp: Path) -> Path:
    """A copy of the built project (content, site/, .cache/) at tmp/project, as make_project names it."""
    project = tmp / "project"
    shutil.copytree(built[0], project, symlinks=True)
    return project


def articles(project: Path) -> list[Path]:
    return sorted((project / "content").rglob("*.md"))


def test_every_kind_of_change_rebuilds_to_the_clean_result(tmp_path, built):
    project = copy_of(built, tmp_path / "a")
    scratch = tmp_path / "b"
    first = built[1]
    assert first.changed == first.files
    again = rebuild(project)
    assert again.changed == 0, "a rebuild with nothing changed must write nothing"
    assert again.quick, "nothing changed: the quick path (textedit.py) applies"

    middle = articles(project)[len(articles(project)) // 2]
    text = middle.read_text(encoding="utf-8")
    middle.write_text(text.rstrip("\n") + "\n\n记者又补充了一句话。\n", encoding="utf-8")
    report = rebuild(project)
    assert 0 < report.changed < report.files / 5, "one body edit should rewrite a few files, not the site"
    deps = open_cache(project, load_config(project)[0]).deps
    showing = deps.pages_showing(range(len(articles(project))))
    assert showing, "the dependency map is there"
    assert {"paper/index.html", "date/index.html"}.isdisjoint(showing), \
        "lists of papers and dates show no article: an edit must not re-render (or re-fingerprint) them"
    assert report.quick, "a body edit changes no page's existence: the quick path applies"
    clean_copy_matches(project, scratch)

    text = middle.read_text(encoding="utf-8")
    middle.write_text(re.sub(r"^title: .*$", 'title: "标题改过了"', text, count=1, flags=re.M), encoding="utf-8")
    assert rebuild(project).quick, "a title is content too: the pages listing it are found in the dependency map"
    article_id = re.search(r"^id: (\S+)$", text, flags=re.M).group(1)
    code, day = article_id.split("-")[:2]
    issue_page = project / "site" / code / day[:4] / f"{day[:4]}-{day[4:6]}-{day[6:]}.html"
    assert "标题改过了" in (project / "site" / "article" / article_id[5:9] / f"{article_id}.html").read_text(encoding="utf-8")
    assert "标题改过了" in issue_page.read_text(encoding="utf-8"), "listings show the new title"
    clean_copy_matches(project, scratch)

    text = middle.read_text(encoding="utf-8")
    tagged = re.sub(r"^tags: .*$", "tags: [改过的标签]", text, count=1, flags=re.M) if re.search(r"^tags:", text, re.M) \
        else text.replace("\n---\n", "\ntags: [改过的标签]\n---\n", 1)
    middle.write_text(tagged, encoding="utf-8")
    assert not rebuild(project).quick, "a new tag makes a new page: the full path"
    assert (project / "site" / "tags").exists()
    clean_copy_matches(project, scratch)

    source = articles(project)[3]
    new_id = source.stem[:-2] + "99"
    added = source.with_name(new_id + ".md")
    added.write_text(source.read_text(encoding="utf-8").replace(f"id: {source.stem}", f"id: {new_id}"),
                     encoding="utf-8")
    assert not rebuild(project).quick
    assert (project / "site" / "article" / new_id[5:9] / f"{new_id}.html").exists()
    clean_copy_matches(project, scratch)

    gone = articles(project)[-5]
    gone.unlink()
    assert not rebuild(project).quick
    assert not (project / "site" / "article" / gone.stem[5:9] / f"{gone.stem}.html").exists()
    clean_copy_matches(project, scratch)

    (project / "templates").mkdir(exist_ok=True)
    template = (theme.TEMPLATES / "base.html").read_text(encoding="utf-8")
    (project / "templates" / "base.html").write_text(template.replace("</main>", "</main>\n<!-- 改版 -->"),
                                                     encoding="utf-8")
    report = rebuild(project)
    assert report.changed > report.files / 2, "a base template change reaches every page"
    assert not report.quick
    clean_copy_matches(project, scratch)

    (project / "templates" / "partials").mkdir(exist_ok=True)
    footer = (theme.TEMPLATES / "partials" / "footer.html").read_text(encoding="utf-8")
    assert footer.count("<script src=") == 1
    (project / "templates" / "partials" / "footer.html").write_text(footer.replace("<script src=", "<!-- 页脚 --><script src="),
                                                                     encoding="utf-8")
    report = rebuild(project)
    assert report.changed > report.files / 2, "a partial rendered once per depth (Renderer.chrome) still reaches every page"
    assert "<!-- 页脚 -->" in (project / "site" / "people" / "index.html").read_text(encoding="utf-8")
    clean_copy_matches(project, scratch)

    settings = (project / "site.toml").read_text(encoding="utf-8")
    (project / "site.toml").write_text(settings.replace("per_page = 500", "per_page = 7"), encoding="utf-8")
    rebuild(project)
    clean_copy_matches(project, scratch)


def test_a_moved_project_rebuilds_warm(tmp_path, built, monkeypatch):
    """A project moved or copied to another folder (a CI runner's workspace, a restored backup) keeps its
    cache: its next build parses nothing, writes nothing and takes the quick path (cache.settings_digest,
    cache._inside, fingerprint.salt_for name no absolute path)."""
    from unionnews import pipeline
    moved = copy_of(built, tmp_path / "elsewhere" / "深一层")
    expected = tree(moved / "site")
    parsed: list[Path] = []
    real = pipeline.parse_article
    monkeypatch.setattr(pipeline, "parse_article", lambda path, config: parsed.append(path) or real(path, config))
    report = rebuild(moved, jobs=1)
    assert parsed == [] and report.changed == 0, "the same sources and site elsewhere: nothing parsed, nothing written"
    assert report.quick, "the cache's plan applies to the moved project"
    assert tree(moved / "site") == expected
    edited = articles(moved)[len(articles(moved)) // 3]
    edited.write_text(edited.read_text(encoding="utf-8").rstrip("\n") + "\n\n补记一句。\n", encoding="utf-8")
    report = rebuild(moved, jobs=1)
    assert parsed == [edited] and report.quick and 0 < report.changed < report.files / 5
    clean_copy_matches(moved, tmp_path / "b")


def test_one_worker_and_many_make_the_same_site(tmp_path, corpus, built):
    one = make_project(tmp_path / "one", corpus)
    many = built[0]  # built from nothing with jobs=2
    rebuild(one, jobs=1)
    assert tree(one / "site") == tree(many / "site")


def test_site_is_repaired_when_someone_touched_it(tmp_path, built):
    project = copy_of(built, tmp_path / "a")
    expected = tree(project / "site")
    (project / "site" / "index.html").write_text("truncated", encoding="utf-8")
    (project / "site" / "article" / "stray.html").write_text("not ours", encoding="utf-8")
    some_article = next((project / "site" / "article").glob("*/*-01.html"))
    some_article.unlink()
    next((project / "site" / "search").rglob("*.js")).unlink()  # the index is skipped when no article changed
    rebuild(project)
    assert tree(project / "site") == expected


def test_quick_path_repairs_touched_pages_too(tmp_path, built):
    project = copy_of(built, tmp_path / "a")
    expected = tree(project / "site")
    (project / "site" / "index.html").write_text("truncated", encoding="utf-8")
    next((project / "site" / "article").glob("*/*-01.html")).unlink()
    (project / "site" / "article" / "stray.html").write_text("not ours", encoding="utf-8")
    report = rebuild(project)
    assert report.quick
    assert tree(project / "site") == expected


def test_search_index_is_rewritten_when_it_cannot_be_patched(tmp_path, built):
    """A search file altered in place (same size) makes the patcher refuse: the index is made anew."""
    project = copy_of(built, tmp_path / "a")
    manifest = project / "site" / "search" / "manifest.js"
    manifest.write_text("x" * len(manifest.read_bytes()), encoding="utf-8")
    middle = articles(project)[len(articles(project)) // 2]
    middle.write_text(middle.read_text(encoding="utf-8").rstrip("\n") + "\n\n补一句。\n", encoding="utf-8")
    assert rebuild(project).quick
    clean_copy_matches(project, tmp_path / "b")


def test_interrupted_commit_makes_the_next_build_clean(tmp_path, built):
    project = copy_of(built, tmp_path / "a")
    first = built[1]
    journal = project / ".cache" / "unionnews" / "commit-in-progress"
    journal.write_text("killed\n", encoding="utf-8")
    report = rebuild(project)
    assert report.changed == first.files
    assert not journal.exists()


def test_unreadable_cache_is_a_cold_cache(tmp_path, built):
    project = copy_of(built, tmp_path / "a")
    first = built[1]
    (project / ".cache" / "unionnews" / "build.pickle").write_bytes(b"\x80\x05garbage")
    report = rebuild(project)
    assert report.changed == first.files


def _records_if_sampled(config, text: str) -> int:
    """The search files an edit to this article rewrites besides its own: the records dictionary and
    every records file when the dictionary samples it (search/layout.py), else none."""
    oldest = [a.id for a in build_site(load_content(config)[0], config).articles[::-1]]
    doc = oldest.index(re.search(r"^id: (.*)$", text, flags=re.M).group(1))
    return 1 + -(-len(oldest) // layout.RECORDS_PER_FILE) if doc in layout.dictionary_docs(len(oldest)) else 0


def test_serve_updates_from_memory_to_the_clean_result(tmp_path, corpus):
    """live.py: text edits applied in place give the clean build's bytes; other changes fall back to a build."""
    project = make_project(tmp_path / "a", corpus)
    scratch = tmp_path / "b"
    config, _ = load_config(project)
    live = LiveSite(config)
    middle = articles(project)[len(articles(project)) // 2]
    text = middle.read_text(encoding="utf-8")
    middle.write_text(text.rstrip("\n") + "\n\n记者又补充了一句话。\n", encoding="utf-8")
    report = live.update({middle})
    assert report.quick and 0 < report.changed < 40 + _records_if_sampled(config, text)
    clean_copy_matches(project, scratch)

    other = articles(project)[7]
    other.write_text(re.sub(r"^title: .*$", 'title: "又一个新标题"', other.read_text(encoding="utf-8"), count=1,
                            flags=re.M), encoding="utf-8")
    middle.write_text(text.replace("\n---\n", "\n---\n开头加了一段。\n\n", 1), encoding="utf-8")
    report = live.update({other, middle})
    assert report.quick
    clean_copy_matches(project, scratch)
    assert (report.files, report.bytes) == (len(tree(scratch / "site")), sum(map(len, tree(scratch / "site").values())))

    manifest = project / "site" / "search" / "manifest.js"  # the patcher refuses: the whole index is made anew
    manifest.write_text("x" * len(manifest.read_bytes()), encoding="utf-8")
    middle.write_text(text.replace("\n---\n", "\n---\n开头改了一段。\n\n", 1), encoding="utf-8")
    assert live.update({middle}).quick
    clean_copy_matches(project, scratch)

    broken = articles(project)[9]
    saved = broken.read_text(encoding="utf-8")
    broken.write_text(saved.replace("\ntitle:", "\ntitle: [unclosed", 1), encoding="utf-8")
    before = tree(project / "site")
    with pytest.raises(UnionnewsError):
        live.update({broken})
    assert tree(project / "site") == before, "a failed update leaves site/ as it was"
    broken.write_text(saved, encoding="utf-8")

    source = articles(project)[3]
    new_id = source.stem[:-2] + "98"
    source.with_name(new_id + ".md").write_text(
        source.read_text(encoding="utf-8").replace(f"id: {source.stem}", f"id: {new_id}"), encoding="utf-8")
    assert not live.update({source.with_name(new_id + ".md")}).quick, "a new article: a full build"
    clean_copy_matches(project, scratch)

    middle.write_text(text, encoding="utf-8")
    assert live.update({middle}).quick, "after a full build the state is fresh again"
    live.save()
    report = rebuild(project)
    assert report.changed == 0 and report.quick, "the saved cache describes site/ exactly"
    clean_copy_matches(project, scratch)


def publish_day(project: Path, day, pages: int = 8, per_page: int = 8, code: str = "grrb", paper: str = "工人日报") -> list[Path]:
    """Today's issue: pages × per_page articles dated `day`, their text and names taken from existing articles."""
    sources = articles(project)
    made = []
    for n in range(pages * per_page):
        page, seq = n // per_page + 1, n % per_page + 1
        new_id = f"{code}-{day:%Y%m%d}-{page:02d}-{seq:02d}"
        text = sources[(n * 7) % len(sources)].read_text(encoding="utf-8")
        text = re.sub(r"(?m)^id: .*$", f"id: {new_id}", text, count=1)
        text = re.sub(r"(?m)^date: .*$", f"date: {day.isoformat()}", text, count=1)
        text = re.sub(r"(?m)^paper: .*$", f"paper: {paper}", text, count=1)
        text = re.sub(r"(?m)^page: .*$", f"page: {page}", text, count=1)
        text = re.sub(r"(?m)^dateline: .*\n", "", text, count=1)
        target = project / "content" / f"{day:%Y/%m/%d}" / f"{new_id}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        made.append(target)
    return made


def newest_day(project: Path):
    import datetime as dt
    return max(dt.date(int(p.parts[-4]), int(p.parts[-3]), int(p.parts[-2])) for p in articles(project))


@pytest.mark.parametrize("window", [3, 25])
def test_publishing_todays_issue_touches_only_the_newest_pages(tmp_path, corpus, monkeypatch, window):
    """The append path (append.py): new days rebuild to the clean result and leave older listing pages alone.

    With a related() window of 3, most terms are longer than two windows (Site.related_touched's other case).
    """
    import datetime as dt
    from unionnews import pages
    monkeypatch.setattr(pages, "RELATED_WINDOW", window)
    project = make_project(tmp_path / "a", corpus)
    settings = project / "site.toml"
    # small listing pages, so terms cross page boundaries and related() windows (25 either side) are exercised
    settings.write_text(settings.read_text(encoding="utf-8").replace("per_page = 500", "per_page = 6"), encoding="utf-8")
    scratch = tmp_path / "b"
    first = rebuild(project)
    before = tree(project / "site")
    day = newest_day(project) + dt.timedelta(days=1)
    publish_day(project, day, pages=4, per_page=4)
    report = rebuild(project)
    assert report.appended and not report.quick, "only new articles, all newer than the rest: the append path"
    clean_copy_matches(project, scratch)
    after = tree(project / "site")
    changed = [url for url in after if after[url] != before.get(url)]
    assert sum(url.startswith("article/") for url in changed) >= 16
    # (in a corpus this small every tag is short enough that related() sees all of it: many article pages
    # really change; listings must not)
    listings = [url for url in changed if not url.startswith(("article/", "search/"))]
    # at most, for each new article's terms, its first page and one numbered page; and the issue, date, paper,
    # home, taxonomy index pages and feeds
    assert len(listings) <= 16 * 2 * 8 + 20, sorted(listings)
    numbered = [url for url in before if re.search(r"^(people|places|tags|columns)/./.+-[0-9a-f]{4}-\d+\.html$", url)]
    moved = [url for url in numbered if after.get(url) != before[url]]
    assert numbered and len(moved) <= len(numbered) // 10, "older numbered listing pages keep their articles"
    assert all(url in after for url in before), "nothing of the archive disappears"

    # a second day, from the other paper; then a late article for a day already out takes the full path
    publish_day(project, day + dt.timedelta(days=1), pages=2, per_page=3, code="ldwb", paper="劳动午报")
    assert rebuild(project).appended
    clean_copy_matches(project, scratch)
    late = publish_day(project, day, pages=1, per_page=1, code="ldwb", paper="劳动午报")
    assert not rebuild(project).appended, "a new article on a day already published reorders its listings"
    assert late[0].exists()
    clean_copy_matches(project, scratch)
    # the quick path and the append path leave a dependency map the next quick edit can use
    edited = articles(project)[0]
    edited.write_text(edited.read_text(encoding="utf-8").rstrip("\n") + "\n\n补记一句。\n", encoding="utf-8")
    assert rebuild(project).quick
    clean_copy_matches(project, scratch)


def test_a_daily_job_on_a_fresh_checkout_is_incremental(tmp_path, built, monkeypatch):
    """A CI job (pages.yml): a fresh clone gives every content file a new mtime and inode, and site/ and
    .cache/unionnews come back as copies (actions/cache).  The build must still trust them: nothing is
    parsed again but the day's new files, and today's issue takes the append path to the clean result."""
    import datetime as dt
    from unionnews import pipeline
    project = copy_of(built, tmp_path / "a")
    saved = tmp_path / "saved"
    for name in ("site", ".cache"):  # what actions/cache keeps: copies, so new inodes (mtimes kept, as tar does)
        shutil.copytree(project / name, saved / name, symlinks=True)
    content = tmp_path / "checkout"
    shutil.copytree(project / "content", content)
    shutil.rmtree(project)
    rng = __import__("random").Random(16)
    project.mkdir(parents=True)
    shutil.copy(ROOT / "site.toml", project / "site.toml")
    files = sorted(content.rglob("*.md"))
    rng.shuffle(files)  # the order a checkout writes files in is not the old one: new inodes, new mtimes
    for path in files:
        target = project / "content" / path.relative_to(content)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    for name in ("site", ".cache"):
        shutil.copytree(saved / name, project / name, symlinks=True)

    parsed: list[Path] = []
    real = pipeline.parse_article
    monkeypatch.setattr(pipeline, "parse_article", lambda path, config: parsed.append(path) or real(path, config))
    again = rebuild(project, jobs=1)
    assert parsed == [] and again.changed == 0, "the same sources and site: nothing parsed, nothing written"

    made = publish_day(project, newest_day(project) + dt.timedelta(days=1), pages=2, per_page=3)
    edited = files[rng.randrange(len(files))]  # and one old file whose bytes did change
    edited = project / "content" / edited.relative_to(content)
    edited.write_text(edited.read_text(encoding="utf-8").rstrip("\n") + "\n\n补记一句。\n", encoding="utf-8")
    before = tree(project / "site")
    rebuild(project, jobs=1)
    assert sorted(parsed) == sorted([*made, edited]), "only files whose bytes changed are parsed"
    after = tree(project / "site")
    pages = [url for url in after if not url.startswith("search/") and after[url] != before.get(url)]
    assert len(pages) < len(after) / 4, "the pages of the day and of one edit, not the site"
    clean_copy_matches(project, tmp_path / "b")


def test_the_cache_carries_slugs_to_the_next_build(tmp_path, built, monkeypatch):
    """Term slugs (pinyin) come from the cache in a new process, and only the current names are kept."""
    from unionnews import pages
    project = copy_of(built, tmp_path / "a")
    monkeypatch.setattr(pages, "SLUGS", {})  # a new process
    made: list[str] = []
    real = pages._slug
    monkeypatch.setattr(pages, "_slug", lambda name, digits: made.append(name) or real(name, digits))
    again = rebuild(project)
    assert made == [] and again.changed == 0, "every slug came from the cache"
    kept = open_cache(project, load_config(project)[0]).slugs
    site_terms = {p.name for p in (project / "site").glob("*/?/*.html")}
    assert kept and all(f"{slug}.html" in site_terms for slug in kept.values())

"""The importer: OCR page-text dumps → one Markdown article file per article.

Stages, in order (nothing is written until every page has been read):
``discover`` the page files → ``resolve_meta`` (path, manifest.yaml, flags) →
``read_page`` (encodings) → ``paragraphs`` (whatever the line layout) → ``find_order`` (when the OCR read columns out of
order) → ``make_units``/``segment`` (lines → drafts) →
``build_article``/``build_unplaced`` (front matter, body, review) →
``keep_ids`` (an existing story keeps its id) → ``write_records`` (idempotent, edited files kept) → report lines for
the CLI.

The article file format is ../shared/ARTICLE_FORMAT.md; furniture and
anything not placed in an article goes to ``content/_unplaced/YYYY/MM/DD/``.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from unionnews import __version__
from unionnews.config import Config
from unionnews.errors import Problem, UnionnewsError, display_path
from unionnews.ingest import byline as bl
from unionnews.ingest.assemble import (GUESSED_MARK, Record, build_article, build_unplaced, line_ranges,
                                       loose_from_draft)
from unionnews.ingest.decode import STAND_INS, ZERO_WIDTH, PageText, read_page
from unionnews.ingest.headline import is_column_like
from unionnews.ingest.ids import keep_ids
from unionnews.ingest.manifest import BREAK, MANIFEST, parse_order, resolve_meta
from unionnews.ingest.marks import read_forms
from unionnews.ingest.readings import Note, Reading
from unionnews.ingest.scores import NEAR
from unionnews.ingest.continuity import cut_off, word_across
from unionnews.ingest.cutleads import note_cut_leads, note_heads_of_cut_leads
from unionnews.ingest.normalize import is_terminal
from unionnews.ingest.paragraphs import Paragraphs, paragraphs, renumber, subhead_doubt_only
from unionnews.ingest.paragraphs.lines import headline_shaped, reads_on_across_blank, rewrapped
from unionnews.ingest.printed import (IMAGE_SUFFIXES, is_geometry_file, layout_records, never_text,
                                      one_ocr_file_a_page, page_image, page_layout, unify_layout)
from unionnews.ingest.reorder import find_order
from unionnews.ingest.segment import LEAD, MARKED_READ_ON, TEXT, Draft, Para, join_textless, make_units, segment
from unionnews.ingest.write import render, write_records
from unionnews.sources import escape_problems, walk
from unionnews.text import describe

__all__ = ["ImportReport", "run_import", "IMPORTER"]

IMPORTER = f"unionnews-ingest {__version__}"


@dataclass
class ImportReport:
    """What an import did; ``lines`` is the human summary the CLI prints."""

    lines: list[str] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[tuple[str, str]] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # pages left out, and why
    warnings: list[str] = field(default_factory=list)


def _discover(paths: list[Path], root: Path, ocr: bool = False,
              notes: list[str] | None = None) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """The page files, and a problem for each symbolic link that leaves the project (never read).  A page's
    OCR files beside each other in a folder are read once (:func:`~unionnews.ingest.printed.one_ocr_file_a_page`),
    the files passed over said in ``notes``."""
    found: list[tuple[Path, str]] = []
    problems = []
    escapes: list[tuple[Path, str]] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            # links may not leave the project (or, for a folder outside it, that folder)
            inside = root if _inside(path, root) else path
            files = [p for p in walk(path, inside, escapes) if p.suffix == ".txt" or is_geometry_file(p, ocr)]
            # a page image beside its own hOCR/ALTO/PDF is that page's picture, not another page to OCR
            stems = {p.with_suffix("") for p in files if p.suffix.lower() not in IMAGE_SUFFIXES}
            files = [p for p in files if p.suffix.lower() not in IMAGE_SUFFIXES or p.with_suffix("") not in stems]
            files, passed = one_ocr_file_a_page(files)
            if notes is not None:
                notes += [f"{display_path(p, root)}: passed over, {kept.name} beside it is the same page's OCR "
                          "(a page is read from one file: hOCR first, then ALTO, Tesseract TSV, JSON)"
                          for p, kept in passed]
            if not files and not escapes:
                problems.append(Problem(display_path(path, root), None,
                                        "no page files in this folder (.txt, .pdf, hOCR, ALTO, Tesseract TSV, "
                                        "PaddleOCR/EasyOCR JSON; images with --ocr)",
                                        "point the import at page text, page PDFs or OCR output"))
            found += [(p, display_path(p, root)) for p in files]
        elif path.is_file():
            target = os.path.realpath(path)
            if path.is_symlink() and _inside(path, root) and not _inside(Path(target), root):
                escapes.append((path, target))  # raw/x.txt -> a file elsewhere: named or not, never read
            else:
                found.append((path, display_path(path, root)))
        elif path.is_symlink() and not path.exists():
            problems.append(Problem(display_path(path, root), None, "is a symbolic link to nothing",
                                    "point it at a page file, or delete it"))
        else:
            problems.append(Problem(display_path(path, root), None, "no such file or folder", "check the path"))
    if problems:
        raise UnionnewsError(problems + escape_problems(escapes, root))
    seen, unique = set(), []
    for path, shown in found:
        if path.resolve() not in seen and path.name != MANIFEST:
            seen.add(path.resolve())
            unique.append((path, shown))
    return unique, escape_problems(escapes, root)


def _inside(path: Path, root: Path) -> bool:
    return Path(os.path.abspath(path)).is_relative_to(os.path.realpath(root)) or \
        Path(os.path.abspath(path)).is_relative_to(os.path.abspath(root))


def _note_controls(page, records: list[Record]) -> None:
    """Control characters removed at the door (text.strip_controls), in the review of the articles they sat in."""
    for number, ch in page.controls:
        note = f"line {number} of the page text held {describe(ch)}, removed: it prints nothing"
        owners = [r for r in records if number in r.lines] or records[:1]
        for record in owners:
            record.say(note)


def _note_ruled_letters(page, records: list[Record]) -> None:
    """Lines of a ruled page whose rule letter stands beside a Latin letter (decode.unrule), kept as printed text,
    in the review of the articles holding them: the letter may be the rule's, read with a word; and those where it
    was taken off as the rule on the word's evidence, which may be wrong in the other way."""
    if not page.ruled_letters and not page.ruled_words:
        return
    ch, side, _ = page.rules[0] if len(page.rules) == 1 else next(r for r in page.rules if r[0] in "lI")
    _note_lines(records, page.ruled_letters, lambda shown, _n: (
        f"line {shown} {'begins' if side == 'start' else 'ends'} on {ch!r}, which may be a Latin word's letter "
        f"(beside a Latin letter, or a word the line's break cut), on a page whose column rule reads as {ch!r}: "
        "kept as text, check whether it is the rule"))
    for number, word, why in page.ruled_words:
        _note_lines(records, [number], lambda shown, _n, word=word, why=why: (
            f"line {shown} {'began' if side == 'start' else 'ended'} on {ch!r} beside a Latin letter, on a page whose "
            f"column rule reads as {ch!r}: taken off as the rule, the word read as {word} ({why}); check the page"))


def _note_gaps(page, records: list[Record]) -> None:
    """Lines holding text on both sides of a wide gap on a page not read as two columns (sidebyside.wide_gaps),
    in the review of the articles holding them: two columns' halves may be read as one line."""
    _note_lines(records, page.gapped, lambda shown, n: (
        f"line{'s' if n > 1 else ''} {shown} of the page text hold{'' if n > 1 else 's'} text on both sides of a "
        "wide gap: two columns printed side by side may be read here as one line, check which story each half "
        "belongs to"))


def _note_parted(page, records: list[Record]) -> None:
    """Lines of a short page not read as two columns holding a gap no line of one column holds
    (rowsacross.parted_lines), in the review of the articles holding them: two columns' lines may be read as one."""
    _note_lines(records, page.parted, lambda shown, n: (
        f"line{'s' if n > 1 else ''} {shown} of the page text hold{'' if n > 1 else 's'} a gap no line of one column "
        "holds (a tab, a space after a full-width mark or before a dateline), on a short page not read as two "
        "columns: two columns' lines side by side may be read here as one line, check which story each part "
        "belongs to"))


def _note_across(page, records: list[Record]) -> None:
    """File lines of a page read as two columns across each row (rowsacross.rows_across) whose halves' columns are a
    guess, in the review of the articles holding them, and of those whose rows run past them holding none of them.

    Why the second: a row read whole into one column leaves the other column's story without its line there; that
    story holds no line of the row, yet a sentence of it may now run on over the gap (…丁城总 | 0名职工参加。, the
    row between read into the other column), so its review says so too."""
    _note_lines(records, page.across, lambda shown, n: (
        f"file line{'s' if n > 1 else ''} {shown}: on a page read as two columns across each row, which column "
        "each line's text belongs to is a guess (a row with no gap, or more than one gap that would do), check"))
    for record in records:
        rows = [n for n in page.across if n not in record.lines and record.lines
                and min(record.lines) < n < max(record.lines)]
        if rows:
            shown = _shown(rows)
            record.front.setdefault("review", []).append(
                f"file line{'s' if len(rows) > 1 else ''} {shown}, inside this story's rows on a page read as two "
                "columns across each row, went whole to the other column, a guess: this story's text on "
                f"{'them' if len(rows) > 1 else 'it'} may be read there, check")


def _note_foot(page, records: list[Record]) -> None:
    """The left column's last line of a page read as two columns across each row when it reads as a headline
    (rowsacross.headline_foot), in the review of the articles holding it."""
    _note_lines(records, page.foot, lambda shown, _n: (
        f"file line {shown}, the left column's last line on a page read as two columns across each row, reads as a "
        "headline: read on into the right column's top, the story it heads there is a guess (a paper sets no "
        "headline at a column's foot), check"))


def _note_lines(records: list[Record], numbers, say) -> None:
    """``say(shown, count)`` in the review of each record holding some of the page lines ``numbers``: ``shown``
    names five of them at most, ``count`` how many it holds."""
    for record in records:
        lines = [n for n in numbers if n in record.lines]
        if lines:
            record.front.setdefault("review", []).append(say(_shown(lines), len(lines)))


def _shown(numbers: list[int]) -> str:
    """Line numbers as a review names them: five at most."""
    return ", ".join(map(str, numbers[:5])) + (", …" if len(numbers) > 5 else "")


def _note_numbers(page, records: list[Record]) -> None:
    """Line numbers taken off at the door (decode.unnumber), in the review of the articles whose lines they numbered."""
    for record in records:
        numbers = [n for line, n in page.numbers if line in record.lines]
        if numbers:
            review = record.front.setdefault("review", [])
            review.append(f"the page text's lines began with line numbers ({numbers[0]}–{numbers[-1]} here), "
                          "taken off: a text viewer's numbering, not printed")


def _page_notes(shown: str, page: PageText) -> list[str]:
    """The import's words on what decoding took off or read differently on a page, in the order the stages did it:
    page-wide facts about the file, said once among the import's warnings rather than in every article's review."""
    said = ((page.scores, _scores_note), (page.results, _results_note), (page.corners, _corners_note),
            (page.unified, _unified_note), (page.rules, _rules_note), (page.markdown, _markdown_note),
            (page.pagemarks, _pagemarks_note), (page.columns, _columns_note))
    return [note(shown, found) for found, note in said if found]


def _scores_note(shown: str, scores: tuple[tuple[int, str], ...]) -> str:
    """The import's word on recognition scores taken off a page's lines (decode.unscore): a page-wide
    fact about the file, not a doubt about any article's text, so it is said once, not in each review."""
    return (f"{shown}: lines {scores[0][0]}–{scores[-1][0]} ended in a recognition score ({len(scores)} scores, "
            f"e.g. {scores[0][1]}), taken off: the engine's confidence, not printed text")


def _corners_note(shown: str, corners: tuple[tuple[int, str], ...]) -> str:
    """The import's word on text boxes' corners taken off a page's lines (decode.uncorner), said once a page."""
    return (f"{shown}: lines {corners[0][0]}–{corners[-1][0]} opened on a text box's corners ({len(corners)} boxes, "
            f"e.g. {corners[0][1]}), taken off: where the engine found the line, not printed text")


def _rules_note(shown: str, rules: tuple[tuple[str, str, int], ...]) -> str:
    """The import's word on a column rule read as a character and taken off (decode.unrule), said once a page."""
    said = "; ".join(f"{ch!r} at the {side} of {n} lines" for ch, side, n in rules)
    return f"{shown}: a column rule read as a character ({said}), taken off: a printed line, not text"


def _markdown_note(shown: str, markdown: tuple[tuple[str, int], ...]) -> str:
    """The import's word on a converter's Markdown or a web page's HTML taken off a page (decode.unmarkdown,
    decode.unhtml, decode.unescape), said once a page."""
    said = ", ".join(f"{n} {what}" for what, n in markdown)
    return (f"{shown}: Markdown of a converter taken off ({said}): images, rules, quote marks, escapes, tags and "
            "type weight, not text")


def _results_note(shown: str, results: tuple[str, int]) -> str:
    """The import's word on an engine's result file read as its text (decode.untsv, decode.unresult)."""
    what, n = results
    return (f"{shown}: read as {what} ({n} text lines): each line's box, score and rows taken off, where the engine "
            "found the text and how sure it was, not printed text")


def _pagemarks_note(shown: str, marks: tuple[tuple[int, str], ...]) -> str:
    """The import's word on a converter's page markers taken off a page (decode.unpaginate), said once a page."""
    said = ", ".join(f"line {n} {marker!r}" for n, marker in marks[:4]) + (", …" if len(marks) > 4 else "")
    return f"{shown}: {len(marks)} page markers of a converter taken off ({said}): where a file's page ends, not text"


def _columns_note(shown: str, columns: tuple[int, int]) -> str:
    """The import's word on a page read as two columns printed side by side (sidebyside.read_columns): a
    page-wide fact about how the text was laid out, said once, with how its line numbers are counted."""
    rows, column = columns
    return (f"{shown}: read as two columns side by side (pdftotext -layout or an engine's keep-layout text), the "
            f"right one from display column {column + 1}: its left column first, then its right; provenance "
            f"gives file lines, and a review reason's line {rows}+k is the right half of file line k (1–{rows})")


def _unified_note(shown: str, unified: tuple[tuple[str, int], ...]) -> str:
    """The import's word on stand-in characters read as the ones they stand for (decode.unify): a page-wide
    fact about how the text was extracted, said once."""
    gone = [(ch, n) for ch, n in unified if ch in ZERO_WIDTH or not ch.translate(STAND_INS).isprintable()]
    read = [(ch, n) for ch, n in unified if (ch, n) not in gone]
    parts = []
    if read:
        shown_read = ", ".join(f"{ch} as {ch.translate(STAND_INS)}" for ch, _ in read[:4])
        parts.append(f"{sum(n for _, n in read)} radicals, compatibility ideographs, vertical or small forms were "
                     f"read as the characters they stand for ({shown_read}{', …' if len(read) > 4 else ''})")
    if gone:
        parts.append(f"{sum(n for _, n in gone)} zero-width or control characters "
                     f"({', '.join(describe(ch) for ch, _ in gone)}) were taken off: they print nothing")
    return f"{shown}: " + "; ".join(parts)


def _marked_text_in_place(draft, lines: list[str], moved: dict) -> list[str]:
    """On a page the OCR read out of order, or one re-laid out into paragraphs: paragraphs of text the
    OCR marked as headings (``## 据介绍，…，``) that the reading order (``moved``: its notes, by line)
    left where they stand.  The OCR misread the layout there, so the paragraph may belong to a
    neighbouring story: said in review rather than trusted."""
    out = []
    said = {u.no for p in draft.paras for u in p.units if any(d.startswith(f"line {u.no} (") and MARKED_READ_ON in d
                                                              for d in draft.doubts)}
    for para, unit in ((p, u) for p in draft.paras for u in p.units):  # the body: a headline block may hold a comma
        body = lines[unit.no - 1].strip().lstrip("#").strip()
        if unit.hashes and unit.no not in moved and unit.no not in said and (re.search(r"[，,。；;]", body) and (
                len(body) > 12 or not is_terminal(body))  # short, but a sentence the OCR cut (据介绍，…建立了)
                or _heading_run_on(para, body)):
            out.append(f"line {unit.no} is marked as a heading by the OCR but reads as a paragraph of text — "
                       "check that it belongs to this story")
    return out


def _heading_run_on(para: Para, body: str) -> bool:
    """Is a line the OCR marked as a heading, headline-shaped, run on into a paragraph of text (joined to the
    text above it, or with text joined under it)?  Over a lead with no 本报讯 marker (9月2日，…) a headline
    block stands on running text, and with blank runs that no longer part items it is read on into the
    story above: another item's headline inside a sentence."""
    return para.kind in (TEXT, LEAD) and len(para.units) > 1 and headline_shaped(body)


def _photo_item_at_end(draft) -> list[str]:
    """An article whose text ends with a subhead, at most three paragraphs and a photo credit
    (公交驾驶员 赛场展技能 … 本报记者 盛丽 摄影报道): on a page re-laid out into paragraphs the
    subhead may be the headline of a photo item the layout did not set apart.  Said in review."""
    paras = draft.paras
    if len(paras) < 3 or not bl.is_credit(paras[-1].text.strip()):
        return []
    for k in range(len(paras) - 2, max(-1, len(paras) - 6), -1):
        if paras[k].kind == "sub":
            return [f"line {paras[k].units[0].no} is read as a subhead over a photo caption and credit at the end of "
                    "the article; it may be the headline of a separate photo item — check"]
    return []


def _headless_open_lead(drafts: list[Draft]) -> int | None:
    """The line of a lead (本报讯（…）…) standing with no headline over it and stopping mid-sentence, if the
    page has one: its rest, and the headline over the rest, are elsewhere on the page (the OCR read the
    column out of order).  Also a lead stopping mid-sentence as the only paragraph under its headline, where the
    segmenter took it for another read of a lead under a headline (two leads of one wording on a page of
    like items): nothing under it goes on with its sentence either."""
    return next((d.paras[0].units[0].no for d in drafts
                 if not d.continued and (not d.head or len(d.paras) == 1) and d.paras
                 and d.paras[0].kind == LEAD and not is_terminal(d.paras[0].text)), None)


def _subheads_over_headless_lead(draft: Draft, lead: int | None, said: set[int]) -> list[str]:
    """The subheads of ``draft`` on a page with a headless lead left open at line ``lead``
    (:func:`_headless_open_lead`).  The blank lines may be too few or too uneven to say where an item ends:
    a single blank line above a headline-shaped line reads as a subhead's.  So a subhead of a headline's
    shape (a line with a comma is a sentence cut, not a headline) may be that lead's item's headline, and
    read as a subhead it runs another item on in this story.  Said in review, naming both lines, unless a
    doubt is said of that line already (``said``: the lines the paragraph stage doubts)."""
    if lead is None:
        return []
    return [f"line {p.units[0].no} ({p.text}) is read as a subhead, but the lead at line {lead} stops "
            "mid-sentence with no text of its own under it: this line may be that item's headline — check"
            for p in draft.paras if p.kind == "sub" and headline_shaped(p.text) and p.units[0].no not in said]


def _headless_leads(drafts: list[Draft]) -> list[int]:
    """The lines of the leads (本报讯（…）…) on the page that stand with no headline over them."""
    return [d.paras[0].units[0].no for d in drafts
            if not d.head and not d.continued and d.paras and d.paras[0].kind == LEAD]


def _label_over_headless_lead(draft: Draft, leads: list[int]) -> list[str]:
    """``draft``'s column label, where only its shape made it one, on a page with leads that have no headline
    (:func:`_headless_leads`).  A short line of Chinese alone over a headline reads as a column label when the
    OCR marked nothing (:func:`headline.is_column_like`); but a headline is often as short, and a box or a
    column piece the OCR read under another item's headline puts two headlines one over the other.  With a
    lead on the page that has no headline of its own, the line may be that lead's: said in review."""
    head = draft.head
    if not leads or len(head) < 2 or head[0].label or head[0].hashes or not is_column_like(head[0].text):
        return []
    shown, many = ", ".join(str(n) for n in leads), len(leads) > 1
    return [f"line {head[0].no} ({head[0].text}) is read as this story's column label by its shape alone, but "
            f"the lead{'s' * many} at line{'s' * many} {shown} stand{'' if many else 's'} with no headline over "
            f"{'them' if many else 'it'}: this line may be a headline — check"]


def _doubts_to_say(paras: Paragraphs | None, reading: Reading | None) -> dict[int, str]:
    """The paragraph stage's review reasons, by line: on a page the reading-order stage reads in order,
    those that only a page read out of order may need are left out (:attr:`Paragraphs.in_order_doubts`)."""
    if paras is None:
        return {}
    if reading is None and paras.in_order_doubts is not None:
        return paras.in_order_doubts
    return paras.doubts


def _soft_breaks(file_lines: list[str], paras: Paragraphs, reading: Reading) -> tuple[Paragraphs, Reading]:
    """On a column page read out of order: the paragraphs with every break the paragraph stage was
    unsure of left open (a full line ending a sentence, then more text), read again; the reading-order
    stage joins each such break again unless another line's sentence goes on after it, and the
    paragraphs it joined again are put back together (the reading's order and notes renumbered to
    them; its joins, named by the pieces' lines, are not carried).  A break left open only for its first
    piece's sake (a lead cut on a word found far away) whose second piece nothing goes on into is joined again,
    and the page read once more (:func:`_soft_kept`).  The first reading stands when this one finds the page in
    order or joins every soft break again."""
    fine = paragraphs(file_lines, soft=True)
    again = find_order(fine.lines, fine.soft) if fine.soft else None
    while again is not None:
        kept, orphans = _soft_kept(fine, again, file_lines)
        if not orphans:
            break
        fine, _ = fine.merged(orphans, file_lines)  # its lines are file lines again: merged once more below
        again = find_order(fine.lines, fine.soft) if fine.soft else None
    if again is None:
        return paras, reading
    order = again.order
    if kept == fine.soft:  # every paragraph ran on: the first reading, whose lines were whole paragraphs
        return paras, reading
    merged, new = fine.merged(kept, file_lines)
    origin = {old: (no,) for old, no in new.items()}
    seq: list[int | str] = []
    for n in order:
        if n == BREAK or not seq or seq[-1] != new[n]:
            seq.append(n if n == BREAK else new[n])
    notes = {new[n]: Note(new.get(note.before, note.before), renumber(note.label, origin),
                          renumber(note.why, origin), note.guessed)
             for n, note in again.notes.items() if n not in kept}
    return merged, Reading(seq, notes, {})


def _soft_kept(fine: Paragraphs, again: Reading, file_lines: list[str]) -> tuple[set[int], set[int]]:
    """The soft breaks of ``fine`` (lines after them) the reading ``again`` runs on across, and the orphans: those
    whose first piece's sentence goes on further than :data:`~unionnews.ingest.scores.NEAR` printed lines away (a
    cut lead: …青海省果, 92 lines under 洛藏族… in a column of 6) while no line's sentence goes on at the second
    piece (no join into it).

    Why: only a narrow column's longer reach (``paragraphs.claims._reach``: the same text takes more lines) finds
    a lead's word that far, and over that many lines a word across is found by chance as well; the cut is
    corroborated where the piece under the lead finds its own place in the text.  Where nothing goes on into it,
    the piece is placed by the layout alone, after whatever column text the OCR read before it (…技术攻关于一体 |
    加强与驻京装备…, another story's file), a join the text never made: the break is joined again, and the
    column read as its width reads it.  A nearer cut stands as the paragraph stage made it."""
    order = again.order
    before = {b: a for a, b in zip(order, order[1:]) if a != BREAK and b != BREAK}
    printed = [n for n in range(1, len(fine.lines) + 1) if fine.lines[n - 1].strip()]
    above = dict(zip(printed[1:], printed))
    kept = {b for b in fine.soft if before.get(b) == above.get(b)}
    into = {j.b for j in again.joins.values()}
    return kept, {b for b in fine.soft - kept if b not in into and above.get(b) in again.joins
                  and _far(fine, file_lines, above[b], again.joins[above[b]].b)}


def _far(fine: Paragraphs, file_lines: list[str], a: int, b: int) -> bool:
    """Are lines ``a`` and ``b`` of ``fine`` more than :data:`~unionnews.ingest.scores.NEAR` printed file lines
    apart?"""
    ends = sorted((fine.origin[a][-1], fine.origin[b][0]))
    return sum(1 for line in file_lines[ends[0]:ends[1] - 1] if line.strip()) > NEAR


def _hidden_order(paras: Paragraphs, file_lines: list[str]) -> bool:
    """On a page without blank lines whose paragraphs read in order: did joining on the text alone hide
    a cut column?  A paragraph of text stops mid-sentence, and a line inside another paragraph (not its
    first) finishes a word that paragraph's end begins (…举办职工技能大 and, joined under the headline
    北山区举办职工技能竞赛, 赛，来自…), with no word across the join it was made by.  The page is then
    out of order line by line, and is read a line a paragraph for the reading-order stage.  A paragraph that
    stops at a blank line the text reads on across
    (:func:`~unionnews.ingest.paragraphs.lines.reads_on_across_blank`) is no such evidence: its sentence goes
    on right under the blank, a stray one."""
    ends = [file_lines[p.lines[-1] - 1].strip() for k, p in enumerate(paras.paragraphs)
            if re.search(r"[，,。；;]", p.text) and not is_terminal(p.text.strip())
            and not reads_on_across_blank(paras.paragraphs, k, file_lines)]
    for p in paras.paragraphs:
        for above, no in zip(p.lines, p.lines[1:]):
            line, prev = file_lines[no - 1].strip(), file_lines[above - 1].strip()
            if word_across(prev, line) is not None:
                continue
            if any(end != prev and word_across(end, line) and cut_off(end, line) for end in ends):
                return True
    return False


def _page_records(meta, root: Path, encoding: str | None, ocr: bool = False,
                  page: PageText | None = None,
                  warnings: list[str] | None = None) -> tuple[list[Record], Record | None]:
    if page is None and (is_geometry_file(meta.path, ocr) or never_text(meta.path)):  # positions decide, not wording
        layout, data = page_layout(meta.path, meta.shown, ocr)
        layout, unified = unify_layout(layout)
        if unified and warnings is not None:
            warnings.append(_unified_note(meta.shown, tuple(sorted(unified.items()))))
        picture = None if meta.path.suffix.lower() == ".pdf" else page_image(meta.path)
        records, unplaced, geo = layout_records(layout, data, meta, IMPORTER,
                                                image=display_path(picture, root) if picture else None)
        if geo.articles or not geo.loose:
            return records, unplaced
        # no headline type on the page (one type size throughout): the text importer reads the
        # paragraphs, in the geometry's reading order, as page text
        lines = [line for para in geo.loose for line in (para.text, "")]
        records, unplaced = _page_records(meta, root, encoding, page=PageText(
            lines=lines, encoding="utf-8", sha256=hashlib.sha256(data).hexdigest()))
        note = ("no headline type found on this page (one type size throughout): articles were found from "
                "the wording of its text, in reading order from the page's layout — check against the page")
        for record in records + ([unplaced] if unplaced else []):
            record.front.setdefault("review", []).append(note)
            record.front["provenance"].pop("lines", None)
        return records, unplaced
    if page is None and meta.path.suffix.lower() in IMAGE_SUFFIXES:
        raise UnionnewsError(Problem(meta.shown, None, "is a page image, not page text",
                                     "add --ocr to read it with Tesseract, or import its hOCR, ALTO or PDF"))
    page = page or read_page(meta.path, meta.shown, encoding)
    if warnings is not None:
        warnings.extend(_page_notes(meta.shown, page))
    forms = read_forms(page.lines)  # every stage reads the marks' house forms; the records get the printed ones back
    reading = None
    if meta.reading_order:  # a person's reading order overrides the automatic one (in file lines)
        paras = None
        lines = forms.lines
        order = parse_order(meta.reading_order, lines, meta.manifest or meta.shown)
    else:
        paras = paragraphs(forms.lines)
        lines = paras.lines
        # a wrapped page keeps blank lines apart here (no bridging before its order is known), so where a stray blank
        # fell inside a sentence of a re-wrapped page its pieces are cut at any width, as on a page read a line a
        # paragraph (a page printing each paragraph on a line has whole paragraphs there)
        wrapped = paras.layout == "wrapped" and rewrapped(forms.lines)
        reading = find_order(lines, pieces=wrapped, blanks=wrapped)
        if reading is not None and paras.layout == "columnar":  # out of order: cut pieces a full line ran together
            paras, reading = _soft_breaks(forms.lines, paras, reading)
            lines = paras.lines
        if paras.layout == "wrapped without blank lines" and (reading is not None or _hidden_order(paras, page.lines)):
            # out of order, and nothing but the text parts its paragraphs: each line apart, for the
            # reading-order stage to join in its order
            paras = paragraphs(page.lines, each_line=True)
            lines = paras.lines
            reading = find_order(lines, pieces=True)
        if reading is None and paras.layout in ("wrapped", "wrapped without blank lines"):
            # in order: a blank inside a sentence is a stray (on a page whose blank lines are all strays too)
            paras = paragraphs(forms.lines, bridge=True)
            lines = paras.lines
        order = reading.order if reading else None
    units = make_units(lines, order)
    drafts, loose = segment(units)
    placed, alone = join_textless([d for d in drafts if d.head or d.continued])
    loose += [loose_from_draft(d) for d in drafts if not (d.head or d.continued)] + \
        [loose_from_draft(d) for d in alone]
    owner = {u.no: i for i, d in enumerate(placed) for u in d.units}
    owner.update({u.no: -1 for chunk in loose for u in chunk.units})
    common = dict(source_file=meta.shown, sha256=page.sha256, importer=IMPORTER)
    records = []
    lead = _headless_open_lead(drafts)
    leads = _headless_leads(drafts)
    doubted = set(paras.doubts) if paras is not None else set()
    for seq, draft in enumerate(placed, start=1):
        nos = [u.no for u in draft.units]
        interleaved = nos != sorted(nos) or any(owner.get(n, seq - 1) != seq - 1
                                                for n in range(min(nos), max(nos) + 1))
        notes = reading.review(nos) if reading else []
        if reading or (paras is not None and not paras.identity):
            notes += _marked_text_in_place(draft, lines, reading.notes if reading else {})
        if paras is not None and not paras.identity:
            notes += _photo_item_at_end(draft)
        notes += _subheads_over_headless_lead(draft, lead, doubted)
        notes += _label_over_headless_lead(draft, leads)
        records.append(build_article(draft, meta, lines, seq, order_used=order is not None,
                                     interleaved=interleaved, automatic=reading is not None,
                                     order_notes=notes, **common))
    unplaced = build_unplaced(sorted(loose, key=lambda c: c.units[0].no), meta, lines, **common) \
        if loose else None
    # the paragraph stage's doubts, even on a page it left line for line as it is (one paragraph a line,
    # one blank line between every two: where items end is read from the text alone, and a subhead
    # that may be another item's headline must say so)
    said = _doubts_to_say(paras, reading)
    # a line kept a subhead there that the segmenter read as its story's headline: the doubt is no longer true
    heads = [{u.no for u in draft.head} for draft in placed]
    doubts = [[said[n] for n in record.lines if n in said and not (n in head and subhead_doubt_only(said[n]))]
              for record, head in zip(records, heads)] if paras is not None else []
    if paras is not None and not paras.identity:
        for record in records + ([unplaced] if unplaced else []):
            _to_file_lines(record, paras, forms.lines)
    if doubts:
        for record, reasons in zip(records, doubts):  # after: the paragraph stage names file lines already
            if reasons:
                record.front["review"] = list(dict.fromkeys(record.front.get("review", []) + reasons))
    every = records + ([unplaced] if unplaced else [])
    forms.claim([(record.front, record.body, record is not unplaced) for record in every])
    for record in every:
        record.body = forms.restore(record.front, record.body, headline=record is not unplaced)
    if page.columns:
        for record in every:
            _to_file_rows(record, page.columns[0], forms.lines)
    else:
        note_cut_leads(forms.lines, records, unplaced)
        note_heads_of_cut_leads(forms.lines, records, unplaced)
    _note_controls(page, every)
    _note_numbers(page, every)
    _note_ruled_letters(page, every)
    _note_gaps(page, every)
    _note_parted(page, every)
    _note_across(page, every)
    _note_foot(page, every)
    _to_page_file(page, every)
    return records, unplaced


# a paragraph rarely runs past a few hundred characters: a line this long is a page that lost its line breaks
_RUN_TOGETHER = 2000


def _no_articles_note(shown: str, unplaced: Record, content_shown: str) -> str:
    """Why a page with text gave no article, as far as the text says: a page whose line breaks were lost
    (pasted from a web page, extracted as one line) shows no headline, lead or paragraph apart."""
    longest = max((len(line) for line in unplaced.body.splitlines()), default=0)
    why = (f"its text runs on in lines of up to {longest} characters: the file seems to have lost its line "
           "breaks (the importer reads one paragraph, or one printed line, a line) — export the page's text "
           "again with its line breaks" if longest > _RUN_TOGETHER else
           "no headline over a lead or byline was found — check the page's text")
    return f"{shown}: no article found, all its text is in {content_shown}/{unplaced.rel}; {why}"


def _to_file_lines(record: Record, paras: Paragraphs, file_lines: list[str]) -> None:
    """A record's line numbers (provenance, review reasons) made the file's, not the paragraph stage's: the
    paragraph stage numbers the paragraphs it made, a reader cites the page file's lines."""
    record.lines = paras.file_lines(record.lines)
    prov = record.front.get("provenance")
    if prov is not None:
        prov["lines"] = line_ranges(record.lines, file_lines)
    if record.front.get("review"):
        record.front["review"] = [renumber(r, paras.origin) for r in record.front["review"]]


def _to_page_file(page: PageText, records: list[Record]) -> None:
    """Records' line numbers (provenance, review reasons) made the file's where decoding made lines that are not the
    file's one for one (:attr:`~unionnews.ingest.decode.PageText.origin`: a TSV line from its rows, blank lines
    where an engine's boxes show vertical space): every stage numbers the decoded lines, a reader cites the page
    file's.  A range runs on over file lines that hold no line of text."""
    if not page.origin:
        return
    origin = {no: rows for no, rows in enumerate(page.origin, start=1)}
    shown = [""] * max(row for rows in page.origin for row in rows)
    for rows, line in zip(page.origin, page.lines):
        for row in rows if line.strip() else ():
            shown[row - 1] = "x"
    for record in records:
        record.lines = [row for no in record.lines for row in page.file_lines(no)]
        prov = record.front.get("provenance")
        if prov is not None and "lines" in prov:
            prov["lines"] = line_ranges(record.lines, shown)
        if record.front.get("review"):
            record.front["review"] = [renumber(r, origin) for r in record.front["review"]]


def _to_file_rows(record: Record, rows: int, lines: list[str]) -> None:
    """A record of a page read as two columns side by side (its ``rows`` file lines read as the left column's,
    then the right column's): its line numbers the file's, each right-column line at the file line it
    shares with the left column, so the provenance points into the published page text.  A range runs on
    over lines blank in the columns the record was read from."""
    numbers = sorted({n - rows if n > rows else n for n in record.lines})
    sides = {n > rows for n in record.lines}
    shown = ["x" if any(k + rows * side < len(lines) and lines[k + rows * side].strip() for side in sides) else ""
             for k in range(rows)]
    record.lines = numbers
    prov = record.front.get("provenance")
    if prov is not None and "lines" in prov:
        prov["lines"] = line_ranges(numbers, shown)


def _validate(records: list[Record], page: str, content_shown: str, config: Config) -> list[Problem]:
    """Each article as `check` will read it: what check would refuse is never written (named by its page)."""
    from unionnews.content import future_dates, parse_bytes
    found: list[Problem] = []
    today = config.today()
    for record in records:
        article, problems = parse_bytes(render(record), f"{content_shown}/{record.rel}", config)
        found += [p for p in problems if p.level == "error"]
        if article is not None:
            found += future_dates(article, today)
    return [Problem(page, None, f"its article {p.path}:{p.line} would be refused by check: {p.message}", p.fix)
            for p in found]


def run_import(paths: list[Path], content_dir: Path, project_root: Path, papers: dict[str, str],
               paper: str | None = None, date: str | None = None, page: int | None = None,
               page_name: str | None = None, encoding: str | None = None,
               config: Config | None = None, ocr: bool = False) -> ImportReport:
    """Import page files (or folders of them) into ``content_dir``.

    Each page stands alone: a page whose metadata, text or articles fail the article files'
    own checks (content.parse_bytes) is left out and listed in ``report.problems``, and the
    others are written.  UnionnewsError when no page can be imported, or on a bad flag.
    """
    root = Path(project_root)
    content_dir = Path(content_dir)
    config = config or Config(root=root, papers=dict(papers))
    passed_over: list[str] = []
    files, problems = _discover([Path(p) for p in paths], root, ocr, passed_over)
    metas, failed = resolve_meta(files, root, papers, paper=paper, date=date, page=page, page_name=page_name,
                                 config=config)
    problems += failed
    report = ImportReport(warnings=passed_over)
    content_shown = display_path(content_dir, root)
    per_file: list[tuple[str, list[Record], Record | None]] = []
    metas_done = []
    for meta in metas:
        try:
            records, unplaced = _page_records(meta, root, encoding, ocr, warnings=report.warnings)
            refused = _validate(records, meta.shown, content_shown, config)
        except UnionnewsError as exc:
            refused = exc.problems
        except Exception as exc:  # noqa: BLE001 - one page's bug must not cost the other pages
            refused = [Problem(meta.shown, None, f"could not be imported (internal error: {type(exc).__name__}: "
                               f"{exc})", "report it as a bug with this page file; the other pages were imported")]
        if refused:
            problems += refused
            continue
        per_file.append((meta.shown, records, unplaced))
        metas_done.append(meta)
    for meta, (shown, records, unplaced) in zip(metas_done, per_file):
        keep_ids(records, f"{meta.code}-{meta.date:%Y%m%d}-{meta.page:02d}", content_dir)
    claimed: dict[str, str] = {}
    clashing: set[str] = set()
    for shown, records, unplaced in per_file:
        for record in records + ([unplaced] if unplaced else []):
            if record.rel in claimed and claimed[record.rel] != shown:
                problems.append(Problem(shown, None, f"{record.rel} is also produced by {claimed[record.rel]}",
                                        "give the two pages different paper/date/page metadata"))
                clashing.update((shown, claimed[record.rel]))
            claimed.setdefault(record.rel, shown)
    per_file = [entry for entry in per_file if entry[0] not in clashing]  # neither page is known to be right
    if problems and not per_file:
        raise UnionnewsError(problems)
    report.problems = problems
    content_shown = display_path(content_dir, root)
    for shown, records, unplaced in per_file:
        if not records and not unplaced:
            report.warnings.append(f"{shown}: no printed text on this page (empty or only whitespace), nothing "
                                   "imported — check the OCR output or the file given")
        elif not records:
            report.warnings.append(_no_articles_note(shown, unplaced, content_shown))
        flagged = [r for r in records if r.front.get("review")]
        doubtful = [r for r in flagged if any(GUESSED_MARK not in reason for reason in r.front["review"])]
        extra = f", unplaced text in {content_shown}/{unplaced.rel}" if unplaced else ""
        report.lines.append(f"{shown}: {len(records)} articles, {len(flagged)} flagged for review "
                            f"({len(doubtful)} for more than guessed issue metadata){extra}")
        report.records += records + ([unplaced] if unplaced else [])
        report.review += [r.rel for r in flagged]
        if unplaced:
            report.unplaced.append(unplaced.rel)
    result = write_records(report.records, content_dir)
    report.written, report.updated, report.unchanged, report.kept = (
        result.written, result.updated, result.unchanged, result.kept)
    report.lines.append(f"{len(result.written)} written, {len(result.updated)} updated, "
                        f"{len(result.unchanged)} unchanged, {len(result.kept)} kept because edited by hand")
    for rel, beside in result.kept:
        report.lines.append(f"kept {content_shown}/{rel}: edited since the last import; "
                            f"the new version is in {content_shown}/{beside}")
    if report.review:
        report.lines.append(f"{len(report.review)} articles carry review reasons (see their `review:` key)")
    report.lines += [f"warning: {w}" for w in report.warnings]
    return report

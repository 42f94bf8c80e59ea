"""The importer's shortcuts give what the long way gives (texts made up for the test, not from the seeds).

Each cache or shortcut of the importer rests on a fact about the text or about jieba; these tests
check the fact on made-up text, with random pages at fixed seeds, against the long way: jieba run on
the whole text, a trigram set built whole, every printed character read.  A shortcut that stops
holding (a jieba that cuts across blocks, a mark form _house reads that read_forms skips) fails here
rather than changing an import's output unseen.
"""
from __future__ import annotations

import io
import random
import re
from collections import Counter

import jieba
import jieba.posseg
import pytest

from unionnews.ingest import continuity as ct
from unionnews.ingest import marks, pageview, scores, strays, tags
from unionnews.ingest.segment import Unit

TEXT = ("本报讯（记者王小明）近日，某市总工会在石河子市举办“技能强市”职工大赛，来自新丰县、邹城市的"
        "200多名职工参加。比赛设电工、焊工等10个项目，AI-2.0平台记录成绩……据介绍，赛事持续3天；"
        "获奖者将获“技术能手”称号。\n下一步，将推动产教融合，让更多职工成长为大国工匠。Wi-Fi全覆盖 50%")
PIECES = TEXT.replace("\n", "").split("，")


def _pages(seed: int, count: int) -> list[str]:
    """Texts of made-up pieces strung together at random, with spaces, line breaks and marks between them."""
    rng = random.Random(seed)
    seps = ["", "，", "。", " ", "\n", "、", "；", "  ", "“", "”", "-", "."]
    return ["".join(rng.choice(PIECES)[rng.randrange(4):] + rng.choice(seps) for _ in range(rng.randint(1, 9)))
            for _ in range(count)]


def test_place_names_read_run_by_run_are_the_whole_texts():
    tagged = lambda text: frozenset(w.word for w in jieba.posseg.cut(text)  # noqa: E731
                                    if w.flag == "ns" and len(w.word) >= 3 and w.word[-1] in "市县省州区盟旗")
    ct.tokenizer()
    found = 0
    for text in [TEXT] + _pages(1, 150):
        assert strays.place_names(text) == tagged(text), text
        found += bool(tagged(text))
    assert found > 20  # the texts do name places


def test_keywords_from_blocks_cut_once_are_jiebas():
    analyse = tags._jieba()
    for text in [TEXT] + _pages(2, 100):
        assert list(tags._BlockCut().cut(text)) == list(jieba.dt.cut(text)), text
        assert list(tags._keywords(text, 20)) == analyse.extract_tags(text, topK=20), text
    assert tags.suggest(TEXT)  # and tags come out at all


def test_a_chinese_trigram_is_in_a_text_exactly_when_the_texts_trigrams_hold_it():
    """Scorer._shared looks B's wanted trigrams up in the text read before A (spaces out), or in its trigrams."""
    rng = random.Random(3)
    alphabet = "工会职工大赛技能 ，。a1"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        grams = ct.trigrams(text)
        probe = {"".join(rng.choice("工会职大赛技能") for _ in range(3)) for _ in range(20)} | set(grams)
        assert {g for g in probe if g in text.replace(" ", "")} == grams & probe, text


def _read_forms_char_by_char(lines: list[str]) -> marks.Forms:
    """read_forms as it read the page before: every printed character through _house (after the quotes a
    curly one beside them pairs, and with no page printing a full stop two ways: the alphabet has no 。)."""
    lines = marks.pair_mixed_quotes(lines)
    where = marks._printed_positions(lines)
    chars = [lines[i][j] for i, j in where]
    house = [marks._house(chars, k) for k in range(len(chars))]
    forms: dict[str, set[str]] = {}
    for ch, h in zip(chars, house):
        if h != ch:
            forms.setdefault(h, set()).add(ch)
    present = set(chars)
    printed = {h: next(iter(f)) for h, f in forms.items()
               if len(f) == 1 and h not in present and marks._MADE_FROM.get(h, "") not in present}
    for a, b in marks._PAIRS:
        if (a in printed) != (b in printed) and (a in forms or b in forms):
            printed.pop(a, None)
            printed.pop(b, None)
    out = [list(line) for line in lines]
    for (i, j), ch, h in zip(where, chars, house):
        if h != ch and printed.get(h) == ch:
            out[i][j] = h
    return marks.Forms(["".join(line) for line in out], printed)


def test_read_forms_looking_only_at_marks_reads_every_character_as_before():
    rng = random.Random(4)
    alphabet = "工会3.5-－｡､「」『』―─⋯ .．\t\u3000\u00a0ab%\"“”'’"
    changed = 0
    for _ in range(4000):
        lines = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(rng.randint(0, 5))]
        if rng.random() < 0.3:
            lines = ["## " + line for line in lines]
        want, got = _read_forms_char_by_char(lines), marks.read_forms(lines)
        assert (got.lines, list(got.printed.items())) == (want.lines, list(want.printed.items())), lines
        changed += got.lines != lines
    assert changed > 100  # pages whose marks were read in house forms


def _runs_counted_whole(texts: list[str], size: int) -> Counter:
    """continuity.page_runs as it counted before: every run of ``size`` Chinese characters of every line, tabled."""
    runs: Counter = Counter()
    for text in texts:
        chunks = re.findall(r"[\u4e00-\u9fff]{3,}", ct.WORD_GAP.sub("", text.strip()))
        runs.update({chunk[k:k + size] for chunk in chunks for k in range(len(chunk) - size + 1)})
    return runs


@pytest.mark.parametrize("searches", [ct.SEARCHES, 0])
def test_runs_counted_when_asked_are_the_runs_tabled_whole(monkeypatch, searches):
    """LineRuns searches the lines joined for a run, where a table of every run was built before (and
    tables them past SEARCHES runs asked)."""
    monkeypatch.setattr(ct, "SEARCHES", searches)
    rng = random.Random(5)
    alphabet = "工会职工大赛 技能，\u3000a1"
    for _ in range(600):
        texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(rng.randint(0, 6))]
        for size in (3, 4):
            want, got = _runs_counted_whole(texts, size), ct.page_runs(texts, size)
            assert bool(got) == bool(want), texts
            probes = set(want) | {"".join(rng.choice("工会职大赛技能a ") for _ in range(size)) for _ in range(20)}
            assert all(got[run] == want[run] for run in probes | {"工会", "工会职工大"}), texts


@pytest.mark.parametrize("searches", [ct.SEARCHES, 0])
def test_places_of_a_run_searched_are_the_places_tabled_whole(monkeypatch, searches):
    """Scorer._head_printed and _printed_across ask where a page prints a run of wording (``PageWording``),
    where a table of every run of HEAD (SPAN) characters with the characters beside it was built before."""
    monkeypatch.setattr(ct, "SEARCHES", searches)
    rng = random.Random(6)
    alphabet = "工会职工大赛技能，。 a"
    for _ in range(400):
        units = [Unit(no, "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16))))
                 for no in range(1, rng.randint(1, 8))]
        wording = scores.PageWording(units)
        for size in (scores.HEAD, scores.SPAN):
            table: dict[str, list[tuple[int, str, str]]] = {}
            for u in units:
                text = pageview.wording(u.text)
                for i in range(len(text) - size + 1):
                    table.setdefault(text[i:i + size], []).append((u.no, text[i - 1:i], text[i + size:i + size + 1]))
            probes = set(table) | {"".join(rng.choice("工会职大赛技能a") for _ in range(size)) for _ in range(20)}
            for run in probes:
                assert wording.places(run) == table.get(run, []), (units, run)
                assert wording.lines(run) == list(dict.fromkeys(no for no, _, _ in table.get(run, []))), (units, run)


def test_stand_in_characters_as_a_set_are_the_patterns():
    """unify asks a set whether a line holds a stand-in character, where it searched the pattern's class."""
    from unionnews.ingest.decode import characters

    for code in list(range(0x10000)) + [ord(ch) for ch in characters._STAND_IN_CHARS] + [0x2F800, 0x2FA1D, 0x20000]:
        ch = chr(code)
        assert (ch in characters._STAND_IN_CHARS) == (characters._STAND_IN.search(ch) is not None), hex(code)


def _cut_off_both_at_once(a: str, b: str) -> bool:
    """continuity.cut_off as it read a join before: both sides checked together, then both edge words (a word the
    OCR spread with a space read whole, as every reading of a join does)."""
    a, b = ct.WORD_GAP.sub("", a.rstrip())[-8:], ct.WORD_GAP.sub("", b.lstrip())[:8]
    if not a or not b or not re.search(f"[{ct.CJK}]$", a) or not re.match(f"[{ct.CJK}]", b):
        return False
    if len(a) > 1 and a[-2].isdigit() or len(b) > 1 and b[1] == "、":
        return False
    tok = ct.tokenizer()
    return list(tok.cut(a, HMM=False))[-1] == a[-1] and next(iter(tok.cut(b, HMM=False)), "") == b[0]


def test_a_word_cut_off_is_read_one_side_at_a_time_as_both_at_once():
    """cut_off is cut_end of A and cut_start of B, each asked of one line (so a line is asked once on a big page)."""
    rng = random.Random(8)
    alphabet = "工会职大赛技能免费体检升级建设网约车服务阵地一线业为政产学研 3、，。a"
    for _ in range(4000):
        a, b = ("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10))) for _ in range(2))
        assert ct.cut_off(a, b) == _cut_off_both_at_once(a, b), (a, b)


def test_a_lead_goes_on_only_at_lines_opening_on_a_character_it_carries_on():
    """note_cut_leads reads a lead's last line only against the lines opening on a digit or on a character standing
    alone (cut_start), and of those only the ones opening on a character that carries an end of it on as a
    dictionary word's start (cutleads._carried_on), where it read every line before."""
    from unionnews.ingest import cutleads

    rng = random.Random(7)
    alphabet = "工会职大赛技能免费体检升级建设网约车服务阵地一线业为 3、，。a"
    found = 0
    for _ in range(4000):
        tail = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8)))
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))).strip()
        if not line:
            continue
        word = cutleads.goes_on_at(tail, line)
        if word:
            assert line[0].isdigit() or ct.cut_start(line), (tail, line)
            assert cutleads._carried_on(tail, [line[0]]) == [line[0]], (tail, line)
            found += 1
    assert found > 50  # lines a lead goes on at, each kept by the shortcut


def test_front_matter_scalars_analysed_and_written_whole_are_pyyamls_bytes():
    """write._Dumper analyses and writes a scalar with the text searched as a whole; PyYAML's emitter steps
    through it a character at a time.  Both write the same bytes, for every kind of scalar: indicators first,
    inside and last, spaces and breaks at the edges and beside each other, characters YAML escapes, quotes,
    and lines either side of the width at which PyYAML breaks them."""
    import yaml

    from unionnews.ingest import write

    class _Stepwise(write._Dumper):
        analyze_scalar = yaml.emitter.Emitter.analyze_scalar
        write_plain = yaml.emitter.Emitter.write_plain
        write_single_quoted = yaml.emitter.Emitter.write_single_quoted

    rng = random.Random(9)
    alphabet = list("工会 ：:-?#,[]{}&*!|>'\"%@`.a1\t\r\n") + ["\x85", "\u2028", "\u2029", "\0", "\ufeff", "\x7f",
                                                               "\xa0", "\U0001f600", "\U0010ffff", "\ue000", "  "]
    dumper = write._Dumper(io.StringIO(), allow_unicode=True)
    dumped = set()
    for k in range(2000):
        def scalar() -> str:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
            if rng.random() < 0.1:
                text = rng.choice(["---", "...", "- ", "? ", ": ", "#"]) + text
            if rng.random() < 0.05:
                text = "工会 " * rng.randint(300, 340) + text  # about the line's width
            return text
        front = {scalar() or "k": scalar(), "title": scalar(), "tags": write._FlowList(scalar() for _ in range(3)),
                 "places": write._FlowMap({scalar() or "p": scalar()}), "page": k}
        tail = {"review": [scalar() for _ in range(3)], "provenance": {"file": scalar(), "lines": scalar()}}
        for text in [*front, *front.values(), *tail["review"], *tail["provenance"].values()]:
            if isinstance(text, str):
                assert vars(dumper.analyze_scalar(text)) == vars(yaml.emitter.Emitter.analyze_scalar(dumper, text))
        for data in (front, tail):
            args = dict(allow_unicode=True, sort_keys=False, width=1000, default_flow_style=False)
            want = yaml.dump(data, Dumper=_Stepwise, **args)
            assert yaml.dump(data, Dumper=write._Dumper, **args) == want, data
            dumped.add(want[:12])
    assert len(dumped) > 1000  # every kind of scalar, in every style


def test_half_width_marks_turned_where_they_stand_as_read_character_by_character():
    """normalize turns half-width marks to full-width looking only at the marks, where it read every character
    before."""
    from unionnews.ingest import normalize as nz

    def marks_stepwise(text: str) -> str:
        out = []
        for i, ch in enumerate(text):
            if ch in nz._HALF_TO_FULL:
                before, after = nz._neighbour(text, i, -1), nz._neighbour(text, i, 1)
                if (nz._wide(before) or nz._wide(after)) and not (before.isdigit() and after.isdigit()):
                    ch = nz._HALF_TO_FULL[ch]
            out.append(ch)
        return "".join(out)

    rng = random.Random(10)
    alphabet = "工会 ，。“”a1,;:?!()（）"
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert nz._convert_marks(text) == marks_stepwise(text), text


def test_a_joins_reach_is_every_line_it_goes_on_at_without_crossing_a_barrier():
    """reorder._solve asks once for the lines a join from A may reach (Page.reach), where it asked of each line B
    near A whether the join crossed a barrier (a marked headline, or one above a lead)."""
    rng = random.Random(11)
    for _ in range(300):
        page = pageview.Page([Unit(no, "工会职工。") for no in range(1, 40)])
        page._barrier_list = sorted(rng.sample(range(1, 40), rng.randint(0, 6)))
        for a in range(1, 40):
            low, high = page.reach(a)
            for b in range(1, 40):
                crosses = any(min(a, b) < t < max(a, b) for t in page._barrier_list)
                assert (low <= b <= high) == (not crosses), (page._barrier_list, a, b)


def test_jiebas_cache_read_whole_is_the_object_marshal_reads(tmp_path):
    """tags._jieba has jieba read its prefix dictionary's cache whole, then unmarshal it (tags._WholeFileMarshal),
    where marshal.load read the file a few bytes at a time: the same object, bytes after it left alone."""
    import marshal

    data = ({"工会": 3, "工": 0, "职工": 5, "\U00020000": 1}, 9)
    path = tmp_path / "cache"
    path.write_bytes(marshal.dumps(data) + b"trailing")
    with path.open("rb") as whole, path.open("rb") as stepwise:
        assert tags._WholeFileMarshal.load(whole) == marshal.load(stepwise) == data
    tags._jieba()
    assert jieba.marshal is tags._WholeFileMarshal and jieba.dt.initialized and jieba.dt.FREQ["工会"] > 0


def test_two_widths_with_the_commonest_lengths_kept_as_the_cut_moves_are_the_ones_counted_at_each_cut():
    """paragraphs.widths._two_widths keeps the commonest length before and after the cut as it moves down the page,
    where it counted both again at every cut; the page it finds in two widths is the same."""
    from unionnews.ingest.paragraphs import widths

    def counted_at_each_cut(lines: list[str]) -> tuple[int, int, int] | None:
        printed = [i for i, t in enumerate(lines) if t.strip() and not widths._LABEL.search(t.strip())]
        if len(printed) < 16:
            return None
        sizes = [widths._measure(lines[i]) for i in printed]
        before, after = Counter(), Counter(sizes)
        whole = max(widths._full_range(after, w) for w in range(4, 41))
        best, at = None, []
        for s in range(1, len(sizes)):
            before[sizes[s - 1]] += 1
            after[sizes[s - 1]] -= 1
            if s < 8 or len(sizes) - s < 8:
                continue
            w1 = max(range(4, 41), key=lambda w: (before[w], w))
            w2 = max(range(4, 41), key=lambda w: (after[w], w))
            if abs(w1 - w2) <= 3:
                continue
            score = (widths._full_range(before, w1) + widths._full_range(after, w2), w1, w2)
            if best is None or score[0] > best[0]:
                best, at = score, [s]
            elif score == best:
                at.append(s)
        if best is None or best[0] - whole < max(8, len(sizes) / 8):
            return None
        cut = printed[at[0]]
        w1, w2 = widths._width(lines[:cut]), widths._width(lines[cut:])
        return (cut, w1, w2) if w1 and w2 else None

    rng = random.Random(12)
    found = 0
    for _ in range(300):
        parts = [rng.choice([3, 8, 12, 14, 20, 26, 38, 45]) for _ in range(rng.randint(1, 3))]
        lines = ["工" * max(1, w + rng.choice([0, 0, 0, 0, -1, 1, 2, -rng.randint(1, w)]))
                 if rng.random() > 0.1 else "" for w in parts for _ in range(rng.randint(5, 40))]
        want = counted_at_each_cut(lines)
        assert widths._two_widths(lines) == want, lines
        found += want is not None
    assert found > 20  # pages in two widths


def test_the_taggers_word_table_is_the_one_read_from_jiebas_dictionary_but_for_the_union_vocabulary():
    """topics.clean asks jieba.posseg's word table where the importer has loaded it (people.word_tags), where it
    read its own from dict.txt: the two agree on every word but the union vocabulary, which clean takes first."""
    from unionnews import people

    tags._jieba()
    jieba.posseg.dt.makesure_userdict_loaded()  # (the vocabulary's tags, merged in at the tagger's first cut)
    own, taggers = people._dictionary(), jieba.posseg.dt.word_tag_tab
    assert people.word_tags() is taggers
    assert {w for w in own.keys() | taggers.keys() if own.get(w) != taggers.get(w)} <= set(tags.DOMAIN_TERMS)
    assert len(own) > 300_000

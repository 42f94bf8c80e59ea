"""Where paragraphs end on a page of long lines re-broken at any width.

Wrapped pages (long lines re-broken at any width, paragraphs parted by blank
lines): lines with no blank between belong to one paragraph unless the next
one opens a new item (markup, lead, byline, credit, dateline, 上接 marker).

A blank line always parts paragraphs, except where the text says it cannot
(the next line starts with ，。… or a closing quote, a straight one by the count;
the line before stops on （“《 or a straight quote that opens; the next line's
first character and a mark finish a word the line before began, 不均 | 衡、): a
stray blank line inside a sentence is then bridged.  A blank line
after a full column line that stops mid-sentence is a stray one as well, and so,
in wrapped pages, is one that cuts a lead, its credit or a date in two, a lead's
first sentence mid-word (a dictionary word across) or after a preposition
(…总工会为 | 辖区…), a photo credit (本报记者 … | 摄,
赵思远 | 摄), a byline's last name (乔 | 俏), a title in 《》 (转自《中工 | 网》) or a name the
headline above gives (红塔区 | 总工会 under …红塔区总工会…): each is one printed line or sentence.  So is a
blank line that cuts a word in two (…一组国 | 产化工业…: each side's edge character stands alone where it
was printed, and the two make a dictionary word), on any wrapped page: where the OCR cut a column, the
line it read next begins another column's piece, and that piece's first character finishing a word the
cut line began is a chance; a word cut so across the file's next line is that line's rest (in the seed
pages, every pair of lines with such a word is one sentence going on).  On a
wrapped page whose file order is its reading order (``bridge``, asked for by the
importer once the reading-order stage found nothing to move), a blank line inside
a sentence is bridged where the text says the sentence goes on.

A wrapped page without blank lines that the reading-order stage found out of order is read
again a line a paragraph (``each_line``), for that stage to join the pieces in its order.  A
line break still stays inside its paragraph there where no column the OCR cut can end (the
same rules as for a stray blank line: a word cut in two, a lead's credit, a date or number, a
byline's name, a photo credit, a lead's first sentence cut mid-word, a line that begins by
closing the quote the line before left open, a tail of a few characters without a mark under a
line that stops mid-sentence, a number whose measure word waits for what it counts, and a run of four
characters across the break that the page prints whole on another line): those
pieces are one printed run wherever the page was read, and left apart, a chance word elsewhere
takes one side.
"""
from __future__ import annotations

import re

from unionnews.ingest import byline as bl
from unionnews.ingest.continuity import (OPENERS, LineRuns, closes_list, cut_off, frequency, list_cut, needs_more,
                                         page_runs, read_across, run_across, starts_bound, word_across)
from unionnews.ingest.normalize import SUBHEAD_LENGTH, cjk_pairs, is_terminal
from unionnews.ingest.paragraphs.lines import (CLOSING_QUOTES, HEADLINE_BLOCK, NO_END, NO_START, _CLAUSE_MARK, _INDENT,
                                               _LABEL, _MARKUP, _REFERS_BACK, _byline_goes_on, _closes, _completed_across,
                                               _credit_closes_below, _credit_follows, _name_ends_before_role,
                                               _content, _count_cut, _credit_cut, headline_shaped, _join, _opens,
                                               _printed_across, _role_alone, _split_dash, _starts_item,
                                               _whole_line_item, repeated_across)


def _breaks_wrapped(lines: list[str], i: int, j: int, per_line: bool, bridge: bool = False,
                    so_far: str = "", before: str = "", blankless: bool = False, cut: bool = False,
                    runs: LineRuns | None = None) -> bool:
    """In a page of paragraphs: does the paragraph end between line i and line j?  ``so_far``: the
    paragraph's text up to line i, as the OCR printed its first line (markup kept); ``before``: the
    paragraph before it; ``blankless``: the page has no blank line at all, so no blank line says
    where a paragraph ends and the text alone must; ``runs``: with ``cut``, the page's :func:`line_runs`."""
    a, b = lines[i].strip(), lines[j].strip()
    ca, cb = _content(a), _content(b)
    if _LABEL.search(a) or _LABEL.search(b):
        return True
    if bl.CONTINUED.match(_content(so_far)):
        return True  # （上接第1版） | (blank) | 会 | 议强调…: a 上接 marker is a line of its own, whatever comes under
        # it (a character alone, which the rules below join to any line that does not finish); run on, the
        # marker was text of the story above and the continued story ran on in it
    if j - i > 1 and _INDENT.match(lines[j]) and not _INDENT.match(lines[i]):
        return True  # 甲城举办读书分享会 | (blank) |     本 | 报讯…: an indent where the line above has none
        # opens a paragraph across a blank as it does without one (a margin indents both)
    if j - i == 1 and _byline_goes_on(lines[i], lines[j], names=not per_line):
        return False
    if j - i > 1 and not per_line and _byline_goes_on(lines[i], lines[j], names=_role_alone(so_far)):
        # 本报通 | (stray blank lines) | 讯员: a role word no blank line can part; 本报记者 | (blank) | 李明 本报通讯员
        # 王芳: nor a role alone from the names after it
        return False
    if j - i > 1 and not per_line and _name_ends_before_role(so_far, b):
        return False  # 本报记者 李昱 | (blank) | 霖 本报通讯员…: a name cut in two
    if cb[:1] in NO_START or _split_dash(ca, cb):
        return False
    if repeated_across(ca, cb):
        return True  # …1438名职工 | 1438名职工获赠…: a phrase said again opens a new paragraph
    if j - i > 1 and not per_line and (cb[:1] in CLOSING_QUOTES or ca[-1:] in NO_END or _opens_straight(ca, so_far)) \
            and not _starts_item(b):
        # …赋能高质量发展？ | (blank) | ”“人工智能…, …将把“ | (blank) | 劳模工匠助…: no printed line begins
        # with a closing quote or ends on an opening mark, so no column the OCR cut ends or begins there
        # either (it cuts at a printed line's end): the blank is a stray one, on a page read out of order too
        # (## 保定市总打造" | (blank) | 创新工作室…: a straight quote that opens, by the paragraph's count, too)
        return False
    if j - i > 1 and not per_line and re.fullmatch(r"[\u4e00-\u9fff]", cb) and not _closes(ca) \
            and not _LABEL.search(b) and not _MARKUP.match(b) and not _list_waits(ca, cb):
        return False  # …深夜跑单结束，能 | (blank) | 有: no paragraph, and no column line the OCR cut, is one
        # character without a mark; after a line that stops mid-sentence it is that line's rest
    if j - i > 1 and not per_line and _tail_alone(lines, j) and _short_tail(so_far, ca, cb, b):
        return False  # …论坛在京 | (blank) | 举办 | (blank) | 7月28日…: a word alone between blank lines under a
        # line that stops mid-sentence is that line's rest, a headline's too
    if j - i > 1 and not per_line and (_completed_across(ca, cb, _content(so_far))
                                       or _credit_closes_below(lines, i, j, _content(so_far))):
        return False  # 本报厦门9月25 | 日电（…）, 本报讯（记者 | 田国垒 通讯 | 员燕飞）: a lead or date the blank line cut
    if j - i > 1 and not per_line and _name_cut(so_far, cb):
        return False  # 本报通讯员 张舒建 乔 | (blank) | 俏: a byline's last name the blank line cut in two
    if j - i > 1 and not per_line and _credit_cut(so_far, lines[i], lines[j]):
        return False  # 本报记者 陈艺 | (blank) | 摄: a photo credit the blank line cut in two
    if j - i > 1 and not per_line and _headline_name_cut(before, so_far, ca, cb, b):
        return False  # 玉溪红塔区总工会打造… | 云南玉溪红塔区 | (blank) | 总工会联合…: the headline's name, cut
    if j - i > 1 and not per_line and _lead_cut_mid_word(so_far, ca, cb, b):
        return False  # 本报讯（…）近日，…为辖区11家企事 | (blank) | 业单位…: a lead's first sentence cut mid-word
    if j - i > 1 and not per_line and _marked_sentence(so_far) and _stray_blank(ca, cb, b, so_far):
        return False  # ## 据介绍，…“职工需求直通 | (blank) | 车”机制…: a heading never stops mid-sentence
    if j - i > 1 and not per_line and _heading_cut_mid_word(so_far, cb, b):
        return False  # #### 打造可复 | (blank) | 制“标准样板”: a heading the OCR marked is one line
    if j - i > 1 and not per_line and _word_cut(_content(so_far) or ca, cb, b):
        return False  # …一组国 | (blank) | 产化工业…: a word the blank line cut in two, on any page
    if j - i > 1 and not per_line and _tail_finishes_word(_content(so_far) or ca, cb, b):
        return False  # …存在的建制不均 | (blank) | 衡、操作不规范…: a word's last character left before a mark
    if j - i > 1 and not per_line and _closing_quote_first(_content(so_far) or ca, cb) and not _starts_item(b):
        return False  # …构建"创新工作室联盟+工匠学院 | (blank) | "合作模式，…: a quote closed at the line's start
    if j - i > 1:  # a blank line between: only a line that cannot begin a line is bridged, or with
        # ``bridge``, a sentence going on
        return per_line or not (bridge and (_stray_blank(ca, cb, b, so_far)
                                            or _restated_under(lines, i, so_far, cb, b)))
    if cut and (_word_cut(_content(so_far) or ca, cb, b) or _completed_across(ca, cb, _content(so_far))
                or _closing_quote_first(_content(so_far) or ca, cb)
                or _name_cut(so_far, cb) or _credit_cut(so_far, lines[i], lines[j])
                or _lead_cut_mid_word(so_far, ca, cb, b) or _short_tail(so_far, ca, cb, b)
                or _count_waits(ca, cb, b) or _run_cut(ca, cb, b, runs)
                or _credit_closes_below(lines, i, j, _content(so_far)) or _credit_follows(lines, i, j)):
        # …对工业机器 | 人控制技术…, 本报讯（记者叶小钟 通讯员李 | 治文…）, 本报讯 | （记者… | …）, 11月1 | 0日: a word,
        # a lead's credit (closed on the next line or within the few after it),
        # a date or number the wrap cut, kept whole on a page read a line a paragraph (no column the OCR
        # cut ends inside one: see _word_cut and _completed_across)
        return False
    if blankless and _credit_cut(so_far, lines[i], lines[j]):
        return False  # 本报记者 刘欣欣/文 陈艺/ | 摄: a photo credit the wrap cut before its last word; 摄 alone
        # is no paragraph, and read apart it became the first word of the next item
    if blankless and per_line:  # one paragraph per line and no blank line anywhere: each line break parts
        return True  # paragraphs as a blank line would (a line on 、 or —— is a column piece the OCR cut)
    if j - i == 1 and lines[i] != lines[i].rstrip() and not _whole_line_item(_content(so_far)) \
            and _whole_line_item(_join(_content(so_far), lines[i], b)):
        return False  # 郑莉␣ | 郝赫 朱欣 | 文: a line of names the wrap cut at a space between two (no line of text
        # ends on one), the first name alone no byline yet: the names go on
    if _opens(ca):
        return False
    if per_line:
        return True
    if _starts_item(b) or _INDENT.match(lines[j]):
        return True
    if not blankless and _headline_ends_block(lines, j, so_far):
        return True
    if (not blankless and not headline_shaped(so_far) and _headline_over_lead(lines, j) and word_across(ca, cb) is None
            and not list_cut(ca) and len(cb) > SUBHEAD_LENGTH // 2):
        return True  # …办成职工身边 | 南湖区新建十家工会驿站 | (blank) | 本报讯（…）…: a box set into a sentence (not
        # under a headline's own first piece: 1438名职工 | 获赠医疗互助保障 | (blank) | 本报讯…, a subtitle the wrap cut;
        # nor a list's last item a line break cut, a headline's length or not: …贵州省人社厅、省 | 总工会)
    if is_terminal(ca) and starts_bound(cb, strict=True):
        return True  # …饮水、充电等服务。 | 的实事。: no sentence begins so; the line goes on another one's sentence
    if blankless and (bl.CONTINUED.match(_content(so_far)) or _headline_ends(before, so_far, cb, _after(lines, j))
                      or _LEAD_START.match(cb) or _lead_cut_at_place(lines, j) or _byline_cut(lines, j)
                      or _label_over_headline(lines, i, j, so_far, before)):
        # （上接第1版） | 会议强调…: the marker is a line of its own, as a headline over its text is; and
        # a lead the wrap cut before its 电 (本报厦门9月25日 | 电…) still opens its item
        return True
    if blankless and (_closes(so_far) or _whole_line_item(_content(so_far))):
        # lines re-broken at any width with no blank line anywhere: a line that finishes what it
        # says (a sentence's end, a credit, a dateline, a byline of names) ends its paragraph.  A line break falling
        # right after a sentence's end inside a paragraph only parts the paragraph in two; run on,
        # a page without blank lines would be one paragraph from its first headline to its last line.
        return True
    # names parted by spaces make a byline, but not inside a quotation the paragraph opened
    # (论坛以“会聚 | 巾帼 匠心筑 | 梦”为主题: a quoted phrase with an OCR space, cut by the wrap), nor
    # inside a bracket it opened (本报讯（记者叶 | 小钟 通讯员季 | 治文 陈玮立）近日…: a lead's credit)
    return _whole_line_item(b) and not _quote_open(_content(so_far)) and not _opens(_content(so_far))


def _list_waits(ca: str, cb: str) -> bool:
    """Does ``ca`` stop on an enumeration's last item with no closer yet (贵州省人社厅、省总工会: :func:`list_cut`),
    and the character alone under it neither close the list nor finish a word with it (省总工会 | 日)?  The list
    goes on at its closer (…省总工会等相关部门) wherever the OCR read that; the character is what a lead keeps of
    its date when the page prints no 本报讯 credit (日 | 前，某局…), the rest of no line above it."""
    return list_cut(ca) and not closes_list(cb) and word_across(ca, cb) is None


def _label_over_headline(lines: list[str], i: int, j: int, so_far: str, before: str) -> bool:
    """On a page without blank lines: is line i a column label alone (关注服贸会 | 通州区…骑游大运河 |
    本报讯…)?  A few characters of Chinese, a line and a paragraph of their own after a finished
    paragraph, over a whole headline (headline-shaped lines, at most two, then a lead), no dictionary
    word across; and its words name the headline of the story above (two pairs of characters shared)
    and none of the headline and lead below.  Run on, the label became the first words of the
    headline under it, and the segmenter could no longer give it to the story its wording names
    (:func:`segment.give_labels`, which asks the same of it)."""
    t = _content(so_far)
    if not (2 <= len(t) <= 6 and _content(lines[i]) == t and re.fullmatch(r"[\u4e00-\u9fff]+", t)
            and before and _closes(before) and word_across(t, _content(lines[j])) is None):
        return False
    nxt = [k for k in range(j, min(len(lines), j + 4)) if lines[k].strip()]
    lead = None
    for n, k in enumerate(nxt):
        if n and (_starts_item(lines[k]) or _LEAD_START.match(_content(lines[k]))):
            lead = k
            break
        if n == 2 or not headline_shaped(lines[k]):
            return False
    if lead is None:
        return False
    pairs = cjk_pairs(t)
    below = "".join(_content(lines[k]) for k in range(j, min(len(lines), lead + 2)))
    return len(pairs & cjk_pairs(_headline_above(lines, i))) >= 2 and not pairs & cjk_pairs(below)


def _headline_above(lines: list[str], i: int) -> str:
    """The headline of the story line i stands in: the headline-shaped lines (at most three) right above
    the nearest lead before it, as printed."""
    for k in range(i - 1, -1, -1):
        if _LEAD_START.match(_content(lines[k])) or bl.LEAD.match(lines[k].strip()):
            head = []
            for m in range(k - 1, max(-1, k - 4), -1):
                if not lines[m].strip() or not headline_shaped(lines[m]):
                    break
                head.insert(0, _content(lines[m]))
            return "".join(head)
    return ""


# a lead's first words, however soon the wrap cut its line: 本报讯, 本报厦门9…
_LEAD_START = re.compile(r"^本报(?:讯|[\u4e00-\u9fff]{1,8}?\d)")


def _lead_cut_at_place(lines: list[str], j: int) -> bool:
    """Is line j a lead's 本报 and place alone, its date and 电 opening the next line (本报厦门 | 9月25日电…)?"""
    nxt = next((_content(t) for t in lines[j + 1:] if t.strip()), "")
    return bool(re.fullmatch(r"本报[\u4e00-\u9fff]{1,8}", _content(lines[j])) and re.match(r"\d{1,2}月\d{1,2}日电", nxt))


def _byline_cut(lines: list[str], j: int) -> bool:
    """Is line j a byline's start that the wrap cut before its last name, the line after it holding the rest
    (本报记者 赵欢 郑 | 莉)?  A whole byline is a paragraph of its own (:func:`_whole_line_item`); cut, neither piece
    is one, and without this the byline runs on from the headline above it into the story's first sentence."""
    cb = _content(lines[j])
    if not bl.BYLINE_START.match(cb) or _whole_line_item(cb):
        return False
    return _whole_line_item(cb + _after(lines, j))


# a sentence's first words by their form: a date or time (9月25日，…, 2024年以来…, 9月25 | 日 cut by the
# wrap), 近日, 日前 …; a gap inside the date (9月25   日，…) is a text box's or the OCR's cut, never a break in it
_DATED_START = re.compile(r"^(?:\d{1,4}\s*年|\d{1,2}\s*月\s*(?:\d{1,2}\s*日|\d{0,2}$)|日前|近日|近期|今年|去年|昨天|今天)")


def _headline_ends_block(lines: list[str], j: int, so_far: str) -> bool:
    """On a page whose blank lines part paragraphs: is line j, the last line before a blank one, a headline
    standing under a finished sentence (…覆盖全市120家企业。 | 乙城新建十家工会驿站 | (blank) | 新建10家…)?
    A zone the OCR printed line by line, with no blank line, may end on the next story's headline; a
    paragraph of wrapped lines ends on its last sentence's end, so a headline-shaped piece after a finished
    sentence at its end is no part of it, unless the text under the blank cannot begin a line (its rest).
    A piece with a clause mark (…共建。 | 贵州省人社厅、省总工会 | (blank)) is more often a column the OCR cut
    mid-sentence, its rest elsewhere on the page, and is left to the reading-order stage; so is a piece that
    finishes a word the line above cut (…通讯员金宇摄 | 影报道: a credit's 摄影, which closes as a credit does).
    Run on, the headline and the story under it joined the story above without a word in review."""
    after = _after(lines, j)
    return (j + 1 < len(lines) and not lines[j + 1].strip() and _closes(so_far) and headline_shaped(lines[j])
            and not _CLAUSE_MARK.search(_content(lines[j])) and after[:1] not in NO_START
            and not word_across(_content(so_far), _content(lines[j])))


def _headline_over_lead(lines: list[str], j: int) -> bool:
    """On a page whose blank lines part paragraphs: is line j a headline standing over an item's lead, the blank
    line under it and then a lead with its credit (南湖区新建十家工会驿站 | (blank) | 本报讯（记者吴昊）近日，…)?
    A story's text never stops unpunctuated over another item's lead, so the line is that item's headline, even
    under a line that stops mid-sentence: a box set into a column, whose text goes on past the box (found by
    the reading-order stage)."""
    if not (j + 1 < len(lines) and not lines[j + 1].strip() and headline_shaped(lines[j])
            and not _CLAUSE_MARK.search(_content(lines[j]))):
        return False
    m = bl.LEAD.match(_after(lines, j))
    return bool(m and m.group("inner"))


def _after(lines: list[str], j: int) -> str:
    """The printed text of the first line after line j that has any."""
    return next((_content(t) for t in lines[j + 1:] if t.strip()), "")


def _headline_ends(before: str, so_far: str, cb: str, after: str = "") -> bool:
    """On a page without blank lines: does a headline end at this line break?  The paragraph so far
    has a headline's shape and stands after a finished paragraph, a column label or the page's top,
    and the next line opens a sentence by its form (a date, 近日, an opener: 工会送上暖“新”祝福 |
    9月25日，…) or names again, near its start, what the headline names (…红塔区总工会打造… | 云南
    玉溪红塔区总工会联合…: a story's first sentence restates its headline's subject), with no
    dictionary word across the break.  Otherwise the headline runs on into the first sentence."""
    t = _content(so_far)
    dated = bool(_DATED_START.match(cb))  # over a lead on its date: a headline and its subtitle may stand so too
    if (not headline_shaped(so_far, limit=HEADLINE_BLOCK if dated else 30) or len(t) < 4
            or word_across(t, cb) is not None or _DATED_START.match(t) or t.startswith(_REFERS_BACK)):
        return False  # 9月25日举办的… | …: a sentence's own first words, never a headline's
    if before and not (_closes(before) or _LABEL.search(before.strip())):
        return False
    if dated or cb.startswith(OPENERS):
        return True
    # the name right at the start (云南玉溪红塔区…), not a word the sentence repeats later on; read on into the
    # line after when the wrap cut the next line short (云南玉溪 | 红塔区总工会联合…); the name begins on the
    # next line itself, though: a headline's last character cut off (…临时休息 | 圈 | 云南玉溪…) begins nothing
    head = (cb + after)[:8] if len(cb) < 8 and not _closes(cb) else cb[:8]
    return _names_again(t, head, len(cb))


def _names_again(headline: str, start: str, within: int = 8) -> bool:
    """Does ``start`` (a sentence's first characters) give again, beginning in its first ``within`` characters,
    four characters of Chinese the headline prints (玉溪红塔区总工会打造… over 云南玉溪红塔区总工会联合…)?  A news
    story's first sentence restates its headline's subject near its start; a headline line does not repeat the
    one above it so."""
    return any(0 <= start.find(headline[k:k + 4]) < within for k in range(len(headline) - 3)
               if re.fullmatch(r"[\u4e00-\u9fff]{4}", headline[k:k + 4]))


def _restated_under(lines: list[str], i: int, so_far: str, cb: str, raw_b: str) -> bool:
    """On a page read in order: is the paragraph so far one run of lines (one line, or the lines a narrow wrap
    made of it: 云南玉溪红塔区 | 总工会联合区住房和) of a headline's shape that names again, near its
    start, the subject the headline lines right above it open with (:func:`_names_again` on the headline's first
    eight characters), with text under the blank that opens no item, not even a lead's first words (…临时休息圈 |
    云南玉溪红塔区总工会联合区住房和城乡建设局系统 | (blank) | 工会联合会，针对…)?  It is the story's first sentence,
    not a subtitle: a stray blank line cut it, and left so, its first words are read as one more headline line.
    A subtitle may share later words of the title (…暨工会劳动法律监督工作座谈会召开 | 劳动法律监督协作机制…); a
    story's first sentence names what the headline begins with, its subject."""
    t, first = _content(so_far), _run_start(lines, i)
    if t != "".join(_content(lines[k]) for k in range(first, i + 1)) or not headline_shaped(so_far) or _closes(t):
        return False
    if _starts_item(raw_b) or _whole_line_item(cb) or _MARKUP.match(raw_b.strip()) or _LABEL.search(raw_b) \
            or cb.startswith("本报") or bl.LEAD_TIME.match(cb):
        return False  # (本报重庆 | 9月25日电…: a lead's first words, however soon the wrap cut them; 今天，在某论坛上…: a
        # sentence whose first clause is only its time begins there, so the line above ends a headline block)
    head = _head_block(lines, first)
    return bool(head) and _names_again(head[:8], t)


def _run_start(lines: list[str], i: int) -> int:
    """The first line of the run of printed lines, with no blank line between, that line i ends."""
    while i > 0 and lines[i - 1].strip():
        i -= 1
    return i


def _head_block(lines: list[str], i: int) -> str:
    """The headline-shaped lines (at most three, blank lines passed over) right above line i, as printed; none
    when the nearest one is not headline-shaped or is a column label."""
    head: list[str] = []
    for k in range(i - 1, -1, -1):
        if not lines[k].strip():
            continue
        if len(head) == 3 or _LABEL.search(lines[k]) or not headline_shaped(lines[k]):
            break
        head.insert(0, _content(lines[k]))
    return "".join(head)


def _closing_quote_first(so_far: str, cb: str) -> bool:
    """Does the next line begin by closing the quotation the paragraph so far left open (…生动感人的“大思政课 |
    ”——《永远跟党走》…)?  No printed line begins with a closing quote (GB/T 15834), so no column the OCR
    cut begins with one either: the line is the rest of this one, across a blank line too (a stray one).  A
    straight quote closes when a mark follows it (“——”, “，”, “。”): an opening one is followed by the words
    it quotes.  It closes too when
    the line's own straight quotes leave it unpaired and the text above stops mid-sentence (3个"标准样板 |
    "连队，…工会"规范"与"实效"两大): read as opening, it would leave the quote above open and its own line's
    quotes paired the wrong way round (after a sentence's end the count above may be a piece's, not the
    paragraph's: …精准支招。 | "人才培养…, a new quotation)."""
    if cb[:1] in CLOSING_QUOTES:
        return "“" in so_far or "‘" in so_far
    return cb[:1] == '"' and so_far.count('"') % 2 == 1 and (
        re.match(r'"[，。、；：！？,.;:!?—…）)]', cb) is not None or (cb.count('"') % 2 == 1 and not is_terminal(so_far)))


def _quote_open(text: str) -> bool:
    """Does the text leave a double quote open (curly quotes unpaired, or an odd count of straight ones)?"""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _marked_sentence(so_far: str) -> bool:
    """Is the paragraph so far text the OCR marked as a heading (``## 据介绍，邹城市总…``) that reads
    as a sentence: a clause mark inside, and no sentence end?  A heading does not stop mid-sentence
    after a comma, so where a blank line cuts such a paragraph and the text says the sentence goes on
    (:func:`_stray_blank`), the blank is a stray one, on a page read out of order as well: the
    heading's words are the OCR's, not a column fragment's."""
    m = _MARKUP.match(so_far)
    body = so_far[m.end():].strip() if m else ""
    return bool(body) and bool(re.search(r"[，,；;]", body)) and not is_terminal(body)


def _heading_cut_mid_word(so_far: str, cb: str, raw_b: str) -> bool:
    """Is the paragraph so far a heading the OCR marked (#### 打造可复), short and without a clause
    mark, that a blank line cut mid-word: the next line has a heading's shape too (no clause mark,
    no sentence end, together at most 30 characters), opens no item, and a dictionary word spans
    the two (复制), or the heading leaves a quote open that the next line closes (### 高位推动绘就“ |
    规划图”, either form of the marks)?  The OCR marks a whole printed line as a heading, so its rest is
    this line."""
    m = _MARKUP.match(so_far)
    body = so_far[m.end():].strip() if m else ""
    if not body or _MARKUP.match(raw_b.strip()) or _starts_item(raw_b) or _whole_line_item(cb):
        return False
    return (not _CLAUSE_MARK.search(body + cb) and not is_terminal(body) and not is_terminal(cb)
            and len(body) + len(cb) <= 30
            and (word_across(body, cb) is not None or (_quote_open(body) and not _quote_open(body + cb))))


def _word_cut(ca: str, cb: str, raw_b: str) -> bool:
    """Does a blank line between ``ca`` (the paragraph so far: a line of it alone may hold less than the
    word's first part, 中铁五局成立工匠学 | 院 | (blank) | 前，…) and ``cb`` cut a word in two: each side's edge character stands
    alone in its own line's segmentation and the two make a dictionary word (…一组国 | 产化工业…: 国, 产;
    国产), ``ca`` ends no sentence and ``cb`` opens no item?  A typesetter breaks a line inside a word, and
    an OCR engine reads that line's rest next within a column piece; where it cut a column, the line it
    read next begins another piece, whose first character finishing the cut line's word is a chance.  So
    the blank is a stray one, on a page read out of order too (the reading-order stage would join the
    two lines on that word anyway: a blank left there only lets a chance word elsewhere take one side).
    A word already whole on one side (…建设 | 网约车司机) or two whole words read together (高级 | 会议)
    is no such cut: :func:`continuity.cut_off` tells them apart."""
    if not ca or not cb or is_terminal(ca) or _closes(ca) or _whole_line_item(ca) or _LABEL.search(ca):
        return False
    if _starts_item(raw_b) or _whole_line_item(cb) or bl.BYLINE_START.match(cb) or _MARKUP.match(raw_b.strip()):
        return False
    if word_across(ca, cb) is None:
        return False
    # …学院重点支 | 持。该学院…, …的地方。据 | 悉，今年…: a character and a clause mark after it end no clause of
    # their own, so the character finishes the word the line before began (a one-character item of a list,
    # …来自政、 | 产、学、研, is whole where it stands, as cut_off says)
    return cut_off(ca, cb) or (len(cb) > 1 and cb[1] in "，。；：！？,;:!?" and cut_off(ca, cb[0]))


def _opens_straight(ca: str, so_far: str) -> bool:
    """Does the line end on a straight quote that opens a quotation: the paragraph so far (``so_far``, or the
    line alone) holds an odd count of them, and no sentence end or closing mark comes right before it (…工程'!"
    closes whatever the count: a quote after 。！？ closes its sentence)?  It is an opening mark, which no printed
    line ends with."""
    return ca.endswith('"') and ca[-2:-1] not in set("。！？!?…'’”)）") \
        and (_content(so_far) or ca).count('"') % 2 == 1


def _tail_finishes_word(ca: str, cb: str, raw_b: str) -> bool:
    """Does the next line open with one character of Chinese and a clause mark (衡、…, 持。…) that finishes a
    dictionary word with the last character of ``ca``, which stops mid-sentence (…存在的建制不均 | 衡、操作不规范…:
    均衡)?  A character with a mark right after it is a word's end or a word of one character; where jieba knows
    it less as a word alone than as the end of the word read across, it is that word's end, and a typesetter
    breaks a line inside a word, so the line above is its start.  The joint reading must put the word
    across (:func:`continuity.read_across`); :func:`_word_cut` misses it where it takes a character from a
    word the line above holds whole (不均 | 衡: 不 均衡)."""
    if not re.match(r"[\u4e00-\u9fff][，。、；：！？,;:!?]", cb) or not re.search(r"[\u4e00-\u9fff]$", ca):
        return False
    if is_terminal(ca) or _closes(ca) or _whole_line_item(ca) or _LABEL.search(ca) or _starts_item(raw_b) \
            or _MARKUP.match(raw_b.strip()):
        return False
    word = ca[-1] + cb[0]
    return frequency(word) > frequency(cb[0]) and read_across(ca, cb) == word


def line_runs(lines: list[str]) -> LineRuns:
    """:func:`continuity.page_runs` of the page's lines, their markup left out."""
    return page_runs([_content(line.strip()) for line in lines])


def _run_cut(ca: str, cb: str, raw_b: str, runs: LineRuns | None) -> bool:
    """Does the line break cut a run of four Chinese characters that the page prints whole on a third line
    (…中铁五局工匠学院由中铁 | 五局与…, …保定市总建立“成果联 | 评+激励…” with 成果联评 in another paragraph,
    :func:`continuity.run_across`)?  Where the OCR cut a column, the piece it read next beginning with the very
    characters that follow the cut line's end elsewhere on the page is a chance.  The line must stop mid-clause
    and the next line open no item."""
    if not runs:
        return False
    if _closes(ca) or _whole_line_item(ca) or _LABEL.search(ca):
        return False
    if _starts_item(raw_b) or _whole_line_item(cb) or bl.BYLINE_START.match(cb) or _MARKUP.match(raw_b.strip()):
        return False
    return run_across(ca, cb, runs) is not None


def _short_tail(so_far: str, ca: str, cb: str, raw_b: str) -> bool:
    """Is the next line a tail of one to three characters of Chinese without a mark, or a dash alone, under
    a line that stops mid-sentence (…高技能人才培育 | 摇篮; a kicker's …走进车间 | ——)?  No printed line of a
    column is so short, no headline is one word, and a dash begins no headline: such a line is the end of
    the line above, left over where the wrap cut it, so where the OCR cut a column it is that line's rest,
    not the first words of another piece (left apart, it passes for a headline or a chance word elsewhere
    takes it).  A tail that ends a sentence (一周。) or opens an item is read as before."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{1,3}|——", cb) or not ca or is_terminal(ca) or _closes(ca) \
            or (len(cb) == 1 and _list_waits(ca, cb)):
        return False
    if _starts_item(raw_b) or _MARKUP.match(raw_b.strip()) or _LABEL.search(raw_b) or _LABEL.search(ca):
        return False
    return not _whole_line_item(_content(so_far) or ca)


def _tail_alone(lines: list[str], j: int) -> bool:
    """Is line j followed by a blank line or the page's end (a piece between blank lines, no paragraph's first
    line: that runs on into the next line)?"""
    return j + 1 >= len(lines) or not lines[j + 1].strip()


def _count_waits(ca: str, cb: str, raw_b: str) -> bool:
    """Does the line stop on a number and its measure word (…1438名, :func:`_count_cut`), the next line
    opening no item?  What was counted is that line's first words, so no column the OCR cut ends there."""
    return _count_cut(ca, cb) and not (_starts_item(raw_b) or _MARKUP.match(raw_b.strip()) or _LABEL.search(raw_b)
                                       or _whole_line_item(cb))


def _name_cut(so_far: str, cb: str) -> bool:
    """Is the paragraph so far a byline (本报记者 …) whose last name a blank line cut: its last word one
    or two characters, the next line one or two characters with nothing else, the two a name of two or
    three?  No paragraph is one or two characters long; a name cut so is the byline's rest."""
    text = _content(so_far)
    if not bl.BYLINE_START.match(text) or not re.fullmatch(r"[\u4e00-\u9fff]{1,2}", cb):
        return False
    last = text.split()[-1]
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{1,2}", last)) and 2 <= len(last) + len(cb) <= 3 \
        and bl.is_byline(text + cb)


def _headline_name_cut(before: str, so_far: str, ca: str, cb: str, raw_b: str) -> bool:
    """Is the paragraph so far the first words of the text under a headline (``before``, headline-shaped),
    cut by a blank line inside a name the headline gives: at least two characters on each side of the
    break read, together, as four or more characters of the headline (云南玉溪红塔区 | 总工会联合… under
    玉溪红塔区总工会打造…: 红塔区总工会)?  The name is one printed word: the blank is a stray one, and the
    piece before it is no headline line."""
    head = _content(before)
    if (not head or not headline_shaped(before) or _content(so_far) != ca or _CLAUSE_MARK.search(ca)
            or is_terminal(ca) or _starts_item(raw_b) or _whole_line_item(cb) or _MARKUP.match(raw_b.strip())):
        return False
    return _printed_across(ca, cb, head, right=2)


def _lead_cut_mid_word(so_far: str, ca: str, cb: str, raw_b: str) -> bool:
    """Is the paragraph so far a lead whose first sentence has begun (本报讯（记者…）近日，…) and a blank
    line cut it mid-word: it stops with no sentence end yet, either on a character a dictionary word
    spans the blank from into the next line (企事 | 业单位) or on a preposition (…新丰县总工会为 | 辖区…),
    or right after its time (本报讯（…）近日， | 某省…: the sentence has no subject yet), and the next
    line opens no item?  The OCR printed the lead's first line as one piece, so its rest,
    even on a page read out of order, is the next line."""
    m = bl.LEAD.match(_content(so_far))
    if not m or not _content(so_far)[m.end():].strip() or is_terminal(ca) or _starts_item(raw_b) \
            or _whole_line_item(cb):
        return False
    if bl.LEAD_TIME.fullmatch(_content(so_far)[m.end():].strip()):
        return bool(re.match(r"[\u4e00-\u9fff]", cb))  # 本报讯（…）近日， | (blank) | 某省…: only its time said yet
    if not re.search(r"[\u4e00-\u9fff]$", ca):
        return False
    return "。" not in _content(so_far)[m.end():] and (word_across(ca, cb) is not None or needs_more(ca) == 2)


def _stray_blank(ca: str, cb: str, raw_b: str, so_far: str = "") -> bool:
    """Is a blank line between ``ca`` and ``cb`` a stray one inside a sentence?  Only on evidence
    that the sentence goes on: ``ca`` stops on a comma-like or opening mark (a straight quote too,
    when it opens one: an odd count in the paragraph so far, ``so_far``), ``cb`` cannot begin a
    sentence (等…, 的…), or a dictionary word spans the two; never before a line that opens an item
    or after one that ends a sentence or is a credit, byline or dateline.

    After a paragraph that is so far headline-shaped (a headline, or a paragraph's first words without
    a mark), the word across must put back a word the break cut (:func:`continuity.cut_off`:
    丁城总工会负 | 责人…), not add a character to a word already whole (丁城职工运动会开幕 | 会，来自…:
    开幕会 is a word, but 开幕 is whole and 会 finishes the word of another line, a lead cut off
    elsewhere): bridged, the headline would open another story's text with nothing said."""
    if not ca or not cb or is_terminal(ca) or _closes(ca) or _whole_line_item(ca) or _LABEL.search(ca):
        return False
    if _starts_item(raw_b) or _whole_line_item(cb) or bl.BYLINE_START.match(cb) or _MARKUP.match(raw_b.strip()):
        return False
    heading = headline_shaped(so_far or ca)
    return bool(ca[-1:] in "，、；：,;:" or ca[-1:] in NO_END or starts_bound(cb, strict=True)
                or (ca.endswith('"') and _content(so_far or ca).count('"') % 2 == 1)
                or (word_across(ca, cb) and (not heading or cut_off(ca, cb))))

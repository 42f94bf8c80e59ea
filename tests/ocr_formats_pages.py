"""Small made-up pages as Tesseract's TSV and PaddleOCR/EasyOCR JSON write them, for the format tests."""
from __future__ import annotations

import json

HEADLINE = "北山区举办职工技能竞赛"
BODY = ("本报讯（记者王明）近日，北山区总工会举办第三届职工技能竞赛，来自全区四十二家企业的三百余名职工参加了"
        "车工、焊工、电工等八个工种的比赛。区总工会有关负责人介绍，竞赛获奖选手将按规定获得相应职业技能等级证书。"
        "参赛职工纷纷表示，将把比赛中学到的经验带回岗位，在生产一线发挥更大作用。")
WIDTH, HEIGHT, EM, PER_LINE = 1000, 1400, 30, 20


def page_lines() -> list[tuple[str, int, int, int]]:
    """(text, x0, y0, em) of each printed line: a headline in large type, then the body a column wide."""
    text, out, y = BODY, [(HEADLINE, 100, 100, 2 * EM)], 220
    first = True
    while text:
        room = PER_LINE - 2 if first else PER_LINE
        out.append((text[:room], 100 + (2 * EM if first else 0), y, EM))
        text, first, y = text[room:], False, y + 45
    return out


def tsv(rows_extra: list[str] = (), word=lambda text: text) -> str:
    """The page as Tesseract's TSV, a word a character; ``rows_extra`` go in after the header."""
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            f"1\t1\t0\t0\t0\t0\t0\t0\t{WIDTH}\t{HEIGHT}\t-1\t", *rows_extra]
    for n, (text, x0, y0, em) in enumerate(page_lines(), 1):
        rows.append(f"4\t1\t{n}\t1\t1\t0\t{x0}\t{y0}\t{em * len(text)}\t{em}\t-1\t")
        rows += [f"5\t1\t{n}\t1\t1\t{k}\t{x0 + k * em}\t{y0}\t{em}\t{em}\t95.5\t{word(ch)}"
                 for k, ch in enumerate(text)]
    return "\n".join(rows) + "\n"


def quads() -> list[tuple[list, str]]:
    return [([[x0, y0], [x0 + em * len(text), y0], [x0 + em * len(text), y0 + em], [x0, y0 + em]], text)
            for text, x0, y0, em in page_lines()]


def easyocr() -> list:
    return [[quad, text, 0.97] for quad, text in quads()]


def paddle2() -> list:
    return [[[quad, [text, 0.97]] for quad, text in quads()]]


def paddle3(res: bool = False) -> dict:
    value = {"input_path": "01.png", "rec_texts": [t for _, t in quads()], "rec_scores": [0.97] * len(quads()),
             "rec_polys": [q for q, _ in quads()],
             "rec_boxes": [[q[0][0], q[0][1], q[2][0], q[2][1]] for q, _ in quads()]}
    return {"res": value} if res else value


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)

"""How an article is cited: GB/T 7714-2015, the Chinese national standard for references, newspaper form [N].

    主要责任者. 题名[N]. 报纸名, 出版日期(版次).
    白莹, 王辰阳. 第三届大国工匠创新交流大会暨大国工匠论坛主论坛举办[N]. 劳动午报, 2025-09-24(2).

The standard lists at most three authors, then "等"; the authors are the writers (记者, 通讯员),
not the photographers.  The reference names the printed page, so it holds from any copy of the
site; the permanent URL is given beside it only when the site has a real base_url (Config.published).
"""
from __future__ import annotations

from unionnews.content import Article

MAX_AUTHORS = 3


def authors(article: Article) -> str:
    names = list(dict.fromkeys((*article.reporters, *article.correspondents)))
    shown = ", ".join(names[:MAX_AUTHORS])
    return shown + (", 等" if len(names) > MAX_AUTHORS else "")


def reference(article: Article, title: str | None = None) -> tuple[str, str]:
    """(the reference up to the date, the date and page): "白莹. 题名[N]. 劳动午报, ", "2025-09-24(2)".

    Two parts so a page can keep the date and page on one line (a date must not break inside).
    """
    who = authors(article)
    head = f"{who}. " if who else ""
    where = f"{article.date.isoformat()}({article.page})" if article.page else article.date.isoformat()
    return f"{head}{title or article.title}[N]. {article.paper}, ", f"{where}."

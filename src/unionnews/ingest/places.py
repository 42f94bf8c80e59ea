"""Places an article is about, from a shipped gazetteer (gazetteer.txt).

Why only the headline, lead and dateline: a page names many places in
passing (a speaker's province, a company's seat); the places an article is
*about* are the ones its headline, first paragraph and dateline name.  Each
prefecture found brings its province (保定 → 河北, 保定) so readers can browse by
province.  Names that are also ordinary words (来宾, 安康, 大同 …) are marked
``*`` in the data and only count with a suffix (来宾市) or after their province.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("gazetteer.txt")
_SUFFIX = r"市|州|地区|盟|[\u4e00-\u9fff]{1,6}自治州"


@dataclass(frozen=True)
class Place:
    name: str
    province: str | None
    strict: bool
    full: str = ""


@lru_cache(maxsize=1)
def gazetteer() -> tuple[Place, ...]:
    """Provinces first, then prefectures, longest names first within each."""
    provinces, cities = [], []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        head, _, rest = line.partition(":")
        short, full = head.split()
        provinces.append(Place(short, None, False, full))
        for name in rest.split():
            strict = name.endswith("*")
            cities.append(Place(name.rstrip("*"), short, strict))
    key = lambda p: -len(p.name)  # noqa: E731
    return tuple(sorted(provinces, key=key) + sorted(cities, key=key))


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], Place], ...]:
    """Each gazetteer place with the pattern that finds it (see the module docstring)."""
    out = []
    for place in gazetteer():
        if place.province is None:
            pattern = re.escape(place.full) + "|" + re.escape(place.name)
        elif place.strict:
            pattern = re.escape(place.name) + f"(?={_SUFFIX})"
            prov = next(p for p in gazetteer() if p.province is None and p.name == place.province)
            pattern = f"(?<={re.escape(prov.name)}){re.escape(place.name)}|(?<={re.escape(prov.full)})" \
                      f"{re.escape(place.name)}|{pattern}"
        else:
            pattern = re.escape(place.name)
        out.append((re.compile(pattern), place))
    return tuple(out)


def find_places(text: str) -> list[str]:
    """Short names of the provinces and prefectures named in ``text``, in order of appearance."""
    return list(_find_places(text))


@lru_cache(maxsize=4096)
def _find_places(text: str) -> tuple[str, ...]:
    """:func:`find_places`, kept per text: every pattern of the gazetteer is tried on it, and an
    import reads the same headlines and leads again (a page imported again, or read another way)."""
    hits: list[tuple[int, str, str | None]] = []
    for pattern, place in _patterns():
        m = pattern.search(text)
        if m:
            hits.append((m.start(), place.name, place.province))
    out: list[str] = []
    for _, name, province in sorted(hits):
        if province and province not in out:
            out.append(province)
        if name not in out:
            out.append(name)
    return tuple(out)

#!/usr/bin/env python3
"""Make a deterministic benchmark archive of N article files (see ../ARTICLE_FORMAT.md).

The text is real: sentences are drawn from the newspaper pages in ../seeds and recombined,
so token statistics look like union news. Names (300 reporters, 3,000 correspondents),
places, tags and dates are drawn from fixed pools with a seeded random generator: the same N and --seed give byte-identical files.

    python3 make_corpus.py OUT_DIR -n 10000 [--seed 1]

Writes OUT_DIR/content/YYYY/MM/DD/<id>.md and prints the count and the total bytes.
Standard library only.
"""
import argparse
import datetime as dt
import pathlib
import random
import re

HERE = pathlib.Path(__file__).resolve().parent
# Vendored copy of ../shared/bench/make_corpus.py for machines without ../shared: the seed pages are
# the project's raw/ files (same text, other names), so the corpus differs from the shared one in order only.
SEEDS = HERE.parent / "seeds" if (HERE.parent / "seeds").is_dir() else HERE.parents[1] / "raw"

PAPERS = [("grrb", "工人日报"), ("ldwb", "劳动午报")]
PAGE_NAMES = ["要闻", "新闻", "工会", "经济", "评论", "社会", "文化", "专版"]
COLUMNS = ["", "", "", "工会重点工作创新案例", "工会创新实践调研行", "劳模风采", "基层传真", "维权在线"]
KINDS = ["news"] * 6 + ["feature", "brief", "photo", "commentary"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国海波宁欣怡晨阳宇航思雨佳琪子涵浩然博文俊杰莹龙翔润剑昱霖欢莉晶"
PLACES = ["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽",
          "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南",
          "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "保定", "厦门", "福州", "长沙", "太原", "石河子", "连云港"]
TAGS = ["大国工匠", "劳模精神", "工匠学院", "创新工作室", "职工之家", "工会驿站", "新就业形态劳动者", "劳动竞赛",
        "技能大赛", "劳动法律监督", "困难职工帮扶", "产业工人队伍建设改革", "职代会", "厂务公开", "女职工",
        "劳模工匠助企行", "智能制造", "安全生产", "职工互助保障", "枫桥经验"]


def seed_sentences():
    """Sentences of 12 to 160 characters from the seed pages, line breaks inside words joined."""
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    text = re.sub(r"[#>]+", "", text)
    text = re.sub(r"\s*\n\s*", "", text)
    parts = re.findall(r"[^。！？]*[。！？]", text)
    return [s.strip() for s in parts if 12 <= len(s.strip()) <= 160]


def name_pool(size, salt):
    """A fixed pool of distinct names: a paper has a few hundred staff reporters, a few thousand correspondents."""
    rng, names = random.Random(salt), set()
    while len(names) < size:
        names.add(rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2)))))
    return sorted(names)


REPORTERS = name_pool(300, "reporters")
CORRESPONDENTS = name_pool(3000, "correspondents")


def yaml_list(items):
    return "[" + ", ".join(items) + "]"


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def make_article(rng, sentences, seqs, start, days):
    code, paper = rng.choice(PAPERS)
    day = start + dt.timedelta(days=rng.randrange(days))
    page = rng.randint(1, 8)
    seq = seqs[(code, day, page)] = seqs.get((code, day, page), 0) + 1
    art_id = f"{code}-{day:%Y%m%d}-{page:02d}-{seq:02d}"
    title = rng.choice(sentences).strip("“”\"。！？，,")[: rng.randint(8, 24)]
    kind = rng.choice(KINDS)
    reporters = rng.sample(REPORTERS, rng.choice((1, 1, 2)))
    correspondents = rng.sample(CORRESPONDENTS, rng.choice((0, 0, 1, 2)))
    photographers = [rng.choice(REPORTERS)] if kind == "photo" else []
    place = rng.choice(PLACES)
    lines = ["---", f"id: {art_id}", f"title: {yaml_str(title)}"]
    if rng.random() < 0.3:
        lines.append(f"kicker: {yaml_str(rng.choice(sentences)[:30])}")
    if rng.random() < 0.2:
        lines.append(f"subtitle: {yaml_str('——' + rng.choice(sentences)[:24])}")
    lines += [f"date: {day:%Y-%m-%d}", f"paper: {paper}", f"page: {page}",
              f"page_name: {PAGE_NAMES[page - 1]}"]
    column = rng.choice(COLUMNS)
    if column:
        lines.append(f"column: {column}")
    lines += [f"kind: {kind}", f"reporters: {yaml_list(reporters)}",
              f"correspondents: {yaml_list(correspondents)}",
              f"photographers: {yaml_list(photographers)}",
              f"dateline: {{place: {place}, date: {day - dt.timedelta(days=1):%Y-%m-%d}}}",
              f"places: {yaml_list(sorted({place, rng.choice(PLACES)}))}",
              f"tags: {yaml_list(sorted(set(rng.sample(TAGS, rng.randint(1, 3)))))}", "---"]
    body = []
    for p in range(rng.randint(2, 8)):
        if p and rng.random() < 0.12:
            body.append("## " + rng.choice(sentences).strip("“”\"。！？，,")[:12])
        body.append("".join(rng.choice(sentences) for _ in range(rng.randint(1, 4))))
    return day, art_id, "\n".join(lines) + "\n" + "\n\n".join(body) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=pathlib.Path)
    ap.add_argument("-n", type=int, default=10000, help="number of articles")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--from-year", type=int, default=1990)
    ap.add_argument("--to-year", type=int, default=2025)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    sentences = seed_sentences()
    start = dt.date(args.from_year, 1, 1)
    days = (dt.date(args.to_year, 12, 31) - start).days + 1
    total, seqs = 0, {}
    for _ in range(args.n):
        day, art_id, text = make_article(rng, sentences, seqs, start, days)
        path = args.out / "content" / f"{day:%Y}" / f"{day:%m}" / f"{day:%d}" / f"{art_id}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        total += len(data)
    print(f"{args.n} articles, {total} bytes, in {args.out / 'content'}")


if __name__ == "__main__":
    main()

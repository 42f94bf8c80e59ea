// search.js's query engine over a small index the build wrote, against brute force in Python
// (tests/test_search_js.py::test_queries_against_brute_force writes queries.json and the site).
import { test } from "node:test";
import assert from "node:assert/strict";
import { fixture, loadSearch, plain } from "./harness.mjs";

const F = fixture("queries.json");

test("parse splits terms, quoted phrases (ASCII and Chinese quotes) and exclusions", () => {
  const { S } = loadSearch();
  const cases = [
    ["", [], []],
    ["工会", ["工会"], []],
    ["  工会   职工 ", ["工会", "职工"], []],
    ['工会 "职工 之家" -劳模', ["工会", "职工 之家"], ["劳模"]],
    ["“职工之家”", ["职工之家"], []],
    ["「工匠」 『劳模  精神』", ["工匠", "劳模 精神"], []],
    ['"未闭合 的引号', ["未闭合 的引号"], []],
    ['-"排除 短语" -', [], ["排除 短语"]],
    ['"" -""', [], []],
  ];
  for (const [q, terms, excluded] of cases) assert.deepEqual(S.parse(q), { terms, excluded }, q);
});

test("each query finds what a substring scan of the folded texts finds, in the order asked for", async () => {
  const { S } = loadSearch(F.site);
  assert.ok(F.cases.length > 400);
  const wrong = [];
  for (const c of F.cases) {
    const got = plain((await S.run(c.state, { exact: true })).docs);
    if (JSON.stringify(got) !== JSON.stringify(c.docs)) wrong.push({ state: c.state, got: got.slice(0, 8), want: c.docs.slice(0, 8) });
  }
  assert.deepEqual(wrong.slice(0, 5), [], `${wrong.length} of ${F.cases.length} queries differ`);
});

test("long queries without exact verification verify the candidates on the pages they show", async () => {
  const { S } = loadSearch(F.site);
  const long = F.cases.filter((c) => c.state.sort === "old" && [...c.state.q].length > 3 && c.docs.length);
  assert.ok(long.length > 20);
  for (const c of long.slice(0, 40)) {
    const result = await S.run(c.state);
    const shown = [];
    while (shown.length < result.docs.length) {
      const page = await S.page(result, shown.length, 10);
      if (!page.length) break;
      page.forEach((r) => shown.push(r.doc));
    }
    assert.deepEqual(shown, c.docs, c.state.q);
    assert.equal(result.total, c.docs.length, c.state.q);
    assert.equal(result.pending, false, c.state.q);
  }
});

test("every doc's display record holds its article's fields", async () => {
  const { S } = loadSearch(F.site);
  const m = (await S.run({ q: "工" })).manifest;
  const got = await S.records(m, F.records.map((r) => r.doc));
  assert.equal(got.length, F.docs);
  got.forEach((r, k) => {
    const { zones, score, ...fields } = r;
    assert.deepEqual(fields, F.records[k], `doc ${k}`);
  });
});

test("facet counts over a result are the brute-force counts", async () => {
  const { S } = loadSearch(F.site);
  for (const f of F.facets) {
    const r = await S.run({ q: f.q });
    const counts = await S.facetCounts(r.manifest, r.docs);
    for (const [code, want] of Object.entries(f.counts)) {
      assert.deepEqual(Object.fromEntries(counts[code]), want, `${f.q}: ${code}`);
    }
    for (const rows of Object.values(counts)) {  // most frequent first
      for (let k = 1; k < rows.length; k++) assert.ok(rows[k - 1][1] >= rows[k][1] || rows === counts.year);
    }
  }
});

test("matches gives the merged ranges of every term, traditional text included", async () => {
  const { S } = loadSearch(F.site);
  const m = (await S.run({ q: "工" })).manifest;
  assert.deepEqual(S.matches(m, "工會幹部與工会", ["工会"]), [[0, 2], [5, 7]]);
  assert.deepEqual(S.matches(m, "职工之家职工", ["职工", "工之"]), [[0, 3], [4, 6]]);
  assert.deepEqual(S.matches(m, "无关", ["工会"]), []);
});

test("a query whose first term matches nothing loads no list of its other terms", async () => {
  async function loadsOf(q) {  // the files a query loads after a first query has loaded what every one needs
    const { S, loads } = loadSearch(F.site);
    await S.run({ q: "工" });
    const before = loads.length;
    const result = await S.run({ q });
    return { result, files: loads.slice(before), again: () => S.run({ q }).then(() => loads.length - before) };
  }
  const alone = await loadsOf("鑫鑫鑫");
  const first = await loadsOf("鑫鑫鑫 工会 职工");
  const other = await loadsOf("工会 职工");
  assert.equal(alone.result.total, 0);
  assert.equal(first.result.total, 0);
  assert.ok(alone.files.length > 0);
  assert.deepEqual(first.files, alone.files);
  assert.ok(other.files.some((f) => !alone.files.includes(f)), "the other terms' lists would load files of their own");
  assert.equal(await first.again(), first.files.length, "a file is loaded once");
});

test("a missing index file is an error naming it, and a later query may try again", async () => {
  const { S } = loadSearch(null);
  await assert.rejects(S.run({ q: "工会" }), /could not load search\/(manifest|fold)\.js/);
});

test("kind labels come from the Python side", () => {
  const { I } = loadSearch();
  assert.deepEqual(I.KIND_LABELS, F.kinds);
});

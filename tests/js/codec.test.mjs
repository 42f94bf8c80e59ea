// search.js's codec part against entries, fold data, keys and records files written by the Python side
// (tests/test_search_js.py::test_codec_against_the_python_encoder writes codec.json).
import { test } from "node:test";
import assert from "node:assert/strict";
import { fixture, loadSearch, plain } from "./harness.mjs";

const F = fixture("codec.json");
const { I } = loadSearch();

test("every entry codec.encode_list writes decodes to its docs and info", () => {
  assert.ok(F.lists.length > 100);
  const modes = new Set();
  for (const c of F.lists) {
    const got = I.decode(c.text, c.start, c.count);
    modes.add(c.text.charAt(0));
    assert.deepEqual(plain(got.docs), c.docs, `docs of ${c.text} (start ${c.start}, count ${c.count})`);
    assert.deepEqual(plain(got.info), c.info, `info of ${c.text}`);
  }
  for (const mode of ["r", "R", "c", "C"]) assert.ok(modes.has(mode), `no entry of mode ${mode}`);
});

test("attrCodes reads every doc's paper and kind from attrs.js as layout.attrs_data writes it", () => {
  assert.ok(F.attrs.length > 10);
  for (const c of F.attrs) {
    assert.deepEqual(plain(I.attrCodes(c.data, c.combo.length)), c.combo, `attrs ${JSON.stringify(c.data).slice(0, 200)}`);
  }
});

test("an empty entry is an empty list", () => {
  const got = I.decode("", 0, 10);
  assert.equal(got.docs.length, 0);
  assert.equal(got.info.length, 0);
});

test("the lists of consecutive segments join in doc order", () => {
  const a = F.lists.find((c) => c.docs.length > 3 && c.start === 0);
  const b = F.lists.find((c) => c.docs.length > 3 && c.start > a.count);
  const joined = I.join([I.decode(a.text, a.start, a.count), I.decode(b.text, b.start, b.count)]);
  assert.deepEqual(plain(joined.docs), a.docs.concat(b.docs));
  assert.deepEqual(plain(joined.info), a.info.concat(b.info));
});

test("intersect keeps what two ascending lists share", () => {
  assert.deepEqual(plain(I.intersect(Int32Array.from([1, 3, 5, 9]), Int32Array.from([0, 3, 4, 9, 11]))), [3, 9]);
  assert.deepEqual(plain(I.intersect(Int32Array.from([]), Int32Array.from([1]))), []);
});

test("vlqList reads the digits codec.vlq writes", () => {
  assert.deepEqual(I.vlqList(F.vlq.text, 0, F.vlq.text.length, []), F.vlq.values);
});

test("foldTable rebuilds the fold of every UTF-16 code unit from fold.js", () => {
  const table = I.foldTable(F.fold.data);
  assert.equal(table.length, 65536);
  const wrong = [];
  for (let c = 0; c < 65536; c++) if (table[c] !== F.fold.table[c]) wrong.push(c);
  assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} code units fold differently`);
  assert.notEqual(table["會".charCodeAt(0)], "會".charCodeAt(0));  // the table does fold something
});

test("fnv1a and bigName name a key's files as layout.py does", () => {
  const m = { bigFolders: F.bigFolders };
  for (const k of F.keys) {
    assert.equal(I.fnv1a(k.key), k.fnv, k.key);
    for (const [start, name] of Object.entries(k.big)) assert.equal(I.bigName(m, [+start], k.key), name, k.key);
  }
});

test("recordsPart maps a doc to its records file as layout.records_file and records_name do", () => {
  const m = { recordsPerFile: F.recordsPerFile };
  for (const r of F.recordsParts) assert.deepEqual(I.recordsPart(m, r.doc), { name: r.name, index: r.index });
});

test("inflateRecords reads records files deflated against the dictionary, every character kept", async () => {
  const dict = { size: F.dictionary[0], prefix: I.bytesOf(F.dictionary[1]), singles: F.dictionary[2] };
  for (const file of F.records) assert.deepEqual(await I.inflateRecords(dict, file.packed), file.data);
});

test("recordsText reads every character Python carries in two bytes as Python wrote it", () => {
  const bytes = Uint8Array.from(Buffer.from(F.carried.bytes, "hex"));
  assert.equal(I.recordsText(bytes, F.carried.singles, new TextDecoder("gb18030")), F.carried.text);
});

test("the constants part holds the Python side's values", () => {
  for (const [name, value] of Object.entries(F.constants)) assert.deepEqual(I[name], value, name);
  assert.deepEqual(I.FILTERS, F.constants.CHEAP.concat(F.constants.LISTED));
});

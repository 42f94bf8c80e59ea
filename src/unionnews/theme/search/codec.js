/* Part of search.js (unionnews.theme.script joins the parts): decoding the index's data (search/codec.py,
 * layout.py): posting lists, the fold table, records files.  Plain functions of their input, with no
 * page and no loading, so node --test runs them. */

// ------------------------------------------------------------ decoding (see codec.py)
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var DIGIT = new Int8Array(128).fill(-1);
for (var i = 0; i < 64; i++) DIGIT[B64.charCodeAt(i)] = i;
/* codec.DENSE: printable ASCII but " and \; two characters carry 13 bits (v // 93, v % 93), a lone last one 6. */
var DENSE = new Int8Array(128).fill(-1);
for (var dc = 32, dn = 0; dc < 127; dc++) if (dc !== 34 && dc !== 92) DENSE[dc] = dn++;

function vlqList(text, from, to, out) {  // every VLQ value in text[from, to)
  var value = 0, shift = 1;
  for (var k = from; k < to; k++) {
    var d = DIGIT[text.charCodeAt(k)];
    value += (d & 31) * shift;
    if (d & 32) shift *= 32; else { out.push(value); value = 0; shift = 1; }
  }
  return out;
}

/* Reads an entry's bits (codec.dense_runs: 13 in two characters, most significant first, 6 in a lone
 * last one) from text[from …]. */
function Bits(text, from) { this.text = text; this.at = from; this.digit = 0; this.left = 0; }
Bits.prototype.bit = function () {
  if (!this.left) {
    var t = this.text, a = this.at;
    if (a + 1 < t.length) {
      this.digit = DENSE[t.charCodeAt(a)] * 93 + DENSE[t.charCodeAt(a + 1)]; this.left = 13; this.at = a + 2;
    } else { this.digit = DENSE[t.charCodeAt(a)]; this.left = 6; this.at = a + 1; }
  }
  return (this.digit >> --this.left) & 1;
};
/* n Rice values with parameter k (codec.py: the n unary parts, then the n·k low bits) into out[0 … n). */
Bits.prototype.rice = function (n, k, out) {
  for (var j = 0; j < n; j++) {
    var high = 0;
    while (!this.bit()) high++;
    out[j] = high;
  }
  if (k) {
    for (var q = 0; q < n; q++) {
      var low = 0;
      for (var b = 0; b < k; b++) low = low * 2 + this.bit();
      out[q] = out[q] * (1 << k) + low;
    }
  }
  return out;
};

/* An entry of a list over docs start … start + count − 1 (codec.py) → {docs: ascending Int32Array
 * of global doc ids, info: Uint8Array of zone << 4 | count (1 for a facet list)} */
function decode(text, start, count) {
  if (!text) return { docs: new Int32Array(0), info: new Uint8Array(0) };
  var mode = text.charAt(0), at = 1, withInfo = mode === "R" || mode === "C";
  function number() {
    var value = 0, shift = 1, d;
    do { d = DIGIT[text.charCodeAt(at++)]; value += (d & 31) * shift; shift *= 32; } while (d & 32);
    return value;
  }
  function digit() { return DIGIT[text.charCodeAt(at++)]; }
  var n = number(), k = digit(), d = 1, e = 0, kx = 0, t = 0, values = [], kr = 0;
  if (withInfo) {
    d = digit();
    e = number();
    if (e) {
      kx = digit();
      t = digit();
      for (var v = 0; v < t; v++) values.push(digit());
      if (t >= 2) kr = digit();
    }
  }
  var bits = new Bits(text, at), coded = bits.rice(n, k, new Int32Array(n)), docs;
  if (mode === "c" || mode === "C") {  // the docs NOT in the list
    docs = new Int32Array(count - n);
    for (var doc = 0, next = coded.length ? coded[0] : count, j = 0, m = 0; doc < count; doc++) {
      if (doc === next) { j++; next = j < n ? next + coded[j] + 1 : count; } else docs[m++] = start + doc;
    }
  } else {
    docs = coded;
    for (var q = 0, last = start - 1; q < n; q++) { last += coded[q] + 1; docs[q] = last; }
  }
  var info = new Uint8Array(docs.length).fill(d);
  if (e) {
    var steps = bits.rice(e, kx, new Int32Array(e)), ranks = t >= 2 ? bits.rice(e, kr, new Int32Array(e)) : null;
    for (var x = 0, index = -1; x < e; x++) {
      index += steps[x] + 1;
      info[index] = values[ranks ? ranks[x] : 0];
    }
  }
  return { docs: docs, info: info };
}

/* attrs.js (layout.attrs_data) → the combination number of each of n docs: canonical Huffman codes, read
 * with the table of the previous doc's paper (the last table for the first doc), as zlib's puff reads them.
 * A table's digits are each combination's code length + 1 (0: not in the table; 1: its only one, no bits). */
function attrCodes(a, n) {
  var tables = a.tables.map(function (digits) {
    var count = [0], symbols = [], only = -1;
    for (var s = 0; s < digits.length; s++) {
      var len = DIGIT[digits.charCodeAt(s)] - 1;
      if (len === 0) only = s;
      if (len > 0) count[len] = (count[len] || 0) + 1;
    }
    for (var l = 1; l < count.length; l++) {
      for (var t = 0; t < digits.length; t++) if (DIGIT[digits.charCodeAt(t)] - 1 === l) symbols.push(t);
    }
    return { count: count, symbols: symbols, only: only };
  });
  var out = new Uint16Array(n), bits = new Bits(a.codes, 0), table = tables[tables.length - 1];
  for (var d = 0; d < n; d++) {
    var symbol = table.only;
    for (var len = 1, code = 0, first = 0, index = 0; symbol < 0; len++) {
      if (len >= table.count.length) throw new Error("attrs.js: a code that is in no table");
      code |= bits.bit();
      var c = table.count[len] || 0;
      if (code - first < c) symbol = table.symbols[index + code - first];
      index += c; first = (first + c) * 2; code *= 2;
    }
    out[d] = symbol;
    table = tables[a.combos[symbol][0]];
  }
  return out;
}

function intersect(a, b) {  // ascending Int32Arrays
  var out = new Int32Array(Math.min(a.length, b.length)), n = 0, i = 0, j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { out[n++] = a[i]; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return out.subarray(0, n);
}
function join(lists) {  // lists of consecutive segments → one {docs, info}
  if (lists.length === 1) return lists[0];
  var n = 0, at = 0;
  lists.forEach(function (L) { n += L.docs.length; });
  var docs = new Int32Array(n), info = new Uint8Array(n);
  lists.forEach(function (L) { docs.set(L.docs, at); info.set(L.info, at); at += L.docs.length; });
  return { docs: docs, info: info };
}

function fnv1a(key) {
  var h = 0x811c9dc5;
  for (var k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193) >>> 0;
  return h;
}

/* Dense text (codec.dense_encode) → its bytes: 13 bits a pair of characters, 6 a lone last one; the
 * padding is under 8 bits. */
function bytesOf(text) {
  var n = text.length, bits = (n >> 1) * 13 + (n & 1) * 6, out = new Uint8Array(bits >> 3);
  var acc = 0, have = 0, o = 0;
  for (var k = 0; k < n && o < out.length; k += 2) {
    if (k + 1 < n) { acc = (acc << 13) | (DENSE[text.charCodeAt(k)] * 93 + DENSE[text.charCodeAt(k + 1)]); have += 13; }
    else { acc = (acc << 6) | DENSE[text.charCodeAt(k)]; have += 6; }
    while (have >= 8 && o < out.length) { have -= 8; out[o++] = (acc >> have) & 255; }
    acc &= (1 << have) - 1;
  }
  return out;
}

/* The fold table (layout.write_fold): UTF-16 code unit → its folded unit, from fold.js's
 * [gaps, shifts] (both VLQ lists; a unit not listed folds to itself). */
function foldTable(data) {
  var table = new Uint16Array(65536);
  for (var c = 0; c < 65536; c++) table[c] = c;
  var gaps = vlqList(data[0], 0, data[0].length, []), shifts = vlqList(data[1], 0, data[1].length, []);
  for (var k = 0, code = -1; k < gaps.length; k++) {
    code += gaps[k] + 1;
    table[code] = code + (shifts[k] & 1 ? -(shifts[k] + 1) / 2 : shifts[k] / 2);
  }
  return table;
}

/* The records encoding (layout.Dictionary): a byte below 0x80 is ASCII; a GB2312 lead byte (A1–A9,
 * B0–F7, layout.GB_LEADS) starts a GB18030 character of two bytes; any other high byte is one of the
 * dictionary's single-byte characters, the nth such byte (layout.SINGLES) the nth of `singles`. */
var GB_ROW = new Int16Array(256).fill(-1), SINGLE = new Int16Array(256).fill(-1);
(function () {
  for (var b = 0x80, row = 0, single = 0; b < 256; b++) {
    if ((b >= 0xA1 && b <= 0xA9) || (b >= 0xB0 && b <= 0xF7)) GB_ROW[b] = row++;
    else SINGLE[b] = single++;
  }
}());
var gbPairs = null;  // the characters of GB2312's rows as this browser's GB18030 decoder reads them, 94 a row
function gbTable(decoder) {
  if (!gbPairs) {
    var bytes = new Uint8Array(81 * 94 * 2), o = 0;
    for (var b = 0x80; b < 256; b++) {
      if (GB_ROW[b] < 0) continue;
      for (var t = 0xA1; t < 0xFF; t++) { bytes[o++] = b; bytes[o++] = t; }
    }
    var text = decoder.decode(bytes);
    if (text.length !== 81 * 94) throw new Error("GB18030 decoder reads GB2312 unexpectedly");
    gbPairs = text;
  }
  return gbPairs;
}

/* Records bytes (layout.Dictionary.encode) → text. */
function recordsText(bytes, singles, decoder) {
  var pairs = gbTable(decoder), units = new Uint16Array(bytes.length), n = 0;
  for (var k = 0; k < bytes.length; k++) {
    var b = bytes[k];
    if (b < 0x80) units[n++] = b;
    else if (GB_ROW[b] >= 0) units[n++] = pairs.charCodeAt(GB_ROW[b] * 94 + bytes[++k] - 0xA1);
    else units[n++] = singles.charCodeAt(SINGLE[b]);
  }
  var out = "";
  for (var at = 0; at < n; at += 8192) out += String.fromCharCode.apply(null, units.subarray(at, Math.min(n, at + 8192)));
  return out;
}

/* A records file: JSON in the records encoding (recordsText) deflated after the records dictionary,
 * as dense text (layout.packed).  The dictionary's prefix and the file make one raw deflate stream,
 * whose first `size` bytes are the dictionary itself.  dict: {size, prefix: bytes, singles}.
 * → Promise of the file's records (arrays, see recordOf). */
function inflateRecords(dict, dense) {
  var inflate, decoder;
  try {  // absent, or no "deflate-raw" / "gb18030"
    inflate = new DecompressionStream("deflate-raw");
    decoder = new TextDecoder("gb18030");
  } catch (error) { inflate = null; }
  if (!inflate) return Promise.reject(new Error("这个浏览器太旧，不能解压搜索结果（需要 2023 年以后的版本）"));
  var stream = new Blob([dict.prefix, bytesOf(dense)]).stream().pipeThrough(inflate);
  return new Response(stream).arrayBuffer().then(function (buffer) {
    return JSON.parse(recordsText(new Uint8Array(buffer, dict.size), dict.singles, decoder));
  });
}

/* ASCII text raw-deflated as dense text (layout.deflated) → Promise of the text. */
function inflateText(dense) {
  var inflate;
  try { inflate = new DecompressionStream("deflate-raw"); } catch (error) { inflate = null; }
  if (!inflate) return Promise.reject(new Error("这个浏览器太旧，不能解压搜索结果（需要 2023 年以后的版本）"));
  return new Response(new Blob([bytesOf(dense)]).stream().pipeThrough(inflate)).text();
}

/* A display record (records.record: an array) as an object, for doc. */
function recordOf(r, doc) {
  return { doc: doc, url: r[0], title: r[1], kicker: r[2], subtitle: r[3], paper: r[4], date: r[5],
           page: r[6], pageName: r[7], column: r[8], kind: r[9], people: r[10], places: r[11], tags: r[12],
           body: r[13] };
}

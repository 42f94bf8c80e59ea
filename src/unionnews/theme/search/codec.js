/* Part of search.js (unionnews.theme.script joins the parts): decoding the index's data (search/codec.py,
 * layout.py): posting lists, the fold table, records files.  Plain functions of their input, with no
 * page and no loading, so node --test runs them. */

// ------------------------------------------------------------ decoding (see codec.py)
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var DIGIT = new Int8Array(128).fill(-1);
for (var i = 0; i < 64; i++) DIGIT[B64.charCodeAt(i)] = i;

function vlqList(text, from, to, out) {  // every VLQ value in text[from, to)
  var value = 0, shift = 1;
  for (var k = from; k < to; k++) {
    var d = DIGIT[text.charCodeAt(k)];
    value += (d & 31) * shift;
    if (d & 32) shift *= 32; else { out.push(value); value = 0; shift = 1; }
  }
  return out;
}

function gapsToDocs(values, start) {
  var docs = new Int32Array(values.length), doc = start - 1;
  for (var k = 0; k < values.length; k++) { doc += values[k] + 1; docs[k] = doc; }
  return docs;
}

/* An entry of a list over docs start … start + count − 1 → {docs: ascending Int32Array of
 * global doc ids, info: Uint8Array of zone << 4 | count} */
function decode(text, start, count) {
  if (!text) return { docs: new Int32Array(0), info: new Uint8Array(0) };
  var cut = text.indexOf("~"), end = cut < 0 ? text.length : cut, mode = text.charAt(0), docs;
  if (mode === "b") {
    var list = [];
    for (var k = 1; k < end; k++) {
      var d = DIGIT[text.charCodeAt(k)];
      for (var bit = 0; d; bit++, d >>= 1) if (d & 1) list.push(start + (k - 1) * 6 + bit);
    }
    docs = Int32Array.from(list);
  } else if (mode === "c") {
    var missing = gapsToDocs(vlqList(text, 1, end, []), 0), out = new Int32Array(count - missing.length);
    for (var doc = 0, j = 0, n = 0; doc < count; doc++) {
      if (j < missing.length && missing[j] === doc) j++; else out[n++] = start + doc;
    }
    docs = out;
  } else {
    docs = gapsToDocs(vlqList(text, 1, end, []), start);
  }
  var info = new Uint8Array(docs.length).fill(1);
  if (cut >= 0) {
    var kind = text.charAt(cut + 1);
    if (kind === "d") {
      for (var q = 0; q < docs.length; q++) info[q] = DIGIT[text.charCodeAt(cut + 2 + q)];
    } else {
      for (var p = cut + 2, index = -1; p < text.length;) {
        var value = 0, shift = 1, digit;
        do { digit = DIGIT[text.charCodeAt(p++)]; value += (digit & 31) * shift; shift *= 32; } while (digit & 32);
        index += value + 1;
        info[index] = DIGIT[text.charCodeAt(p++)];
      }
    }
  }
  return { docs: docs, info: info };
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

function bytesOf(base64) { return Uint8Array.from(atob(base64), function (c) { return c.charCodeAt(0); }); }

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

/* A records file: JSON in GB18030 (layout.RECORDS_ENCODING) deflated after the records dictionary,
 * in base 64 (layout.packed).  The dictionary's prefix and the file make one raw deflate stream,
 * whose first `size` bytes are the dictionary itself.  dict: {size, prefix: bytes}.
 * → Promise of the file's records (arrays, see recordOf). */
function inflateRecords(dict, base64) {
  var inflate, text;
  try {  // absent, or no "deflate-raw" / "gb18030"
    inflate = new DecompressionStream("deflate-raw");
    text = new TextDecoder("gb18030");
  } catch (error) { inflate = null; }
  if (!inflate) return Promise.reject(new Error("这个浏览器太旧，不能解压搜索结果（需要 2023 年以后的版本）"));
  var stream = new Blob([dict.prefix, bytesOf(base64)]).stream().pipeThrough(inflate);
  return new Response(stream).arrayBuffer().then(function (buffer) {
    return JSON.parse(text.decode(new Uint8Array(buffer, dict.size)));
  });
}

/* A display record (records.record: an array) as an object, for doc. */
function recordOf(r, doc) {
  return { doc: doc, url: r[0], title: r[1], kicker: r[2], subtitle: r[3], paper: r[4], date: r[5],
           page: r[6], pageName: r[7], column: r[8], kind: r[9], people: r[10], places: r[11], tags: r[12],
           body: r[13] };
}

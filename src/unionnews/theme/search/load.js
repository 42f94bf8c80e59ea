/* Part of search.js (unionnews.theme.script joins the parts): loading the index's files (classic scripts
 * calling unionnewsSearch.part) and finding a key's entry (layout.py: shards, packs, big files, records). */

// ------------------------------------------------------------ loading parts
var parts = Object.create(null), waiting = Object.create(null);
S.loaded = [];  // part names in load order (the benchmark reads this)
S.falsePositives = 0;  // candidates of long queries that verification threw out
S.part = function (name, data) {
  parts[name] = data;
  var list = waiting[name];
  delete waiting[name];
  if (list) list.forEach(function (w) { w.ok(data); });
};

function load(name) {
  if (name in parts) return Promise.resolve(parts[name]);
  return new Promise(function (ok, fail) {
    if (waiting[name]) { waiting[name].push({ ok: ok, fail: fail }); return; }
    waiting[name] = [{ ok: ok, fail: fail }];
    S.loaded.push(name);
    var tag = document.createElement("script");
    tag.src = partUrl(name);
    tag.async = true;
    tag.onerror = function () {
      var list = waiting[name] || [];
      delete waiting[name];
      list.forEach(function (w) { w.fail(new Error("could not load search/" + name + ".js")); });
    };
    document.head.appendChild(tag);
  });
}

function partUrl(name) { return ROOT + "search/" + name + ".js"; }

var manifestPromise = null;
function manifest() {
  if (!manifestPromise) {
    manifestPromise = Promise.all([load("manifest"), load("fold")]).then(function (got) {
      var m = got[0];
      m.foldTable = foldTable(got[1]);
      m.phraseAt = Object.create(null);  // phrase → its place in m.phrases (segment[3]: how many it knows)
      m.phrases.forEach(function (p, k) { m.phraseAt[p] = k; });
      return m;
    });
    manifestPromise.catch(function () { manifestPromise = null; });
  }
  return manifestPromise;
}

function bigName(m, seg, key) {  // layout.big_name
  var out = seg[0] + "/g/" + (fnv1a(key) % m.bigFolders) + "/";
  for (var k = 0; k < key.length; k++) out += ("000" + key.charCodeAt(k).toString(16)).slice(-4);
  return out;
}

/* The entry stored under key in one segment [start, count, shards, phrases, packs] ("" when there
 * is none): in its shard, or the shard holds "!" (a file of its own), "#c" (in a pack of size
 * class c, layout.big_place), or a marker (layout.same_as, marker_text): "<" / ">" for the same
 * entry as key without its last / first unit, as often as the way goes, then that key's "!" or "#c". */
function segmentEntry(m, seg, key) {
  return load(seg[0] + "/s/" + (fnv1a(key) % seg[2])).then(function (data) {
    var value = Object.prototype.hasOwnProperty.call(data, key) ? data[key] : "", at = 0;
    while (value.charAt(at) === "<" || value.charAt(at) === ">") {
      key = value.charAt(at) === "<" ? key.slice(0, -1) : key.slice(1);
      at++;
    }
    if (at) value = value.slice(at);
    if (value === "!") return load(bigName(m, seg, key));
    if (value.charAt(0) !== "#") return value;
    var size = +value.slice(1);
    return load(seg[0] + "/p/" + size + "/" + (fnv1a(key) % seg[4])).then(function (pack) { return pack[key]; });
  });
}

/* The list of key over the whole index: each segment's piece, decoded, joined in doc order. */
function entry(m, key) {
  return Promise.all(m.segments.map(function (seg) {
    return segmentEntry(m, seg, key).then(function (text) { return decode(text, seg[0], seg[1]); });
  })).then(join);
}

/* The records part holding doc's display record (layout.records_file, records_name), and the
 * record's place in it: records file f holds docs f·n … f·n + n − 1, n = m.recordsPerFile.
 * The one place that maps an article to its records file. */
function recordsPart(m, doc) {
  var file = Math.floor(doc / m.recordsPerFile);
  return { name: "r/" + Math.floor(file / 1000) + "/" + file, index: doc % m.recordsPerFile };
}
S.recordsPart = recordsPart;

/* The records dictionary (layout.Dictionary): [size in bytes, deflated prefix as dense text, single-byte characters]. */
var dictionaryPromise = null;
function dictionary() {
  if (!dictionaryPromise) {
    dictionaryPromise = load("d").then(function (d) { return { size: d[0], prefix: bytesOf(d[1]), singles: d[2] }; });
    dictionaryPromise.catch(function () { dictionaryPromise = null; });
  }
  return dictionaryPromise;
}


/* A records file, loaded and inflated (inflateRecords) once. */
var inflated = Object.create(null);
function recordsFile(name) {
  if (!inflated[name]) {
    inflated[name] = Promise.all([load(name), dictionary()]).then(function (got) {
      return inflateRecords(got[1], got[0]);
    });
    inflated[name].catch(function () { delete inflated[name]; });
  }
  return inflated[name];
}

function records(m, docs) {
  return Promise.all(Array.prototype.map.call(docs, function (d) {
    return recordsFile(recordsPart(m, d).name);
  })).then(function (files) {
    return files.map(function (file, k) {
      return recordOf(file[recordsPart(m, docs[k]).index], docs[k]);
    });
  });
}
S.records = records;

var attrsPromise = null;
function attrs(m) {  // paper and kind of every doc: {papers, kinds, combos, combo: Uint16Array}
  if (!attrsPromise) {
    attrsPromise = load("attrs").then(function (a) {
      a.combo = attrCodes(a, m.docs);
      return a;
    });
    attrsPromise.catch(function () { attrsPromise = null; });
  }
  return attrsPromise;
}

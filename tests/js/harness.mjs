// Runs the shipped static/search.js under Node, without a browser, for node --test.
//
// tests/test_search_js.py writes the fixtures (search.js as the build joins it, entries and a small
// built site from the Python encoder, the answers brute force gives) into a folder and runs
// `node --test` with UNIONNEWS_JS_FIXTURES naming it.  The script is evaluated as a browser would
// evaluate it, with a stand-in for the few page APIs it touches; its index parts are "loaded" from the
// site's search/ folder when search.js adds their <script> tag, so the real loading code runs too.
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";

export const FIXTURES = process.env.UNIONNEWS_JS_FIXTURES;
if (!FIXTURES) throw new Error("UNIONNEWS_JS_FIXTURES is not set: run these through tests/test_search_js.py");

export function fixture(name) {
  return JSON.parse(readFileSync(path.join(FIXTURES, name), "utf8"));
}

// Names inside search.js's function that the unit tests call directly.
const INTERNALS = ["decode", "vlqList", "attrCodes", "intersect", "join", "fnv1a", "bigName", "foldTable",
  "inflateRecords", "recordsText", "recordOf", "bytesOf", "fold", "trigrams", "exactInfo", "zonesOf", "verify", "idf", "order",
  "matches", "recordsPart", "dateRange", "keptBy", "stateUrl", "readState",
  "HEAD", "META", "BODY", "CAP", "CHEAP", "LISTED", "FILTERS", "KIND_LABELS"];

/* A fresh copy of search.js, as if on the page <site>/search.html (site: a built site folder, or null
 * for none: then nothing can load).  → {S: window.unionnewsSearch, I: the internals, loads: names loaded}. */
export function loadSearch(site = null, { search = "" } = {}) {
  const source = readFileSync(path.join(FIXTURES, "search.js"), "utf8");
  const closing = /\}\)\(\);\s*$/;
  if (!closing.test(source)) throw new Error("search.js does not end with its function's call: the harness cannot reach it");
  // a name search.js no longer has is a ReferenceError here, so this list cannot go stale unnoticed
  const expose = "S.__internals = {" + INTERNALS.map((n) => `${n}: ${n}`).join(", ") + "};\n";
  const window = {};
  const loads = [];
  const document = {
    currentScript: null,  // search.js then finds the site's files under "" (relative), as the tag src below
    readyState: "complete",
    addEventListener() {},
    getElementById() { return null; },  // no search page: the script sets up no App
    createElement(tag) { return { tag }; },
    head: {
      appendChild(tag) {  // an index part's <script>: run it (soon, as a browser would), or fail it
        loads.push(tag.src);
        setImmediate(() => {
          const file = site && path.join(site, tag.src);
          if (!file || !existsSync(file)) { tag.onerror(); return; }
          new Function("unionnewsSearch", readFileSync(file, "utf8"))(window.unionnewsSearch);
        });
      },
    },
  };
  const location = new URL("file:///site/search.html" + search);
  const run = new Function("window", "document", "location", "history", "localStorage", "navigator", "performance",
    source.replace(closing, expose + "})();\n"));
  run(window, document, location, {}, undefined, { onLine: true }, performance);
  const S = window.unionnewsSearch;
  return { S, I: S.__internals, loads };
}

/* Typed arrays and the like as plain arrays, for deepStrictEqual. */
export function plain(list) {
  return Array.from(list);
}

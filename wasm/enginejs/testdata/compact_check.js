// compact_check.js compares whosaid.extract (the compact form decoded by
// web/engine.js) with JSON.parse(whosaid.extractJSON(...)) under node. Used
// by TestExtractEqualsJSONParse (register_js_test.go), which has registered
// engine.wasm's functions on the global whosaid object in its own process.
"use strict";
const util = require("util");

// check compares, for every text, whosaid.extract(text) with
// JSON.parse(jsons[i]) and whosaid.extractJSON(text) with jsons[i], where
// jsons[i] is what Go's annot encoder wrote for the same text. It returns a
// description of every difference: other keys, another key order, other
// values (confidences bit for bit, nulls, empty arrays), other bytes.
function check(whosaid, texts, jsons) {
  const problems = [];
  texts.forEach(function (text, i) {
    let got;
    try {
      got = whosaid.extract(text);
    } catch (err) {
      got = "threw " + err.message;
    }
    const want = JSON.parse(jsons[i]);
    if (JSON.stringify(got) !== JSON.stringify(want) || !util.isDeepStrictEqual(got, want) || !sameConfidences(got, want)) {
      problems.push("extract, text " + i + " " + JSON.stringify(text).slice(0, 200) + ":\n got " +
        JSON.stringify(got).slice(0, 600) + "\nwant " + JSON.stringify(want).slice(0, 600));
    }
    const json = whosaid.extractJSON(text);
    if (json !== jsons[i]) {
      problems.push("extractJSON, text " + i + " " + JSON.stringify(text).slice(0, 200) + ":\n got " +
        String(json).slice(0, 600) + "\nwant " + jsons[i].slice(0, 600));
    }
  });
  return problems;
}

function sameConfidences(a, b) {
  if (typeof a !== "object") {
    return true;
  }
  const all = function (d) {
    return d.quotes.map((q) => q.confidence).concat(d.claims.map((c) => c.confidence));
  };
  const x = all(a), y = all(b);
  return x.length === y.length && x.every((v, i) => Object.is(v, y[i]));
}

// randomTexts builds n texts from a seeded generator: news-like sentences
// with quotes and speakers, and every awkward character: emoji, lone
// surrogates, CRLF, NBSP, U+2028, combining marks, markup.
function randomTexts(seed, n) {
  let s = seed >>> 0;
  const rnd = function (k) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % k);
  };
  const pick = (xs) => xs[rnd(xs.length)];
  const names = ["Ana Ruiz", "Zoë Ångström", "Tom Baker", "the minister", "Dr. Kwame Mensah", "the Harbour Authority",
    "Li\uD83DWei", "Mayor Ruiz", "She", "\uDE00Maria Lind", "the European Union", "NATO", "Ruiz"];
  const cues = ["said", "told reporters", "warned", "claimed", "added", "according to", "insisted"];
  const words = ["prices", "would", "fall", "the", "bridge", "is", "safe", "😀", "🚀", "café", "e\u0301", "<b>",
    "&amp;", "&", "2026", "\uD800", "\uDFFF", "naïve", "x\u00A0y", "—", "…"];
  const seps = [" ", " ", " ", "\u00A0", "\r\n", "\n\n", "\t", "\u2028", "\r\n\r\n", "  "];
  const quote = function () {
    const [o, c] = pick([["\"", "\""], ["“", "”"], ["«", "»"], ["'", "'"], ["„", "“"]]);
    let q = "";
    for (let k = rnd(8) + 1; k > 0; k--) {
      q += pick(words) + pick(seps);
    }
    return o + q.trim() + pick([".", ",", "", "!"]) + c;
  };
  const out = [];
  for (let i = 0; i < n; i++) {
    let t = rnd(3) === 0 ? pick(["Headline " + pick(words), "", "\uD83D"]) + "\n\n" : "";
    for (let k = rnd(12); k > 0; k--) {
      switch (rnd(5)) {
        case 0: t += quote() + " " + pick(cues) + " " + pick(names) + "."; break;
        case 1: t += pick(names) + " " + pick(cues) + ": " + quote(); break;
        case 2: t += pick(names) + " " + pick(cues) + " that " + pick(words) + " " + pick(words) + "."; break;
        case 3: t += pick(words); break;
        default: t += pick(names) + ", " + pick(["a spokeswoman for", "the head of"]) + " " + pick(names) + ", " + pick(cues) + " " + quote();
      }
      t += pick(seps);
    }
    out.push(t);
  }
  return out;
}

module.exports = { check: check, randomTexts: randomTexts };

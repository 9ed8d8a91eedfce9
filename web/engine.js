// engine.js loads engine.wasm, the whosaid extraction engine, and completes
// the global `whosaid` object. It works in a page (<script>), in a worker
// (importScripts) and in node (require). Load wasm_exec.js, the Go runtime
// support of the Go release that built engine.wasm, first.
//
//   const whosaid = await whosaidEngine.load("/web/engine.wasm"); // URL, bytes or WebAssembly.Module
//   const doc = whosaid.extract(text, { language: "en" });        // throws an Error on bad input
//   whosaid.version                                                // engine version, e.g. "0.1.0"
//
// See wasm/README.md for the whole interface.
(function (root) {
  "use strict";

  let loading = null;

  // load instantiates engine.wasm once and resolves to the whosaid object.
  // A failed load can be retried.
  function load(source) {
    if (!loading) {
      loading = start(source);
      loading.catch(function () {
        loading = null;
      });
    }
    return loading;
  }

  async function instantiate(source, imports) {
    if (typeof source === "string" || (typeof URL !== "undefined" && source instanceof URL)) {
      const response = await fetch(source);
      if (!response.ok) {
        throw new Error("whosaid: fetching " + source + " failed: HTTP " + response.status);
      }
      const type = response.headers.get("Content-Type") || "";
      if (WebAssembly.instantiateStreaming && type.split(";")[0].trim() === "application/wasm") {
        return (await WebAssembly.instantiateStreaming(response, imports)).instance;
      }
      // A host that does not send application/wasm: compile from bytes.
      return (await WebAssembly.instantiate(await response.arrayBuffer(), imports)).instance;
    }
    const result = await WebAssembly.instantiate(source, imports);
    return result instanceof WebAssembly.Instance ? result : result.instance;
  }

  async function start(source) {
    if (typeof root.Go !== "function") {
      throw new Error("whosaid: load wasm_exec.js before engine.js");
    }
    const go = new root.Go();
    let exitCode = 0;
    const exit = go.exit;
    go.exit = function (code) {
      exitCode = code;
      exit.call(go, code);
    };
    const instance = await instantiate(source, go.importObject);
    const whosaid = root.whosaid || (root.whosaid = {});
    const ready = new Promise(function (resolve) {
      whosaid._onready = resolve;
    });
    const exited = go.run(instance).then(function () {
      throw new Error("whosaid: engine.wasm stopped (exit code " + exitCode + ")");
    });
    await Promise.race([ready, exited]);
    exited.catch(function () {}); // later calls report "Go program has already exited"
    delete whosaid._onready;

    install(whosaid);
    return whosaid;
  }

  // install completes whosaid, an object with engine.wasm's extractCompact,
  // with extract, extractJSON and decodeCompact; load calls it.
  function install(whosaid) {
    // extract returns the export document of text as an object, or throws:
    // the object JSON.parse(whosaid.extractJSON(text, options)) gives, built
    // from the compact form, whose spans' texts are slices of text.
    whosaid.extract = function (text, options) {
      const withText = typeof text === "string" && !wellFormed(text);
      const out = whosaid.extractCompact(text, options, withText);
      if (!(out instanceof Uint8Array)) {
        throw out;
      }
      return decodeCompact(out, text);
    };
    // extractJSON returns the same document as one line of JSON, byte for
    // byte what Go's annot.Encode writes for it (the e2e tests compare
    // them), or returns (never throws) the Error extract throws.
    whosaid.extractJSON = function (text, options) {
      let doc;
      try {
        doc = whosaid.extract(text, options);
      } catch (err) {
        return err instanceof Error ? err : new Error(String(err));
      }
      return toJSON(doc);
    };
    whosaid.decodeCompact = decodeCompact;
    return whosaid;
  }

  // toJSON writes doc as Go's annot.Encode does. JSON.stringify already
  // writes the same keys in the same order, the same escapes (\b \t \n
  // \f \r, \u00xx for the other control characters, none for < > &) and
  // the same numbers (Go's encoder follows ECMAScript's number to string
  // conversion); Go also escapes U+2028 and U+2029. The document's strings
  // never hold a lone surrogate (see wellFormed).
  function toJSON(doc) {
    const s = JSON.stringify(doc);
    return /[\u2028\u2029]/.test(s) ? s.replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029") : s;
  }

  // wellFormed reports whether text has no lone surrogate: Go reads a lone
  // surrogate as U+FFFD, so the engine's document text is then not text.
  function wellFormed(text) {
    return typeof text.isWellFormed === "function" ? text.isWellFormed() : !/\p{Cs}/u.test(text);
  }

  // The compact form of the export document; engine/annot/compact.go has
  // the layout and the Go side of every constant.
  const MAGIC = 0x31435357;
  const NONE = 0xffffffff;
  const HEADER = 21;
  const FLAG_TEXT = 1;
  const FLAG_TITLE = 2;
  const H = {
    flags: 1, version: 2, strings: 3, tableBytes: 4, tableUnits: 5, textBytes: 6, textUnits: 7,
    actors: 8, names: 9, mentions: 10, quotes: 11, claims: 12, spans: 13,
    format: 14, genName: 15, genVersion: 16, id: 17, title: 18, language: 19,
  };
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  let utf8 = null;

  // decodeCompact turns the compact form of an export document (what
  // whosaid.extractCompact returns, or the worker's compact answer) into
  // the document object, exactly as JSON.parse of the JSON form: the same
  // keys in the same order, the same values. text is the text extracted;
  // when the data carries the document text (withText), text is ignored.
  // It throws an Error for data that is not a compact document.
  function decodeCompact(bytes, text) {
    if (!(bytes instanceof Uint8Array)) {
      throw new Error("whosaid.decodeCompact: not a Uint8Array");
    }
    if (bytes.byteOffset % 8 !== 0) {
      bytes = bytes.slice();
    }
    const n = bytes.length;
    const bad = function (what) {
      return new Error("whosaid.decodeCompact: " + what);
    };
    if (n < 4 * HEADER) {
      throw bad("too short");
    }
    const words = Math.floor(n / 4);
    let w;
    if (littleEndian) {
      w = new Uint32Array(bytes.buffer, bytes.byteOffset, words);
    } else {
      const view = new DataView(bytes.buffer, bytes.byteOffset, n);
      w = new Uint32Array(words);
      for (let i = 0; i < words; i++) {
        w[i] = view.getUint32(4 * i, true);
      }
    }
    if (w[0] !== MAGIC) {
      throw bad("not a compact document");
    }
    const flags = w[H.flags];
    const nActors = w[H.actors], nNames = w[H.names], nMentions = w[H.mentions];
    const nQuotes = w[H.quotes], nClaims = w[H.claims], nSpans = w[H.spans], nStrings = w[H.strings];
    const nWords = HEADER + 8 * nActors + nNames + 8 * nMentions + 12 * nQuotes + 15 * nClaims + 5 * nSpans;
    const floatsAt = 4 * (nWords + (nWords & 1));
    const stringsAt = floatsAt + 8 * (nQuotes + nClaims);
    const tableAt = stringsAt + 8 * nStrings;
    const tableEnd = tableAt + w[H.tableBytes];
    const end = tableEnd + (flags & FLAG_TEXT ? w[H.textBytes] : 0);
    if (end !== n) {
      throw bad("wrong length");
    }
    if (!utf8) {
      utf8 = new TextDecoder();
    }
    let conf;
    if (littleEndian) {
      conf = new Float64Array(bytes.buffer, bytes.byteOffset + floatsAt, nQuotes + nClaims);
    } else {
      const view = new DataView(bytes.buffer, bytes.byteOffset, n);
      conf = new Float64Array(nQuotes + nClaims);
      for (let i = 0; i < conf.length; i++) {
        conf[i] = view.getFloat64(floatsAt + 8 * i, true);
      }
    }
    const table = utf8.decode(bytes.subarray(tableAt, tableEnd));
    if (table.length !== w[H.tableUnits]) {
      throw bad("bad string table");
    }
    const strs = new Array(nStrings);
    for (let i = 0, prev = 0, at = stringsAt / 4 + 1; i < nStrings; i++, at += 2) {
      strs[i] = table.slice(prev, w[at]);
      prev = w[at];
    }
    const docText = flags & FLAG_TEXT ? utf8.decode(bytes.subarray(tableEnd, end)) : text;
    if (typeof docText !== "string" || docText.length !== w[H.textUnits]) {
      throw bad("the text is not the document's");
    }
    const str = function (i) {
      if (i >= nStrings) {
        throw bad("bad string index");
      }
      return strs[i];
    };
    const opt = function (i) {
      return i === NONE ? null : str(i);
    };
    // spanText is the text of the span whose five words start at p.
    const spanText = function (p) {
      return w[p + 4] === NONE ? docText.slice(w[p + 2], w[p + 3]) : str(w[p + 4]);
    };

    const document = { id: str(w[H.id]) };
    if (flags & FLAG_TITLE) {
      document.title = str(w[H.title]);
    }
    document.text = docText;
    document.language = str(w[H.language]);

    let p = HEADER;
    let names = HEADER + 8 * nActors;
    let mp = names + nNames;
    const actors = new Array(nActors);
    for (let i = 0; i < nActors; i++, p += 8) {
      const nr = w[p + 3] === NONE ? 0 : w[p + 3];
      const na = w[p + 4] === NONE ? 0 : w[p + 4];
      const nm = w[p + 5] === NONE ? 0 : w[p + 5];
      const roles = new Array(nr);
      for (let j = 0; j < nr; j++) {
        roles[j] = str(w[names++]);
      }
      const aliases = new Array(na);
      for (let j = 0; j < na; j++) {
        aliases[j] = str(w[names++]);
      }
      const mentions = new Array(nm);
      for (let j = 0; j < nm; j++, mp += 8) {
        mentions[j] = {
          start: w[mp], end: w[mp + 1], text: spanText(mp),
          kind: str(w[mp + 5]), rule: str(w[mp + 6]), origin: str(w[mp + 7]),
        };
      }
      actors[i] = {
        id: str(w[p]), name: str(w[p + 1]), type: str(w[p + 2]),
        roles: roles, aliases: aliases, mentions: mentions,
        rule: str(w[p + 6]), origin: str(w[p + 7]),
      };
    }
    if (names !== HEADER + 8 * nActors + nNames || mp !== names + 8 * nMentions) {
      throw bad("bad actors");
    }
    p = mp;
    const spansAt = p + 12 * nQuotes + 15 * nClaims;
    const span = function (i) {
      if (i === NONE) {
        return null;
      }
      if (i >= nSpans) {
        throw bad("bad span index");
      }
      const s = spansAt + 5 * i;
      return { start: w[s], end: w[s + 1], text: spanText(s) };
    };
    const quotes = new Array(nQuotes);
    for (let i = 0; i < nQuotes; i++, p += 12) {
      quotes[i] = {
        id: str(w[p]), start: w[p + 1], end: w[p + 2], text: spanText(p + 1),
        kind: str(w[p + 6]), speaker: opt(w[p + 7]), source: span(w[p + 8]), cue: span(w[p + 9]),
        confidence: conf[i], rule: str(w[p + 10]), origin: str(w[p + 11]),
      };
    }
    const claims = new Array(nClaims);
    for (let i = 0; i < nClaims; i++, p += 15) {
      claims[i] = {
        id: str(w[p]), start: w[p + 1], end: w[p + 2], text: spanText(p + 1),
        kind: str(w[p + 6]), claimant: opt(w[p + 7]), source: span(w[p + 8]), cue: span(w[p + 9]),
        addressee: span(w[p + 10]), content: span(w[p + 11]), quote: opt(w[p + 12]),
        confidence: conf[nQuotes + i], rule: str(w[p + 13]), origin: str(w[p + 14]),
      };
    }
    return {
      format: str(w[H.format]),
      version: w[H.version] | 0,
      generator: { name: str(w[H.genName]), version: str(w[H.genVersion]) },
      document: document,
      actors: actors,
      quotes: quotes,
      claims: claims,
    };
  }

  const api = { load: load, install: install, decodeCompact: decodeCompact };
  root.whosaidEngine = api;
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  }
})(typeof globalThis !== "undefined" ? globalThis : self);

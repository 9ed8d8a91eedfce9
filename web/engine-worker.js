// engine-worker.js runs the whosaid engine (engine.wasm) in a Web Worker, so
// a long extraction never freezes the page.
//
// Request:  {module}  once, first, when the worker's name is
//                    "whosaid-engine-module" (see givenModule)
//           {id, text, options}              options as for whosaid.extract
//           {id, text, options, format: "json"}
//           {id, text, options, format: "compact", withText}
// Answer:   {id, doc}    the export document (an object)
//           {id, json}   the same document as a JSON string (format "json")
//           {id, compact, engine}   the same document in annot's compact
//                        form (wasm/README.md), a transferred Uint8Array
//                        (format "compact"): whosaid.decodeCompact(compact,
//                        text) or Go's annot.DecodeCompact read it. It
//                        carries the document text only when withText is
//                        true or text has a lone surrogate (which the
//                        engine reads as U+FFFD). engine is [start, end] of
//                        the extraction and encoding, in ms since the epoch
//                        (timeOrigin + now), for profiling
//           {id, error}  a message, for bad input or a broken engine
// Once, unasked: {ready: true, version} when the engine is loaded, or
//                {fatal: message} when it cannot be loaded;
//                then {warmup: compact} after the warm-up's first call,
//                unless a real request came first: the document of the
//                warm-up's article in the compact form with its text, for
//                the page's own warm-up (the app's warmUp);
//                then {warm: true, calls, ms, byRequest} when the warm-up
//                is over (see warmUp and reportWarm).
"use strict";

// mark records a user-timing mark on the worker's timeline, which a
// Chrome trace shows next to the page's (e2e/profile_test.go).
function mark(name) {
  if (typeof performance !== "undefined" && performance.mark) {
    performance.mark(name);
  }
}

mark("worker:script");
importScripts("../wasm_exec.js", "engine.js");

const engineURL = new URL("engine.wasm", self.location.href).href;

// givenModule settles the engine when the worker was started with the
// name "whosaid-engine-module" (new Worker(url, {name})): the page compiles
// engine.wasm itself (a page's compilation is reused by later loads, a
// worker's was not: see wasm/README.md) and posts {module:
// WebAssembly.Module}, or {module: null} when it could not, and the worker
// then loads engine.wasm itself.
let givenModule = null;

const engine = self.name === "whosaid-engine-module"
  ? new Promise(function (resolve) {
      givenModule = resolve;
    }).then(function (module) {
      return whosaidEngine.load(module instanceof WebAssembly.Module ? module : engineURL);
    })
  : whosaidEngine.load(engineURL);

engine.then(
  function (whosaid) {
    mark("worker:ready");
    self.postMessage({ ready: true, version: whosaid.version });
    warmUp(whosaid);
  },
  function (err) {
    self.postMessage({ fatal: message(err) });
  }
);

// warmText is an invented article for the warm-up: quotes with speakers,
// reported speech and organisations, so the warm-up runs every stage.
const warmText =
  "Ferry strike halts island traffic\n\n" +
  "Dockworkers at Marlow Sound walked out on Monday, the Coastal Transport Union said. " +
  "“We have waited two years for a fair offer,” said Ada Brennan, the union's secretary. " +
  "The operator, Bluewater Lines, told reporters that talks would resume on Thursday. " +
  "Mayor Tobias Quint warned that the islands could run short of fuel within a week.\n\n" +
  "“Nobody wants the boats tied up,” Quint said. According to the harbour office, 40 sailings were cancelled. " +
  "Brennan accused the company of stalling and said the workers would not return until the offer improved.";

// warmArticles is warmText eight times (about 1,000 words), the text of
// the warm-up's calls after the first. A 5,000-word article runs the
// engine's per-document code (coreference, sorting, maps and the compact
// encoder) over far more items than warmText does: warmed on warmText
// alone, V8 was still optimising engine.wasm's functions for the user's
// first article while the page showed it, and its compiler threads took
// the two cores from the page (TestProfileAnnotate5000 with
// E2E_WAIT_WARM=1: 190-370 ms of optimising between the paste and the
// complete view, 150-280 ms with the warm-up on this text, 100-130 ms
// with the page's own warm-up too).
const warmArticles = (warmText + "\n\n").repeat(8);

// warmUpMS bounds the warm-up. engine.wasm starts in V8's baseline
// compiler, parses its lexicons on the first call, and runs 10-20x slower
// until its hot functions are optimised; warming up while the user is still
// pasting makes the first real extraction run at full speed.
const warmUpMS = 3000;

// warmCalls is how many extractions the warm-up runs at most: warmText,
// then warmArticles. In Chromium 156 the first call took 0.7 s under load
// (the lexicons and V8's baseline code), which is why it is the short
// text: a real request waits for it. Later calls of warmText took 1-3 ms,
// and after 60 of them a 5,000-word article was within 1.5x of its
// fastest; warmArticles' take 5-15 ms, and 60 of them end within warmUpMS
// at low load (about 150 ms more of the worker's CPU than warmText's).
const warmCalls = 60;

// requests counts the real requests; the warm-up stops at the first one.
let requests = 0;

// warm is the warm-up's progress: its start (performance.now()), the calls
// it ran, and whether {warm} was posted.
const warm = { start: 0, calls: 0, reported: false };

// reportWarm posts {warm: true, calls, ms, byRequest} once: the warm-up ran
// calls extractions of warmText in the ms since it started, and byRequest
// tells whether a real request ended it.
function reportWarm(byRequest) {
  if (warm.reported) {
    return;
  }
  warm.reported = true;
  mark("worker:warm");
  self.postMessage({ warm: true, calls: warm.calls, ms: Math.round(performance.now() - warm.start), byRequest: byRequest });
}

// warmUp extracts warmText, then warmArticles, up to warmCalls times in
// all, one call per task, so a real request waits for one call at most,
// then reports the engine warm. The first call's document goes to the
// page ({warmup}). A real request ends it: that request warms the engine
// at least as much, and the engine is reported warm once it is answered.
function warmUp(whosaid) {
  warm.start = performance.now();
  const deadline = warm.start + warmUpMS;
  function step() {
    if (requests > 0) {
      return;
    }
    if (warm.calls >= warmCalls || performance.now() > deadline) {
      reportWarm(false);
      return;
    }
    if (warm.calls === 0) {
      firstWarmCall(whosaid);
    } else {
      warm.calls++;
      mark("warm:start");
      whosaid.extractCompact(warmArticles);
      mark("warm:end");
    }
    setTimeout(step, 0);
  }
  setTimeout(step, 0);
}

// firstWarmCall runs the warm-up's first call, on warmText, and posts its
// document to the page ({warmup}), once. (Running it before the first
// request when the warm-up had not run, so the page could warm its code
// while the engine worked, did not shorten TestUIRenderArticle5000Words
// beyond the noise and lengthened its longest stall: 269 -> 310 ms, 4
// each at load 5-6.)
function firstWarmCall(whosaid) {
  if (warm.calls > 0) {
    return;
  }
  warm.calls++;
  mark("warm:start");
  try {
    const out = whosaid.extractCompact(warmText, undefined, true);
    if (out instanceof Uint8Array) {
      self.postMessage({ warmup: out }, [out.buffer]);
    }
  } catch (err) {
    // the page's warm-up goes without; requests report their own errors
  }
  mark("warm:end");
}

// wellFormed reports whether text has no lone surrogate (see engine.js).
function wellFormed(text) {
  return typeof text.isWellFormed === "function" ? text.isWellFormed() : !/\p{Cs}/u.test(text);
}

function message(err) {
  return err && err.message ? String(err.message) : String(err);
}

self.addEventListener("message", async function (event) {
  const req = event.data || {};
  if ("module" in req && req.id === undefined) {
    if (givenModule) {
      givenModule(req.module);
      givenModule = null;
    }
    return;
  }
  const id = req.id;
  requests++;
  let whosaid;
  try {
    whosaid = await engine;
  } catch (err) {
    self.postMessage({ id: id, error: "the engine could not be loaded: " + message(err) });
    return;
  }
  try {
    if (req.format === "compact") {
      const start = performance.timeOrigin + performance.now();
      const text = req.text;
      const withText = req.withText === true || (typeof text === "string" && !wellFormed(text));
      const out = whosaid.extractCompact(text, req.options, withText);
      if (!(out instanceof Uint8Array)) {
        throw out;
      }
      const end = performance.timeOrigin + performance.now();
      self.postMessage({ id: id, compact: out, engine: [start, end] }, [out.buffer]);
    } else if (req.format === "json") {
      const out = whosaid.extractJSON(req.text, req.options);
      if (typeof out !== "string") {
        throw out;
      }
      self.postMessage({ id: id, json: out });
    } else {
      self.postMessage({ id: id, doc: whosaid.extract(req.text, req.options) });
    }
  } catch (err) {
    self.postMessage({ id: id, error: message(err) });
  }
  reportWarm(true);
});

// measure.js times one engine on one input in this node process and prints
// the figures as one JSON object on stdout. bench/run (make bench) starts it
// once per engine and input, so every peak-memory figure has a process of
// its own.
//
//   node --expose-gc measure.js ENGINE RUNS MIN_MS WARMUP_MS WARMUP_FILE FILE...
//
// ENGINE is whosaid-wasm, compromise or wink. Every FILE is one document; a
// pass reads each of them once, in order. A run repeats passes until at
// least MIN_MS milliseconds have gone by (at least one pass) and counts the
// time per pass. Before the runs, the engine reads WARMUP_FILE over and over
// for at least WARMUP_MS milliseconds, so that V8 has compiled the hot code
// (engine.wasm starts in V8's baseline compiler and is many times slower
// until its optimised code is ready); firstMs is the time of the very first
// call, cold.
//
// Memory: after loading and the warm-up, a full GC, then Linux's peak RSS
// is reset (echo 5 > /proc/self/clear_refs) and the current RSS taken as the
// baseline. peakRSS is VmHWM minus that baseline at the end: the most
// resident memory (JS heap, wasm linear memory, buffers) that the runs
// added at any moment.
//
// whosaid-wasm needs WHOSAID_WASM_EXEC (Go's wasm_exec.js), WHOSAID_ENGINE_JS
// (web/engine.js) and WHOSAID_ENGINE_WASM (web/engine.wasm) in the
// environment.
"use strict";

const fs = require("fs");

const engines = {
  // The whosaid engine as WebAssembly through its JavaScript API: extract
  // returns the export document (actors, quotes, claims with offsets) as an
  // object; that is extractCompact in Go plus engine.js's decoder.
  "whosaid-wasm": async () => {
    require(process.env.WHOSAID_WASM_EXEC);
    const engine = require(process.env.WHOSAID_ENGINE_JS);
    const whosaid = await engine.load(fs.readFileSync(process.env.WHOSAID_ENGINE_WASM));
    return {
      version: "whosaid " + whosaid.version,
      run: (text) => {
        const doc = whosaid.extract(text);
        return doc.actors.length + doc.quotes.length + doc.claims.length;
      },
    };
  },
  // compromise: parse, then the people, places, organizations and
  // quotations as arrays of strings (its cheapest output).
  compromise: async () => {
    const nlp = (await import("compromise")).default;
    return {
      version: "compromise " + nlp.version,
      run: (text) => {
        const doc = nlp(text);
        return (
          doc.people().out("array").length +
          doc.places().out("array").length +
          doc.organizations().out("array").length +
          doc.quotations().out("array").length
        );
      },
    };
  },
  // wink-nlp with wink-eng-lite-web-model: read the document, then its
  // named entities with their types.
  wink: async () => {
    const winkNLP = require("wink-nlp");
    const model = require("wink-eng-lite-web-model");
    const nlp = winkNLP(model);
    const its = nlp.its;
    const pkg = require("wink-nlp/package.json");
    const mpkg = require("wink-eng-lite-web-model/package.json");
    return {
      version: "wink-nlp " + pkg.version + " + wink-eng-lite-web-model " + mpkg.version,
      run: (text) => nlp.readDoc(text).entities().out(its.detail).length,
    };
  },
};

// procStatus returns VmRSS and VmHWM of this process in bytes.
function procStatus() {
  const out = {};
  for (const line of fs.readFileSync("/proc/self/status", "utf8").split("\n")) {
    const m = /^(VmRSS|VmHWM):\s+(\d+) kB/.exec(line);
    if (m) out[m[1]] = Number(m[2]) * 1024;
  }
  return out;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

async function main() {
  const [name, runsArg, minMsArg, warmupMsArg, warmupFile, ...files] = process.argv.slice(2);
  const make = engines[name];
  if (!make || files.length === 0) {
    throw new Error("usage: measure.js whosaid-wasm|compromise|wink RUNS MIN_MS WARMUP_MS WARMUP_FILE FILE...");
  }
  if (typeof gc !== "function") {
    throw new Error("run node with --expose-gc");
  }
  const runs = Number(runsArg);
  const minMs = Number(minMsArg);
  const texts = files.map((f) => fs.readFileSync(f, "utf8"));

  const t0 = performance.now();
  const engine = await make();
  const loadMs = performance.now() - t0;
  const warmText = fs.readFileSync(warmupFile, "utf8");
  const w0 = performance.now();
  let found = engine.run(warmText);
  const firstMs = performance.now() - w0;
  while (performance.now() - w0 < Number(warmupMsArg)) engine.run(warmText);

  gc();
  let peakReset = true;
  try {
    fs.writeFileSync("/proc/self/clear_refs", "5");
  } catch (e) {
    peakReset = false;
  }
  const base = procStatus();

  const passMs = [];
  const cpuMs = [];
  const passes = [];
  for (let r = 0; r < runs; r++) {
    gc();
    const c0 = process.cpuUsage();
    const start = performance.now();
    let n = 0;
    let elapsed = 0;
    do {
      found = 0;
      for (const t of texts) found += engine.run(t);
      n++;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    const c = process.cpuUsage(c0);
    passMs.push(elapsed / n);
    cpuMs.push((c.user + c.system) / 1000 / n);
    passes.push(n);
  }
  const end = procStatus();
  process.stdout.write(
    JSON.stringify({
      engine: name,
      version: engine.version,
      node: process.version,
      loadMs,
      firstMs,
      found,
      passes,
      passMs,
      cpuMs,
      medianMs: median(passMs),
      medianCpuMs: median(cpuMs),
      baseRSS: base.VmRSS,
      peakRSS: peakReset ? end.VmHWM - base.VmRSS : null,
    }) + "\n",
  );
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err && err.stack ? err.stack : err);
    process.exit(1);
  },
);

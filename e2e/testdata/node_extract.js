// node_extract.js loads engine.wasm in node the way any script would (Go's
// wasm_exec.js, then web/engine.js) and prints what whosaid.extract returns
// for each text. Used by TestNodeExtract.
//
//   node node_extract.js WASM_EXEC_JS ENGINE_JS ENGINE_WASM TEXTS_JSON
"use strict";
const fs = require("fs");
const [wasmExec, engineJS, engineWasm, textsFile] = process.argv.slice(2);
require(wasmExec);
const engine = require(engineJS);

(async () => {
  const t0 = performance.now();
  const whosaid = await engine.load(fs.readFileSync(engineWasm));
  const loadMs = performance.now() - t0;
  const cases = JSON.parse(fs.readFileSync(textsFile, "utf8"));
  const results = cases.map((c) => {
    try {
      return { doc: whosaid.extract(c.text, c.options) };
    } catch (err) {
      return { error: err.message, isError: err instanceof Error };
    }
  });
  process.stdout.write(JSON.stringify({ version: whosaid.version, loadMs: loadMs, results: results }));
})().catch((err) => {
  console.error(err);
  process.exit(1);
});

// engine-worker.js runs the whosaid engine (engine.wasm) in a Web Worker, so
// a long extraction never freezes the page.
//
// Request:  {id, text, options}              options as for whosaid.extract
//           {id, text, options, format: "json"}
//           {id, text, options, format: "utf8"}
// Answer:   {id, doc}    the export document (an object)
//           {id, json}   the same document as a JSON string (format "json")
//           {id, utf8}   the same JSON as UTF-8 bytes, a transferred
//                        Uint8Array (format "utf8")
//           {id, error}  a message, for bad input or a broken engine
// Once, unasked: {ready: true, version} when the engine is loaded, or
//                {fatal: message} when it cannot be loaded.
"use strict";

importScripts("../wasm_exec.js", "engine.js");

const engine = whosaidEngine.load(new URL("engine.wasm", self.location.href).href);

engine.then(
  function (whosaid) {
    self.postMessage({ ready: true, version: whosaid.version });
  },
  function (err) {
    self.postMessage({ fatal: message(err) });
  }
);

function message(err) {
  return err && err.message ? String(err.message) : String(err);
}

self.addEventListener("message", async function (event) {
  const req = event.data || {};
  const id = req.id;
  let whosaid;
  try {
    whosaid = await engine;
  } catch (err) {
    self.postMessage({ id: id, error: "the engine could not be loaded: " + message(err) });
    return;
  }
  try {
    if (req.format === "json" || req.format === "utf8") {
      const out = whosaid.extractJSON(req.text, req.options);
      if (typeof out !== "string") {
        throw out;
      }
      if (req.format === "utf8") {
        const bytes = new TextEncoder().encode(out);
        self.postMessage({ id: id, utf8: bytes }, [bytes.buffer]);
      } else {
        self.postMessage({ id: id, json: out });
      }
    } else {
      self.postMessage({ id: id, doc: whosaid.extract(req.text, req.options) });
    }
  } catch (err) {
    self.postMessage({ id: id, error: message(err) });
  }
});

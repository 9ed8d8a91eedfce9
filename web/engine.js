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

    // extract returns the export document of text as an object, or throws.
    whosaid.extract = function (text, options) {
      const out = whosaid.extractJSON(text, options);
      if (typeof out !== "string") {
        throw out;
      }
      return JSON.parse(out);
    };
    return whosaid;
  }

  const api = { load: load };
  root.whosaidEngine = api;
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  }
})(typeof globalThis !== "undefined" ? globalThis : self);

// Starts probe.wasm, which defines globalThis.probe (see main.go).
(async () => {
  const go = new Go();
  const result = await WebAssembly.instantiateStreaming(fetch("/web/probe.wasm"), go.importObject);
  go.run(result.instance);
})();

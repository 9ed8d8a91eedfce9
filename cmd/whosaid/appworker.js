// whosaid's service worker: go-app's template (go-app fills in the version
// and the list of files to precache), with four changes. The
// install waits for the whole precache (a failed download fails the install
// instead of activating an empty cache); every precached file is answered
// by the browser straight from the cache (static routes, see cacheRoutes);
// the fetch handler answers only same-origin GET requests; and a navigation
// that fails offline gets the cached app shell, so every route of the app
// opens offline.
const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

// cacheRoutes are the static routes of the Service Worker Static Routing
// API (InstallEvent.addRoutes, Chromium 123 and later): a GET of a precached
// path without a query is answered by the browser from this version's
// cache, without starting or running this script, which on a reload saves
// a trip through the fetch handler per file (the page, app.js, wasm_exec.js,
// the styles, app.wasm, engine.wasm). A request the cache cannot answer
// goes to the network, as the fetch handler would send it. Other requests
// (another route, a query) still reach the fetch handler.
const cacheRoutes = resourcesToCache.map((path) => ({
  condition: { urlPattern: { pathname: path, search: "" }, requestMethod: "GET" },
  source: { cacheName: cacheName },
}));

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      if (typeof event.addRoutes === "function") {
        try {
          await event.addRoutes(cacheRoutes);
        } catch (err) {
          // Without routes every request goes through the fetch handler.
          console.warn("whosaid service worker: static routes not added:", err);
        }
      }
      const cache = await caches.open(cacheName);
      await cache.addAll(resourcesToCache);
      await self.skipWaiting();
    })()
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k)));
      await self.clients.claim();
    })()
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(
    (async () => {
      const cache = await caches.open(cacheName);
      const cached = await cache.match(request);
      if (cached) {
        return cached;
      }
      try {
        return await fetch(request);
      } catch (err) {
        if (request.mode === "navigate") {
          const shell = await cache.match("/");
          if (shell) {
            return shell;
          }
        }
        throw err;
      }
    })()
  );
});

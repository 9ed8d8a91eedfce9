// whosaid's service worker: go-app's template ({{.Version}} and
// {{.ResourcesToCache}} are filled in by go-app), with three changes. The
// install waits for the whole precache (a failed download fails the install
// instead of activating an empty cache); only same-origin GET requests are
// answered; and a navigation that fails offline gets the cached app shell,
// so every route of the app opens offline.
const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
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

// Preloaded before every TypeScript entry point (see package.json scripts).
// Node 20 loads ES modules through tsx's off-thread hooks; while it waits for them nothing
// keeps the event loop alive, and Node then sometimes exits at once with code 13
// ("unsettled top-level await") and no output — seen here on about 1 run in 15.
// A timer holds the loop open; every entry point ends with process.exit().
setInterval(() => {}, 1 << 30)

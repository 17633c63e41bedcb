// The web app runs in the browser: DOM types for whichever program includes these files (the root typecheck
// includes apps/*/src and apps/*/test without DOM; apps/web/tsconfig.json sets the lib too).
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />

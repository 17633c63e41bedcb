import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

/**
 * The page's Content-Security-Policy: nothing but its own files. Styles set through the CSSOM (d3's
 * `selection.style`) are allowed by it; inline `<script>`, `style="…"` markup, eval and other origins are not.
 * Images may be data:/blob: URLs (the PNG export rasterises the timeline SVG through a blob: URL).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join("; ");

// The built page carries the policy in a <meta> tag (so it holds on any static host); the preview server also
// sends it as a header, with frame-ancestors, which a <meta> cannot set. The dev server has neither: Vite's
// hot reload injects inline styles.
const contentSecurityPolicy = (): Plugin => ({
  name: "berthsim-csp",
  apply: "build",
  transformIndexHtml: () => [
    { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" },
  ],
});

/**
 * The scenario package reads call lists with d3-dsv's csvParse, which compiles its row converter with
 * `new Function`: forbidden by the policy above. Its imports of "d3-dsv" get src/shims/d3-dsv.ts instead, the
 * same functions without eval. (Can go once the package parses with csvParseRows.)
 */
const EVAL_FREE_DSV = fileURLToPath(new URL("./src/shims/d3-dsv.ts", import.meta.url));
const evalFreeDsv = (): Plugin => ({
  name: "berthsim-eval-free-dsv",
  enforce: "pre",
  resolveId: (source, importer) =>
    source === "d3-dsv" && importer !== undefined && importer.replace(/\\/g, "/").includes("/packages/scenario/") ? EVAL_FREE_DSV : null,
});

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  // The workspace packages export their TypeScript sources (./src/index.ts); Vite compiles them like our own.
  plugins: [contentSecurityPolicy(), evalFreeDsv()],
  worker: { format: "es", plugins: () => [evalFreeDsv()] },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 1500 },
  preview: { headers: { "Content-Security-Policy": `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` } },
});

// Bundles the built CLI (dist/cli/main.js) and its worker thread (dist/cli/worker.js) with their dependencies into
// dist/bundle/, one file each, so a run loads two files instead of ~100 modules. Run by `npm run build` after tsc.
// dist/bundle/ sits at the same depth as dist/cli/, so the URLs the code builds from import.meta.url
// (../../package.json, ../../models/ner.bin, ./worker.js) resolve the same from the bundle.
import { build } from 'esbuild'

await build({
  entryPoints: { main: 'dist/cli/main.js', worker: 'dist/cli/worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies (cli-table3, cli-progress) call require() on Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
})

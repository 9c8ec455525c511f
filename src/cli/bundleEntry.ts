// What the CLI bundle (dist/bundle/main.cjs, see scripts/bundle.mjs) exports: the CLI for bin/article-inspect.js,
// and the worker threads' job loop for dist/bundle/worker.js, so both threads share one bundle and one code cache.
export { main } from './main.js'
export { serveJobs } from './serveJobs.js'

// CommonJS (.cts -> dist/cli/loadBundle.cjs), so the CommonJS bin and the worker entry load it without the ESM loader.
import { accessSync, constants, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { pathToFileURL } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { Script } from 'node:vm'

/** The flags {@link setRunFlags} sets (for benchmarks that run the library in-process like the CLI would). */
export const RUN_FLAGS = ['--interrupt-budget=1000000', '--regexp-tier-up-ticks=100', '--heap-growing-percent=30']

/**
 * The V8 flags of every CLI run, set before the bundle is compiled. V8 optimizes a function once it has run ~66 KB
 * of bytecode, and a run of one or a few hundred articles then spends much of its CPU compiling code it barely
 * reuses; a 15x larger budget keeps that to the really hot code (about 40% less CPU over 200 articles; long runs
 * are unchanged). V8 also compiles a regex to machine code on its second use, after compiling it to bytecode on the
 * first: a single article uses a few hundred regexes only a few times each, so they stay interpreted for their first
 * 100 uses (about 3% fewer instructions for one `summary`; the hot ones still get compiled in long runs). After each
 * full GC, V8 sets the next heap limit from its measured GC speed and allocation rate, so on a busy machine a long
 * run's heap kept growing with the corpus (peak RSS 128 MB at 2,000 articles, 157 MB at 4,000); a fixed growth
 * factor of 1.3 (V8's own --predictable-gc-schedule value; read at every GC, so settable here) keeps it flat
 * (122 / 124 MB) at the same CPU time, since the live set is only ~35 MB. Only on V8
 * versions known to have the flags. A code cache is only accepted under the flags it was made with, so the build
 * sets them too.
 */
export function setRunFlags(): void {
  if (/^1[1-3]\./.test(process.versions.v8)) setFlagsFromString(RUN_FLAGS.join(' '))
}

/** How a bundle was compiled: from its code cache, or from source because the cache was missing, stale or rejected by V8. */
export type CacheState = 'used' | 'missing' | 'stale' | 'rejected'

/** A CommonJS bundle compiled and run in this context. */
export interface LoadedBundle {
  exports: Record<string, unknown>
  file: string
  cache: CacheState
  /** The bundle's build id (see {@link bundleIdOf}); null when its source carries none, and then no cache is used. */
  id: string | null
  script: Script
}

// Node's CommonJS wrapper, plus the file URL the bundle's import.meta.url reads (see scripts/bundle.mjs). Wrapping
// here, not in the file, is on purpose: V8 then compiles a flat copy it makes in its old generation, while the
// string read, if compiled itself, stays young until a scavenge promotes it, which pushed a one-file summary over the
// old generation's first limit (a full GC: ~2% more instructions).
const HEAD = '(function (exports, require, module, __filename, __dirname, __importMetaUrl) {'
const TAIL = '\n})'
/** The last line of a bundle: `//# bundle <16 hex digits>`, a hash of the rest written by scripts/bundle.mjs. */
const ID_LINE = /\/\/# bundle ([0-9a-f]{16})\n?$/
const ID_BYTES = 16

/** The file holding the V8 code cache of bundle `file`: its build id (16 ASCII bytes), then V8's data. */
export function cacheFileOf(file: string): string {
  return file.replace(/\.c?js$/, '') + '.cache'
}

/** The build id at the end of a bundle's source, or null. */
export function bundleIdOf(source: string): string | null {
  return ID_LINE.exec(source.slice(-40))?.[1] ?? null
}

/**
 * Compiles and runs the CommonJS bundle `file` like `require` would, with the V8 code cache saved beside it when
 * that cache was made from this very build (same build id): V8 then skips parsing and compiling every function the
 * cache holds. A missing, stale or unreadable cache, or one V8 rejects (another V8 version or other flags), only
 * means a normal compile: never an error, never a message.
 */
export function loadBundle(file: string, useCache = true): LoadedBundle {
  // ASCII only (scripts/bundle.mjs escapes every other character), so latin1 reads it as utf8 would, only faster.
  const source = readFileSync(file, 'latin1')
  const id = bundleIdOf(source)
  const cachedData = useCache && id ? readCache(cacheFileOf(file), id) : undefined
  const script = new Script(HEAD + source + TAIL, { filename: file, columnOffset: -HEAD.length, cachedData: cachedData ?? undefined })
  const cache: CacheState = !cachedData ? (cachedData === null ? 'stale' : 'missing') : script.cachedDataRejected ? 'rejected' : 'used'
  const module = { exports: {} as Record<string, unknown> }
  const run = script.runInThisContext() as (...args: unknown[]) => void
  run(module.exports, createRequire(file), module, file, dirname(file), pathToFileURL(file).href)
  return { exports: module.exports, file, cache, id, script }
}

/** The V8 data of a cache file made for build `id`; null when it was made for another build, undefined when unreadable. */
function readCache(cacheFile: string, id: string): Buffer | null | undefined {
  let bytes: Buffer
  try {
    bytes = readFileSync(cacheFile)
  } catch {
    return undefined
  }
  return bytes.length > ID_BYTES && bytes.toString('latin1', 0, ID_BYTES) === id ? bytes.subarray(ID_BYTES) : null
}

/**
 * Writes the code cache of a loaded bundle, with every function compiled so far (so run it after a warm-up), to
 * {@link cacheFileOf} its file, atomically (a temporary file, then a rename). Returns whether it was written: false
 * for a bundle without build id, a folder that is not writable, or any error, all silently.
 */
export function saveCache(bundle: LoadedBundle): boolean {
  if (!bundle.id) return false
  const target = cacheFileOf(bundle.file), tmp = `${target}.${process.pid}.tmp`
  try {
    accessSync(dirname(target), constants.W_OK)
    writeFileSync(tmp, Buffer.concat([Buffer.from(bundle.id, 'latin1'), bundle.script.createCachedData()]))
    renameSync(tmp, target)
    return true
  } catch {
    try {
      rmSync(tmp, { force: true })
    } catch {
      // nothing was written
    }
    return false
  }
}

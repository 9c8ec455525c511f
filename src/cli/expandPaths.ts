import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { globToRegExp } from './globToRegExp.js'

/**
 * Expands the command line's paths in order: a directory becomes the files under it whose path relative to it
 * matches `glob` (default "*.txt"), walked depth-first with each folder's entries sorted by name, one folder
 * listing in memory at a time. Anything else, missing files included, passes through for the reader to report.
 * A folder with no matching file yields an {@link EmptyFolder} in its place.
 */
export async function* expandPaths(paths: Iterable<string>, glob = '*.txt'): AsyncGenerator<string | EmptyFolder> {
  const pattern = globToRegExp(glob)
  for (const p of paths) {
    if (p === '-' || !isDirectory(p)) {
      yield p
      continue
    }
    let found = false
    for await (const file of walk(p, '', pattern)) {
      found = true
      yield file
    }
    if (!found) yield { empty: p, glob }
  }
}

/** A folder given on the command line that holds no file matching the glob. */
export interface EmptyFolder {
  empty: string
  glob: string
}

async function* walk(root: string, rel: string, pattern: RegExp): AsyncGenerator<string> {
  const entries = readdirSync(join(root, rel), { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of entries) {
    const relPath = rel ? `${rel}/${e.name}` : e.name
    const isDir = e.isDirectory() || (e.isSymbolicLink() && isDirectory(join(root, relPath)))
    if (isDir) yield* walk(root, relPath, pattern)
    else if (pattern.test(relPath)) yield join(root, relPath)
  }
}

/** Whether `p` is a directory (following links); false when it cannot be stat'ed. Synchronous: cheaper than a thread-pool round trip. */
export function isDirectory(p: string): boolean {
  try {
    return statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false
  } catch {
    return false
  }
}

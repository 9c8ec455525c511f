import { existsSync, readFileSync } from 'node:fs'
import { buildHashTable, type HashTable } from '../../src/nlp/entities/hashTable.js'
import { hashString } from '../../src/nlp/entities/hash.js'

/** Reads word clusters (lines "word<TAB>c1<TAB>c2<TAB>c3", lowercase words) into the packed cluster table. */
export function loadClusters(file: string): HashTable {
  if (!existsSync(file)) { console.error(`no clusters at ${file}; training without`); return buildHashTable([]) }
  const entries: [number, number][] = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [w, a, b, c] = line.split('\t')
    if (!w || c === undefined) continue
    entries.push([hashString(w) || 1, (Number(a) + 1) | ((Number(b) + 1) << 10) | ((Number(c) + 1) << 20)])
  }
  return buildHashTable(entries)
}

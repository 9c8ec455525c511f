/** An open-addressing hash table of nonzero 32-bit keys (0 = empty slot) with linear probing; power-of-2 size. */
export interface HashTable {
  keys: Uint32Array
  /** One value per slot (meaning depends on the table: a row index, a bit set, packed cluster ids). */
  vals: Uint32Array
}

/** Slot of `key` in `table`, or -1 when absent; `key` must be nonzero. */
export function findSlot(table: HashTable, key: number): number {
  const keys = table.keys
  const mask = keys.length - 1
  if (mask < 0) return -1
  let i = key & mask
  for (;;) {
    const k = keys[i]
    if (k === key) return i
    if (k === 0) return -1
    i = (i + 1) & mask
  }
}

/** Value stored for `key`, or 0 when absent. */
export function lookup(table: HashTable, key: number): number {
  const s = findSlot(table, key)
  return s < 0 ? 0 : table.vals[s]
}

/** Builds a table from key/value pairs (later duplicates are OR-ed in) at a load factor of at most 1/2. */
export function buildHashTable(entries: Iterable<[number, number]>, minSize = 0): HashTable {
  const list = [...entries]
  let cap = 2
  while (cap < Math.max(list.length * 2, minSize)) cap *= 2
  const table: HashTable = { keys: new Uint32Array(cap), vals: new Uint32Array(cap) }
  for (const [key, val] of list) {
    if (key === 0) throw new Error('hash table keys must be nonzero')
    let i = key & (cap - 1)
    while (table.keys[i] !== 0 && table.keys[i] !== key) i = (i + 1) & (cap - 1)
    table.keys[i] = key
    table.vals[i] |= val
  }
  return table
}

/** 32-bit hashing helpers for feature ids: FNV-1a steps and a murmur3-style finalizer; never return 0. */

/** FNV-1a offset basis, the hash of the empty string. */
export const FNV_SEED = 0x811c9dc5

/** One FNV-1a step: folds the code unit `c` into the hash `h`. */
export function fnvStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193) >>> 0
}

/** FNV-1a hash of a whole string (code units). */
export function hashString(s: string): number {
  let h = FNV_SEED
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i))
  return h
}

/** Mixes two 32-bit values into a well-spread nonzero 32-bit key (murmur3 fmix32). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a, 0xcc9e2d51) ^ Math.imul(b ^ (b >>> 16), 0x1b873593)
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  h = (h ^ (h >>> 16)) >>> 0
  return h === 0 ? 1 : h
}

/** Lowercase form of one UTF-16 code unit (ASCII fast path). */
export function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c
  return String.fromCharCode(c).toLowerCase().charCodeAt(0)
}

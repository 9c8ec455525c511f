import { Chalk, type ChalkInstance } from 'chalk'
import type { Paint } from '../render/paint.js'

type Colour = (s: string) => string

/** Decides whether human output is coloured: --color/--no-color, then NO_COLOR, then FORCE_COLOR, then the TTY. */
export function wantsColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false'
  return isTTY
}

/** A {@link Paint} backed by chalk at 16-colour level, or by nothing when `color` is false. */
export function makePaint(color: boolean): Paint {
  const c: ChalkInstance = new Chalk({ level: color ? 1 : 0 })
  const speakers: Colour[] = [c.cyan, c.magenta, c.yellow, c.green, c.blue, c.red, c.cyanBright, c.magentaBright, c.yellowBright, c.greenBright]
  const types: Record<string, Colour> = { PERSON: c.cyan, ORGANIZATION: c.magenta, LOCATION: c.green, MISC: c.yellow }
  return {
    bold: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    underline: (s) => c.underline(s),
    heading: (s) => c.bold(s),
    speaker: (n, s) => speakers[n % speakers.length](s),
    entity: (t, s) => (types[t] ?? c.gray)(s),
  }
}

import type { EntityType } from '../types.js'

/** Text styling for human output. Renderers receive it; only the CLI decides whether it colours. */
export interface Paint {
  bold(s: string): string
  dim(s: string): string
  underline(s: string): string
  /** The column headings of tables. */
  heading(s: string): string
  /** The n-th speaker's colour (cycling through a fixed palette). */
  speaker(n: number, s: string): string
  /** The colour of an entity type. */
  entity(type: EntityType | string, s: string): string
}

const identity = (s: string) => s

/** Paint that leaves text as it is: for NO_COLOR, pipes and tests. */
export const plainPaint: Paint = {
  bold: identity,
  dim: identity,
  underline: identity,
  heading: identity,
  speaker: (_n, s) => s,
  entity: (_t, s) => s,
}

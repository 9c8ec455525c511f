/** What paging needs from the process; `pageOutput` takes it so tests can fake it. */
export interface PageContext {
  /** Standard output is a terminal. */
  isTTY: boolean
  /** Height of the terminal in lines (0 when unknown). */
  rows: number
  env: NodeJS.ProcessEnv
  /** Writes straight to standard output. */
  write(s: string): Promise<void>
}

/** The pager command: `$PAGER`, else `less -R`; null when $PAGER is empty or `cat` (page nothing). */
export function pagerCommand(env: NodeJS.ProcessEnv): string | null {
  const pager = (env.PAGER ?? 'less -R').trim()
  return pager === '' || pager === 'cat' ? null : pager
}

/** True when `text` should go through a pager: stdout is a terminal and the text is taller than it. */
export function wantsPager(text: string, ctx: Pick<PageContext, 'isTTY' | 'rows' | 'env'>): boolean {
  if (!ctx.isTTY || !pagerCommand(ctx.env)) return false
  const lines = text.split('\n').length
  return !ctx.rows || lines >= ctx.rows
}

/**
 * Shows `text` through the pager when {@link wantsPager} says so (with LESS=FRX when LESS is unset, as git
 * does, so colours pass and a short text just prints), else writes it. Ctrl-C goes to the pager, not to us.
 * When the pager cannot be started (exit 126/127 before reading), the text is written directly.
 */
export async function pageOutput(text: string, ctx: PageContext): Promise<void> {
  const command = pagerCommand(ctx.env)
  if (!command || !wantsPager(text, ctx)) return ctx.write(text)
  const env = { ...ctx.env, LESS: ctx.env.LESS ?? 'FRX', LV: ctx.env.LV ?? '-c' }
  const { spawn } = await import('node:child_process') // loaded only when paging: it costs every run several ms
  const ignore = () => {}
  process.on('SIGINT', ignore)
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn('sh', ['-c', command], { stdio: ['pipe', 'inherit', 'inherit'], env })
      child.on('error', reject)
      child.on('close', (c) => resolve(c))
      child.stdin.on('error', () => {})
      child.stdin.end(text)
    })
    if (code === 126 || code === 127) await ctx.write(text)
  } finally {
    process.off('SIGINT', ignore)
  }
}

/** The paging context of this process. */
export function processPageContext(write: (s: string) => Promise<void>): PageContext {
  return { isTTY: Boolean(process.stdout.isTTY), rows: process.stdout.rows ?? 0, env: process.env, write }
}

import { Command } from 'commander'
import type { CliDeps } from './deps.js'
import { analyzeCommand } from './commands/analyzeCommand.js'
import { entitiesCommand } from './commands/entities.js'
import { quotesCommand } from './commands/quotes.js'
import { reportCommand } from './commands/report.js'
import { sectionsCommand } from './commands/sections.js'
import { showCommand } from './commands/show.js'
import { speakersCommand } from './commands/speakers.js'
import { summaryCommand } from './commands/summary.js'

/** Every subcommand, in the order help lists them. */
const COMMANDS: Record<string, (deps: CliDeps) => Command> = {
  summary: summaryCommand,
  quotes: quotesCommand,
  entities: entitiesCommand,
  sections: sectionsCommand,
  analyze: analyzeCommand,
  speakers: speakersCommand,
  show: showCommand,
  report: reportCommand,
}

/**
 * Builds the commander program with its subcommands wired to `deps`: only `only` when it names one (the first
 * argument of a run usually does; building the other seven cost ~2% of a one-file `summary`), else all of them, so
 * help, `help <command>`, options before the command and unknown commands behave as with the full program.
 */
export function buildProgram(deps: CliDeps, version: string, only?: string): Command {
  const program = new Command('article-inspect')
    .description('Read the raw text of news articles: structure, who said what, who and what is mentioned, key sentences.')
    .version(version)
    .option('--color', 'force coloured output')
    .option('--no-color', 'never colour output (also: NO_COLOR=1)')
  const names = only !== undefined && Object.hasOwn(COMMANDS, only) ? [only] : Object.keys(COMMANDS)
  for (const name of names) program.addCommand(COMMANDS[name](deps))
  return program.showHelpAfterError('(run with --help for usage)')
}

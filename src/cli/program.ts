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

/** Builds the commander program with every subcommand wired to `deps`. */
export function buildProgram(deps: CliDeps, version: string): Command {
  return new Command('article-inspect')
    .description('Read the raw text of news articles: structure, who said what, who and what is mentioned, key sentences.')
    .version(version)
    .option('--color', 'force coloured output')
    .option('--no-color', 'never colour output (also: NO_COLOR=1)')
    .addCommand(summaryCommand(deps))
    .addCommand(quotesCommand(deps))
    .addCommand(entitiesCommand(deps))
    .addCommand(sectionsCommand(deps))
    .addCommand(analyzeCommand(deps))
    .addCommand(speakersCommand(deps))
    .addCommand(showCommand(deps))
    .addCommand(reportCommand(deps))
    .showHelpAfterError('(run with --help for usage)')
}

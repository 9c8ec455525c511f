import type { Command } from 'commander'
import { parse } from '../../parse/parse.js'
import { renderJson } from '../../render/renderJson.js'
import { renderSections } from '../../render/renderSections.js'
import { sectionsRecord } from '../../render/toRecord.js'
import type { CliDeps } from '../deps.js'
import { inputCommand } from '../inputCommand.js'
import { runInputs, type InputOptions } from '../runInputs.js'

/** `sections`: the article's structure and print metadata. Needs no model. */
export function sectionsCommand(deps: CliDeps): Command {
  return inputCommand('sections', 'structure and print metadata: headline, byline, dateline, captions, paragraphs, promos, credits')
    .action(async (files: string[], opts: InputOptions, cmd: Command) => {
      const paint = deps.paint(cmd.optsWithGlobals().color)
      await runInputs(deps, files, opts, (file, input) => {
        const article = parse(input.text)
        return opts.json ? renderJson({ ...sectionsRecord(file, article), encoding: input.encoding }) : renderSections(article, paint, deps.width)
      })
    })
}

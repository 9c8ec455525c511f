import { InvalidArgumentError, type Command } from 'commander'
import { analyze } from '../../analyze.js'
import { parse } from '../../parse/parse.js'
import { renderEntities } from '../../render/renderEntities.js'
import { renderJson } from '../../render/renderJson.js'
import { entityRecord } from '../../render/toRecord.js'
import type { CliDeps } from '../deps.js'
import { inputCommand } from '../inputCommand.js'
import { runInputs, type InputOptions } from '../runInputs.js'

interface EntitiesOptions extends InputOptions {
  type?: string[]
}

const TYPE_NAMES: Record<string, string> = {
  PERSON: 'PERSON', PER: 'PERSON', PEOPLE: 'PERSON',
  ORGANIZATION: 'ORGANIZATION', ORGANISATION: 'ORGANIZATION', ORG: 'ORGANIZATION',
  LOCATION: 'LOCATION', LOC: 'LOCATION', PLACE: 'LOCATION', GPE: 'LOCATION',
  MISC: 'MISC', DATE: 'DATE', MONEY: 'MONEY', PERCENT: 'PERCENT',
}

/** Parses one --type value ("person", "ORG", "loc", "misc") to an entity type; repeatable. */
export function parseEntityType(value: string, previous: string[] = []): string[] {
  const t = TYPE_NAMES[value.trim().toUpperCase()]
  if (!t) throw new InvalidArgumentError(`unknown type; use one of PERSON, ORGANIZATION, LOCATION, MISC, DATE, MONEY, PERCENT`)
  return [...previous, t]
}

/** `entities`: people, organizations, places and other names, grouped with their mentions. */
export function entitiesCommand(deps: CliDeps): Command {
  return inputCommand('entities', 'people, organizations, places and other names, with every mention')
    .option('--type <type>', 'only entities of this type (PERSON, ORGANIZATION, LOCATION, MISC, …); repeatable', parseEntityType)
    .action(async (files: string[], opts: EntitiesOptions, cmd: Command) => {
      const paint = deps.paint(cmd.optsWithGlobals().color)
      await runInputs(deps, files, opts, (file, input) => {
        const { entities: all } = analyze(parse(input.text), { model: deps.model() })
        const entities = opts.type ? all.filter((e) => opts.type!.includes(e.type)) : all
        if (opts.json) return renderJson({ file, entities: entities.map(entityRecord), encoding: input.encoding })
        return renderEntities(entities, paint, deps.width)
      })
    })
}

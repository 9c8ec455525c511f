import { InvalidArgumentError, type Command } from 'commander'
import { EntityAggregate, type EntityTotal } from '../../aggregate/aggregateEntities.js'
import { analyze } from '../../analyze.js'
import { parse } from '../../parse/parse.js'
import { csvRow } from '../../render/csv.js'
import { renderEntities } from '../../render/renderEntities.js'
import { renderEntityTotals } from '../../render/renderEntityTotals.js'
import { renderJson } from '../../render/renderJson.js'
import { entityRecord } from '../../render/toRecord.js'
import type { CliDeps } from '../deps.js'
import { groupOf, parseGroupBy } from '../groupOf.js'
import { inputCommand, parsePositiveInt, type InputOptions } from '../inputCommand.js'
import { recordOf, type Job, type JobSpec } from '../job.js'
import { runCommand } from '../runCommand.js'

interface EntitiesOptions extends InputOptions {
  type?: string[]
  aggregate?: boolean
  by?: string
  top?: number
}

const TYPE_NAMES: Record<string, string> = {
  PERSON: 'PERSON', PER: 'PERSON', PEOPLE: 'PERSON',
  ORGANIZATION: 'ORGANIZATION', ORGANISATION: 'ORGANIZATION', ORG: 'ORGANIZATION',
  LOCATION: 'LOCATION', LOC: 'LOCATION', PLACE: 'LOCATION', GPE: 'LOCATION',
  MISC: 'MISC', DATE: 'DATE', MONEY: 'MONEY', PERCENT: 'PERCENT',
}

/** Columns of `entities --format csv`, and of `entities --aggregate --format csv`. */
export const ENTITIES_CSV = ['file', 'name', 'type', 'count']
export const ENTITY_TOTALS_CSV = ['group', 'name', 'type', 'count', 'articles']

/** Parses one --type value ("person", "ORG", "loc", "misc") to an entity type; repeatable. */
export function parseEntityType(value: string, previous: string[] = []): string[] {
  const t = TYPE_NAMES[value.trim().toUpperCase()]
  if (!t) throw new InvalidArgumentError('unknown type; use one of PERSON, ORGANIZATION, LOCATION, MISC, DATE, MONEY, PERCENT')
  return [...previous, t]
}

/** The `entities` job; with --aggregate it hands each article's entities to the corpus total instead. */
export function entitiesJob(spec: JobSpec): Job {
  const { type, aggregate, by } = spec.options as Partial<EntitiesOptions>
  return (input, ctx) => {
    const all = analyze(parse(input.text), { model: ctx.model() }).entities
    const entities = type ? all.filter((e) => type.includes(e.type)) : all
    if (aggregate) return { data: { group: groupOf(input, by), entities: entities.map((e) => ({ name: e.name, type: e.type, count: e.count })) } }
    if (spec.format === 'json') return renderJson(recordOf(input, { entities: entities.map(entityRecord) }))
    if (spec.format === 'csv') return entities.map((e) => csvRow([input.label, e.name, e.type, e.count])).join('')
    return renderEntities(entities, ctx.paint, ctx.width)
  }
}

/** `entities`: people, organizations, places and other names, with every mention; or corpus totals. */
export function entitiesCommand(deps: CliDeps): Command {
  return inputCommand('entities', 'people, organizations, places and other names, with every mention', ['table', 'json', 'csv'])
    .option('--type <type>', 'only entities of this type (PERSON, ORGANIZATION, LOCATION, MISC, …); repeatable', parseEntityType)
    .option('--aggregate', 'totals across all inputs: mentions and articles per entity')
    .option('--by <key>', 'with --aggregate: group by "source" (the input\'s folder, or an NDJSON "source" field) or any NDJSON field', parseGroupBy)
    .option('--top <n>', 'with --aggregate: show only the N most mentioned (per group)', parsePositiveInt)
    .action((paths: string[], opts: EntitiesOptions, cmd: Command) => {
      const options = { type: opts.type, aggregate: opts.aggregate, by: opts.by }
      if (!opts.aggregate) return runCommand(deps, paths, opts, cmd, { command: 'entities', options, csvHeader: ENTITIES_CSV })
      const total = new EntityAggregate()
      return runCommand(deps, paths, opts, cmd, {
        command: 'entities',
        options,
        csvHeader: ENTITY_TOTALS_CSV,
        onData: (data) => total.add(data as Parameters<EntityAggregate['add']>[0]),
        finish: (format, paint) => renderTotals(topPerGroup(total.result(), opts.top, format), format, paint, deps.width),
      })
    })
}

function renderTotals(rows: EntityTotal[], format: string, paint: Parameters<typeof renderEntityTotals>[1], width: number): string {
  if (format === 'json') return rows.map((r) => renderJson(r)).join('')
  if (format === 'csv') return rows.map((r) => csvRow([r.group, r.name, r.type, r.count, r.articles])).join('')
  return renderEntityTotals(rows, paint, width)
}

/** Keeps the first `top` rows of each group (rows come sorted by group); tables default to 25. */
export function topPerGroup<T extends { group: string | null }>(rows: T[], top: number | undefined, format: string): T[] {
  const limit = top ?? (format === 'table' ? 25 : Infinity)
  const seen = new Map<string | null, number>()
  return rows.filter((r) => {
    const n = (seen.get(r.group) ?? 0) + 1
    seen.set(r.group, n)
    return n <= limit
  })
}

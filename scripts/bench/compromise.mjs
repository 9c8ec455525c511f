// The compromise side of `npm run bench`: nlp(text), then its people, places, organizations and quotations views
// forced to arrays, over the files given on the command line, in this process (one core).
import nlp from 'compromise'
import { readFileSync } from 'node:fs'

let found = 0
for (const file of process.argv.slice(2)) {
  const doc = nlp(readFileSync(file, 'utf8'))
  for (const view of [doc.people(), doc.places(), doc.organizations(), doc.quotations()]) found += view.out('array').length
}
process.stdout.write(`${found}\n`)

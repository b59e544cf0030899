import { readFileSync } from 'node:fs'
import { checkDocument } from './lib/compliance'
const lines = readFileSync('/work/shared/seed-article.ja.txt', 'utf8').split('\n')
for (const n of [83, 88, 89, 96, 106]) {
  const f = await checkDocument({ collection: 'articles', doc: { body: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: lines[n - 1] }] }] } } } })
  console.log(n, f.map(x => `${x.ruleId}:${x.severity[0]}「${x.span?.text}」`).join(' '))
}

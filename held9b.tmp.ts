import { checkDocument } from './lib/compliance'
const list = process.argv.slice(2)
for (const s of list) {
  const f = (await checkDocument({ collection: 'articles', doc: { lead: s } })).filter(x => x.category !== 'disclosure')
  console.log(f.length ? 'HIT ' : 'none', s, f.map(x => `${x.ruleId}:${x.severity[0]}「${x.span?.text}」`).join(' '))
}

import { checkDocument } from './lib/compliance'
const f = await checkDocument({ collection: 'treatments', doc: { summary: process.argv[2] } })
console.log(f.filter(x=>x.category!=='disclosure').map(x => `${x.ruleId} ${x.severity} 「${x.span?.text}」`).join('\n'))

import { readFileSync } from 'node:fs'
import { checkDocument, loadAnalyzer } from '@/lib/compliance'
await loadAnalyzer()
const lines = readFileSync('/work/shared/seed-article.ja.txt', 'utf8').split('\n')
for (let i = 0; i < lines.length; i++) {
  const text = lines[i]!.trim()
  if (!text) continue
  const f = await checkDocument({ collection: 'articles', doc: { title: 't', lead: text, compares: [], references: [1] }, references: [{ id: 1, title: 'p', kind: 'journal-article', evidenceLevel: 'rct' }] })
  const mine = f.filter((x) => x.path === 'lead')
  if (mine.length) console.log(i + 1, mine.map((x) => `${x.category}:${x.severity}「${x.span?.text}」`).join(' '))
}

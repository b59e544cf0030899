import { corpusFiles } from './tests/compliance-corpus'
import { runCase } from './tests/compliance-corpus/context'
const t0 = Date.now()
let bad = 0, n = 0
for (const [file, cases] of Object.entries(corpusFiles)) {
  for (const c of cases) {
    n++
    const r = await runCase(c)
    if (!r.ok) { bad++; console.log(`${file}\t${c.text}\texp=[${r.expected}]\tgot=[${r.got}]\t${r.findings.map(f=>f.ruleId+':'+f.span?.text).join(' ')}`) }
  }
}
console.log('mismatches', bad, 'of', n, 'ms', Date.now()-t0)

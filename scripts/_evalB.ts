import { loadAnalyzer } from '@/lib/compliance'
import { runCase } from '@/lib/compliance/corpus/context'
import { heldoutSecondAllowed, heldoutSecondFlagged } from '@/lib/compliance/corpus/heldout'
await loadAnalyzer()
let caught = 0, any = 0, fa = 0
for (const c of heldoutSecondFlagged) { const r = await runCase(c); const ok = r.expected.every((l) => r.got.includes(l)); if (ok) caught++; if (r.got.some(l => l.endsWith(':error'))) any++; if (!ok) console.log('MISS', c.text, r.expected, r.got) }
for (const c of heldoutSecondAllowed) { const r = await runCase(c); if (r.got.length) { fa++; console.log('FA', c.text, r.got) } }
console.log(`second batch: recall ${caught}/${heldoutSecondFlagged.length}, flagged with an error ${any}/${heldoutSecondFlagged.length}, false alarms ${fa}/${heldoutSecondAllowed.length}`)

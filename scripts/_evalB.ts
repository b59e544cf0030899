import { loadAnalyzer } from '@/lib/compliance'
import { runCase } from '@/lib/compliance/corpus/context'
import { heldoutAllowed, heldoutFlagged, heldoutSecondAllowed, heldoutSecondFlagged } from '@/lib/compliance/corpus/heldout'
await loadAnalyzer()
for (const [name, f, a] of [['first batch', heldoutFlagged, heldoutAllowed], ['second batch', heldoutSecondFlagged, heldoutSecondAllowed]] as const) {
  let caught = 0, any = 0, fa = 0
  for (const c of f) { const r = await runCase(c); if (r.expected.every((l) => r.got.includes(l))) caught++; if (r.got.some(l => l.endsWith(':error')) || (r.expected.every(l => l.endsWith(':warning')) && r.got.length)) any++ }
  for (const c of a) { const r = await runCase(c); if (r.got.length) fa++ }
  console.log(`${name}: recall ${caught}/${f.length}, flagged ${any}/${f.length}, false alarms ${fa}/${a.length}`)
}

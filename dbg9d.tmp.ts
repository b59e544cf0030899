import { loadAnalyzer } from './lib/compliance/analyzer'
import { phraseRules } from './lib/compliance/rules'
import { compileRules } from './lib/compliance/match'
const a = await loadAnalyzer()
const r = compileRules(a, phraseRules).find(r => r.rule.id === process.argv[3])!
const norm = '院長は形成外科'
console.log(r.before.map(re => [re.source.slice(0,80), re.flags, re.test(norm)]))

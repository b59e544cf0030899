import { loadAnalyzer } from './lib/compliance/analyzer'
import { widthNormalize, foldText } from './lib/compliance/normalize'
import { phraseRules } from './lib/compliance/rules'
import { compileRules } from './lib/compliance/match'
const a = await loadAnalyzer()
const w = widthNormalize(process.argv[2])
console.log(JSON.stringify(foldText(w.text)))
const r = compileRules(a, phraseRules).find(r => r.rule.id === process.argv[3])!
console.log(r.regexes.map(x => x.source), r.regexes.map(re => [...foldText(w.text).matchAll(re)].map(m=>m[0])))
import { Sentence } from './lib/compliance/match'
import { isDenied, isQuotedMention } from './lib/compliance/grammar'
const s = new Sentence({ path: 'summary', text: process.argv[2], offset: 0, citations: [], citationSource: 'document', kind: 'field' }, 0, process.argv[2].length, a)
const m = [...s.norm.matchAll(r.regexes[0]!)][0]!
console.log(m.index, s.tokenAt(m.index! + m[0].length), s.tokens.map(t => t.surface + '@' + t.start), isDenied(s.tokens, s.tokenAt(m.index!+m[0].length)), r.before.map(re => re.source + ' ' + re.test(s.norm.slice(0, m.index))))
import { matchRule } from './lib/compliance/match'
import { collectFacts } from './lib/compliance/facts'
console.log(matchRule(r, s, collectFacts({ collection: 'treatments', doc: {} })))

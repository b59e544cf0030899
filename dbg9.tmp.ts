import { loadAnalyzer } from './lib/compliance/analyzer'
import { compilePattern, findTokenMatches } from './lib/compliance/pattern'
import { widthNormalize } from './lib/compliance/normalize'
const a = await loadAnalyzer()
const [text, pat] = process.argv.slice(2)
const toks = a.tokenize(widthNormalize(text).text)
console.log(toks.map(t => `${t.surface}[${t.baseKey}|${t.reading}|${t.pos}-${t.pos1}]`).join(' '))
if (pat) { const p = compilePattern(a, pat); console.log(JSON.stringify(p.steps.map(s=>s.atoms.map(x=>x.type==='word'?x.word.key+'/'+x.word.reading:x.type)))); console.log(findTokenMatches(toks, p)) }

import { loadAnalyzer } from '@/lib/compliance'
import { getTokenizer } from 'kuromojin'
const P = [
  'セクレトームは、細胞が細胞外へ分泌するタンパク質などの生理活性物質の総体を指す言葉で、成長因子、サイトカイン、ケモカイン、エクソソームなどが含まれます。',
  'エクソソームは直径およそ30〜100nmの膜小胞で、内部にタンパク質や核酸を含み、細胞間の情報伝達に関わると考えられています。',
  '治療の流れは、カウンセリング、診察、採血、投与の順です。投与前に血液検査を行い、体調を確認します。',
  '注射部位に痛み、腫れ、赤み、内出血が出ることがあります。まれにアレルギー反応が起こることがあります。',
  '本治療は自由診療で、費用は全額自己負担となります。1回あたりの費用は税込88,000円です。',
]
const a = await loadAnalyzer()
const tk = await getTokenizer()
for (let round = 0; round < 40; round++) {
  const texts: string[] = []
  let n = 0
  for (let i = 0; n < 20000; i++) { const t = P[i % P.length]!.replace('。', `（${round}-${i}）。`); texts.push(t); n += t.length }
  const t0 = performance.now()
  for (const t of texts) tk.tokenize(t)
  const t1 = performance.now()
  //for (const t of texts) a.tokenize(t + 'x')
  const t2 = performance.now()
  console.log(`raw kuromoji ${(t1 - t0).toFixed(1)} ms, analyser ${(t2 - t1).toFixed(1)} ms`)
}

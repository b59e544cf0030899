/**
 * `npm run bench:compliance`: how long the guideline check takes on a 20,000-character article
 * (the target: < 50 ms after warm-up), and how the time grows with the length of the text.
 * Prints figures; it is a benchmark, not a test. Run it on a quiet machine.
 *
 *   fresh text   every round changes every sentence (a number in each), so nothing is cached:
 *                the honest cost of a document the checker has never seen
 *   same text    the same document again: what the admin panel pays when it re-checks as you type
 */
import { checkDocument, loadAnalyzer, type CheckInput } from '@/lib/compliance'

import { corpus } from '../lib/compliance/corpus'
import { heldout } from '../lib/compliance/corpus/heldout'

const ROUNDS = Number(process.argv[2] ?? 30)

/** Realistic clinic copy: mostly plain explanation, a few overclaims, citations on some paragraphs. */
const PARAGRAPHS = [
  'セクレトームは、細胞が細胞外へ分泌するタンパク質などの生理活性物質の総体を指す言葉で、成長因子、サイトカイン、ケモカイン、エクソソームなどが含まれます。',
  'エクソソームは直径およそ30〜100nmの膜小胞で、内部にタンパク質や核酸を含み、細胞間の情報伝達に関わると考えられています。',
  '治療の流れは、カウンセリング、診察、採血、投与の順です。投与前に血液検査を行い、体調を確認します。',
  '注射部位に痛み、腫れ、赤み、内出血が出ることがあります。まれにアレルギー反応が起こることがあります。',
  '本治療は自由診療で、費用は全額自己負担となります。1回あたりの費用は税込88,000円です。',
  '本治療で使用する培養上清は、医薬品医療機器等法上の承認を受けていない未承認医薬品等です。',
  '研究の多くは動物や培養細胞を用いたもので、ヒトを対象とした質の高い臨床試験はまだ限られています。',
  '肌のハリの改善が報告されていますが、効果には個人差があります。',
  '当院は日本一の症例数を誇り、副作用の心配もありません。',
  '定期的な投与により、3〜6か月程度効果が続いたとする報告があります。',
]

/** Dense clinic copy: every labelled sentence (half of them overclaims), one per paragraph. */
const DENSE = [...corpus, ...heldout].map((c) => c.text)

/** An article body of about `chars` characters; `round` makes every sentence new. */
function document(chars: number, round: number, paragraphs: string[] = PARAGRAPHS): CheckInput {
  const children: object[] = []
  let length = 0
  for (let i = 0; length < chars; i++) {
    const source = paragraphs[i % paragraphs.length]!
    const text = source.includes('。')
      ? source.replace('。', `（${round}-${i}）。`)
      : `${source}（${round}-${i}）`
    const cited = i % 3 === 0
    children.push({
      type: 'paragraph',
      children: [
        { type: 'text', text },
        ...(cited
          ? [{ type: 'inlineBlock', fields: { blockType: 'citation', reference: 1 } }]
          : []),
      ],
    })
    length += text.length
  }
  return {
    collection: 'articles',
    doc: {
      title: 'ベンチマーク記事',
      lead: '二つの治療を比較します。',
      compares: [],
      references: [1],
      body: { root: { type: 'root', children } },
    },
    references: [{ id: 1, title: 'review', kind: 'review', evidenceLevel: 'review' }],
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** CPU time of the check (less disturbed than wall time by other processes on a busy machine). */
const cpu: number[] = []

async function time(input: CheckInput): Promise<number> {
  const start = performance.now()
  const startCpu = process.cpuUsage()
  await checkDocument(input)
  const used = process.cpuUsage(startCpu)
  cpu.push((used.user + used.system) / 1000)
  return performance.now() - start
}

async function main(): Promise<number> {
  const t0 = performance.now()
  await loadAnalyzer()
  console.log(`dictionary load: ${(performance.now() - t0).toFixed(0)} ms (once per process)`)

  const size = (input: CheckInput) => {
    const body = (
      input.doc.body as { root: { children: Array<{ children: Array<{ text?: string }> }> } }
    ).root.children
    return body.reduce((n, p) => n + (p.children[0]?.text?.length ?? 0), 0)
  }

  // Warm-up: JIT and the compiled rules.
  for (let r = 0; r < 10; r++) await time(document(20_000, -1 - r))

  const fresh: number[] = []
  cpu.length = 0
  for (let r = 0; r < ROUNDS; r++) fresh.push(await time(document(20_000, r)))
  const freshCpu = median(cpu)
  const same = document(20_000, 0)
  const repeat: number[] = []
  cpu.length = 0
  for (let r = 0; r < ROUNDS; r++) repeat.push(await time(same))
  const sameCpu = median(cpu)
  console.log(`20,000 characters (${size(same)} in the body), ${ROUNDS} rounds after warm-up:`)
  console.log(
    `  fresh text  median ${median(fresh).toFixed(1)} ms wall, ${freshCpu.toFixed(1)} ms CPU; max ${Math.max(...fresh).toFixed(1)} ms`,
  )
  console.log(
    `  same text   median ${median(repeat).toFixed(1)} ms wall, ${sameCpu.toFixed(1)} ms CPU; max ${Math.max(...repeat).toFixed(1)} ms`,
  )

  const dense: number[] = []
  cpu.length = 0
  for (let r = 0; r < ROUNDS; r++) dense.push(await time(document(20_000, 5000 + r, DENSE)))
  console.log(
    `  dense copy  median ${median(dense).toFixed(1)} ms wall, ${median(cpu).toFixed(1)} ms CPU (every sentence of the corpus and held-out set, fresh)`,
  )

  console.log('growth with length (fresh text, median of 5):')
  for (const chars of [5_000, 10_000, 20_000, 40_000, 80_000]) {
    const runs: number[] = []
    for (let r = 0; r < 5; r++) runs.push(await time(document(chars, 1000 + chars + r)))
    const ms = median(runs)
    console.log(
      `  ${String(chars).padStart(6)} chars  ${ms.toFixed(1).padStart(7)} ms  ${((ms / chars) * 1000).toFixed(2)} µs/char`,
    )
  }
  return 0
}

process.exit(await main())

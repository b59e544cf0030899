import { checkDocument, loadAnalyzer } from '@/lib/compliance'
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
const a = await loadAnalyzer()
const tk = (a as any).tokenizer
const orig = tk.tokenize.bind(tk)
let chars = 0, calls = 0
const seen: string[] = []
tk.tokenize = (s: string) => { chars += s.length; calls++; seen.push(s); return orig(s) }
const children: object[] = []
let length = 0
for (let i = 0; length < 20000; i++) { const text = PARAGRAPHS[i % PARAGRAPHS.length]!.replace('。', `（7-${i}）。`); children.push({ type: 'paragraph', children: [{ type: 'text', text }] }); length += text.length }
await checkDocument({ collection: 'articles', doc: { title: 't', body: { root: { type: 'root', children } } }, references: [] })
console.log({ chars, calls })
const uniq = new Map<string, number>(); for (const s of seen) { const k = s.replace(/（7-\d+）/, ''); uniq.set(k, (uniq.get(k) ?? 0) + 1) }
for (const [k, v] of uniq) console.log(v, k)

/**
 * Builders for compliance tests: a fully disclosed treatment, an article, Lexical nodes,
 * and references. Not a spec file (jest only runs *.spec.ts).
 */

type Doc = Record<string, unknown>

export const contact = {
  phone: '03-1234-5678',
  email: 'info@clinic.example.jp',
  url: 'https://clinic.example.jp',
}

/** A self-pay, approved treatment with every 限定解除 item filled in: zero findings on its own. */
export function treatment(overrides: Doc = {}): Doc {
  return {
    id: 101,
    name: '幹細胞培養上清療法',
    slug: 'secretome-therapy',
    summary: '幹細胞を培養した際の上清液を点滴で投与する治療です。',
    definition: '細胞が分泌する成分の集合体を用いる治療です。',
    administration: '1回あたり約30分の点滴で投与します。',
    safety: {
      risks:
        '感染、内出血、アレルギー反応が起こる可能性があります。安全性に関する長期的な情報は限られています。',
      sideEffects: '投与後に一時的な発熱やだるさが出ることがあります。',
      contraindications: '妊娠中の方は受けられません。',
    },
    course: { period: '約3か月', sessions: '3回' },
    regulatory: { coverage: 'self-pay', approval: 'approved' },
    price: { minJpy: 110000, maxJpy: 330000, note: '税込' },
    references: [],
    ...overrides,
  }
}

export const unapprovedDisclosures = {
  notice:
    '本治療で使用する培養上清は、医薬品医療機器等法上の承認を受けていない未承認医薬品等です。',
  howObtained: '国内の細胞培養加工施設で製造されたものを、医師の責任のもと購入しています。',
  domesticEquivalent: '同一の成分や性能を有する国内承認医薬品等はありません。',
  overseasSafety: '主要国で承認している国はなく、安全性に関する十分な情報はありません。',
  reliefSystem: '万一重篤な副作用が起きた場合でも、医薬品副作用被害救済制度の対象にはなりません。',
}

/** A self-pay, unapproved treatment with all disclosures, including the five for unapproved drugs. */
export function unapprovedTreatment(overrides: Doc = {}): Doc {
  return treatment({
    id: 102,
    name: 'エクソソーム療法',
    regulatory: {
      coverage: 'self-pay',
      approval: 'unapproved',
      unapproved: { ...unapprovedDisclosures },
    },
    ...overrides,
  })
}

export function reference(id: number, overrides: Doc = {}): Doc {
  return {
    id,
    kind: 'journal-article',
    title: `Mesenchymal stem cell secretome review ${id}`,
    evidenceLevel: 'review',
    doi: `10.1000/test.${id}`,
    ...overrides,
  }
}

export function webPage(id: number, overrides: Doc = {}): Doc {
  return reference(id, {
    kind: 'web-page',
    evidenceLevel: 'commercial',
    title: 'クリニックの解説ページ',
    url: 'https://example.jp',
    ...overrides,
  })
}

// ---------------------------------------------------------------- Lexical

export const text = (value: string): Doc => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

export const citation = (reference: unknown): Doc => ({
  type: 'inlineBlock',
  version: 1,
  fields: { id: '65f0c0ffee0000000000000a', blockName: '', blockType: 'citation', reference },
})

type Child = string | Doc
const inline = (children: Child[]): Doc[] =>
  children.map((c) => (typeof c === 'string' ? text(c) : c))

export const paragraph = (...children: Child[]): Doc => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  children: inline(children),
})

export const heading = (value: string, tag = 'h2'): Doc => ({
  type: 'heading',
  tag,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  children: [text(value)],
})

export const listItem = (...children: Child[]): Doc => ({
  type: 'listitem',
  value: 1,
  version: 1,
  children: inline(children),
})

export const list = (...items: Doc[]): Doc => ({
  type: 'list',
  listType: 'bullet',
  tag: 'ul',
  start: 1,
  version: 1,
  children: items,
})

export const callout = (value: string, title?: string): Doc => ({
  type: 'block',
  version: 2,
  format: '',
  fields: {
    id: '65f0c0ffee0000000000000b',
    blockName: '',
    blockType: 'callout',
    tone: 'info',
    ...(title ? { title } : {}),
    text: value,
  },
})

export const comparisonTable = (): Doc => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: '65f0c0ffee0000000000000c', blockName: '', blockType: 'comparisonTable' },
})

export const richText = (...children: Doc[]): Doc => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children },
})

/** An article comparing the given treatments (by id), with a body. */
export function article(overrides: Doc = {}): Doc {
  return {
    id: 201,
    title: 'セクレトームとエクソソームの違い',
    slug: 'secretome-vs-exosome',
    lead: '2つの治療の違いを、成分・大きさ・研究の状況から整理します。',
    audience: 'general',
    compares: [101, 102],
    keyPoints: [],
    body: richText(paragraph('セクレトームは細胞が分泌する成分の総称です。')),
    references: [],
    ...overrides,
  }
}

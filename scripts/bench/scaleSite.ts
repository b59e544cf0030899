/**
 * A large clinic site for `npm run bench:scale`, written straight into PostgreSQL (the Local
 * API runs every hook per document, minutes per thousand): published articles, treatments,
 * components and references with their latest versions, relationship rows and arrays, in the
 * tables Payload's migrations created. Articles cite references in their body (inline
 * citations) the way editors do: a few references are cited everywhere, most rarely, and one
 * is cited by half of the articles.
 */
import type pg from 'pg'

import { reviewDueDate } from '../../lib/workflow/due'

export type ScaleCounts = {
  articles: number
  treatments: number
  components: number
  references: number
}

export type ScaleSite = {
  counts: ScaleCounts
  /** The reference cited by half of the articles. */
  widelyCited: { id: number; slug: string; citedBy: number }
  articleSlugs: string[]
  treatmentSlugs: string[]
  componentSlugs: string[]
  /** Documents waiting for review (the queue). */
  inReview: number
  seconds: number
}

type Row = Record<string, unknown>

/** The site of `articles` articles: treatments /10, components ×1, references ×10. */
export const countsFor = (articles: number): ScaleCounts => ({
  articles,
  treatments: Math.max(2, Math.round(articles / 10)),
  components: articles,
  references: articles * 10,
})

const EVIDENCE = [
  'systematic-review',
  'rct',
  'cohort',
  'case-series',
  'preclinical',
  'expert-opinion',
] as const
const COMPONENT_KINDS = [
  'growth-factor',
  'cytokine',
  'chemokine',
  'ecm-protein',
  'extracellular-vesicle',
  'protein',
  'nucleic-acid',
  'lipid',
  'metabolite',
  'enzyme',
] as const
const TOPICS = [
  'mesenchymal stem cell secretome',
  'adipose-derived stem cell conditioned medium',
  'umbilical cord exosomes',
  'platelet-rich plasma',
  'extracellular vesicles',
  'growth factor cocktail',
  'hyaluronic acid injection',
  'low-level laser therapy',
]
const CONDITIONS = [
  'knee osteoarthritis',
  'androgenetic alopecia',
  'photoaged skin',
  'chronic wounds',
  'atopic dermatitis',
  'ischemic stroke',
  'COPD',
  'acne scars',
  'rotator cuff tears',
  'diabetic foot ulcers',
]
const DESIGNS = [
  'a randomized controlled trial',
  'a systematic review and meta-analysis',
  'a prospective cohort study',
  'a case series',
  'an in vitro study',
  'an expert consensus',
]
const JOURNALS = [
  'Stem Cell Research & Therapy',
  'Journal of Dermatological Science',
  'Regenerative Medicine',
  'Cytotherapy',
  'Journal of Extracellular Vesicles',
  'Aesthetic Surgery Journal',
  'International Journal of Molecular Sciences',
  'Cells',
]
const SURNAMES = [
  'Tanaka',
  'Suzuki',
  'Sato',
  'Takahashi',
  'Watanabe',
  'Ito',
  'Kim',
  'Lee',
  'Smith',
  'Garcia',
  'Müller',
  'Rossi',
]
const AREAS = [
  '変形性膝関節症',
  '男性型脱毛症',
  '肌の光老化',
  '慢性創傷',
  'アトピー性皮膚炎',
  '脳梗塞後の機能回復',
  'ざ瘡瘢痕',
  '腱板損傷',
]

/** A small deterministic generator, so both sizes of a run get the same kind of site. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const text = (value: string) => ({
  mode: 'normal',
  text: value,
  type: 'text',
  style: '',
  detail: 0,
  format: 0,
  version: 1,
})
const paragraph = (children: unknown[]) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  children,
  direction: 'ltr',
  textFormat: 0,
})
const heading = (value: string) => ({
  tag: 'h2',
  type: 'heading',
  format: '',
  indent: 0,
  version: 1,
  children: [text(value)],
  direction: 'ltr',
})
const block = (id: string, fields: Row) => ({
  type: 'block',
  fields: { id, blockName: '', ...fields },
  format: '',
  version: 2,
})
const citation = (id: string, reference: number) => ({
  type: 'inlineBlock',
  fields: { id, blockName: '', blockType: 'citation', reference },
  version: 1,
})
const richText = (children: unknown[]) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, children, direction: 'ltr' },
})

/** `id` of a Lexical block: 24 hex digits, unique per document. */
const blockId = (doc: number, n: number) =>
  (doc.toString(16).padStart(12, '0') + n.toString(16).padStart(12, '0')).slice(-24)

async function insert(client: pg.PoolClient, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return
  const columns = Object.keys(rows[0]!)
    .map((c) => `"${c}"`)
    .join(', ')
  for (let i = 0; i < rows.length; i += 2_000) {
    await client.query(
      `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
      [JSON.stringify(rows.slice(i, i + 2_000))],
    )
  }
}

async function nextId(client: pg.PoolClient, table: string): Promise<number> {
  const { rows } = await client.query(`SELECT coalesce(max(id), 0) + 1 AS next FROM "${table}"`)
  return Number(rows[0].next)
}

/**
 * One published document as Payload stores it: the main row, its latest version (the same
 * values under `version_`), relationship rows and array rows in both.
 */
class Collection {
  readonly main: Row[] = []
  readonly versions: Row[] = []
  readonly rels: Row[] = []
  readonly versionRels: Row[] = []
  readonly arrays = new Map<string, { main: Row[]; version: Row[] }>()

  constructor(
    readonly slug: string,
    private nextMain: number,
    private nextVersion: number,
  ) {}

  add(
    row: Row,
    rels: { path: string; column: string; id: number }[] = [],
    arrays: Record<string, Row[]> = {},
  ): number {
    const id = this.nextMain++
    const versionId = this.nextVersion++
    const doc = { id, ...row }
    this.main.push(doc)
    const version: Row = {
      id: versionId,
      parent_id: id,
      latest: true,
      created_at: row.created_at,
      updated_at: row.updated_at,
    }
    for (const [key, value] of Object.entries(row)) version[`version_${key}`] = value
    this.versions.push(version)
    const order = new Map<string, number>()
    for (const rel of rels) {
      const n = (order.get(rel.path) ?? 0) + 1
      order.set(rel.path, n)
      this.rels.push({ order: n, parent_id: id, path: rel.path, [rel.column]: rel.id })
      this.versionRels.push({
        order: n,
        parent_id: versionId,
        path: `version.${rel.path}`,
        [rel.column]: rel.id,
      })
    }
    for (const [name, items] of Object.entries(arrays)) {
      const target = this.arrays.get(name) ?? { main: [], version: [] }
      this.arrays.set(name, target)
      items.forEach((item, i) => {
        const rowId = `${blockId(id, i + 1)}`
        target.main.push({ _order: i + 1, _parent_id: id, id: rowId, ...item })
        target.version.push({ _order: i + 1, _parent_id: versionId, _uuid: rowId, ...item })
      })
    }
    return id
  }

  async write(client: pg.PoolClient): Promise<void> {
    await insert(client, this.slug, this.main)
    await insert(client, `_${this.slug}_v`, this.versions)
    await insert(client, `${this.slug}_rels`, this.rels)
    await insert(client, `_${this.slug}_v_rels`, this.versionRels)
    for (const [name, rows] of this.arrays) {
      await insert(client, `${this.slug}_${name}`, rows.main)
      await insert(client, `_${this.slug}_v_version_${name}`, rows.version)
    }
  }
}

async function collection(client: pg.PoolClient, slug: string): Promise<Collection> {
  return new Collection(slug, await nextId(client, slug), await nextId(client, `_${slug}_v`))
}

export async function generateScaleSite(
  pool: pg.Pool,
  counts: ScaleCounts,
  seed = 13,
): Promise<ScaleSite> {
  const started = performance.now()
  const rnd = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1))
  const client = await pool.connect()
  try {
    const users = await client.query(
      `SELECT u.id, r.value AS role FROM users u JOIN users_roles r ON r.parent_id = u.id`,
    )
    const byRole = (role: string) => Number(users.rows.find((u) => u.role === role)?.id)
    const [marketer, reviewer] = [byRole('marketer'), byRole('reviewer')]
    if (!marketer || !reviewer)
      throw new Error('the database needs the demo users (run the development seed first)')

    const now = Date.now()
    const day = 24 * 3600 * 1000
    // Reviewed within the last two years: some are due for their yearly re-review.
    const reviewedAt = () => new Date(now - int(1, 730) * day).toISOString()
    const review = () => {
      const lastReviewedAt = reviewedAt()
      const reviewIntervalMonths = rnd() < 0.9 ? 12 : 6
      return {
        review_state: 'approved',
        reviewed_by_id: reviewer,
        last_reviewed_at: lastReviewedAt,
        review_interval_months: reviewIntervalMonths,
        // As the field's hook stores it (collections/shared/fields/review.ts).
        review_due_at: reviewDueDate({ lastReviewedAt, reviewIntervalMonths })!.toISOString(),
        compliance_errors: 0,
        compliance_warnings: 0,
        _status: 'published',
      }
    }
    const stamps = () => {
      const created = new Date(now - int(30, 1500) * day).toISOString()
      return { created_at: created, updated_at: created }
    }

    // References: mostly journal articles, some reviews, guidelines and clinic pages.
    const refs = await collection(client, 'references')
    const referenceIds: number[] = []
    for (let i = 1; i <= counts.references; i++) {
      const web = i % 12 === 0
      const kind = web
        ? 'web-page'
        : i % 9 === 0
          ? 'review'
          : i % 25 === 0
            ? 'guideline'
            : 'journal-article'
      referenceIds.push(
        refs.add({
          title: web
            ? `${pick(AREAS)}の治療について（クリニック解説 ${i}）`
            : `${pick(TOPICS)} for ${pick(CONDITIONS)}: ${pick(DESIGNS)} (${i})`,
          kind,
          evidence_level: web
            ? 'commercial'
            : kind === 'review'
              ? 'systematic-review'
              : pick(EVIDENCE),
          authors: web
            ? null
            : `${pick(SURNAMES)} ${String.fromCharCode(65 + int(0, 25))}, ${pick(SURNAMES)} ${String.fromCharCode(65 + int(0, 25))}, et al.`,
          journal: web ? `clinic-${i}.example.jp` : pick(JOURNALS),
          year: web ? null : int(1998, 2026),
          doi: web ? null : `10.5555/hikaku.scale.${seed}.${i}`,
          pmid: web ? null : String(39_000_000 + seed * 100_000 + i),
          pmcid: !web && i % 3 === 0 ? `PMC${11_000_000 + seed * 100_000 + i}` : null,
          url: web ? `https://clinic-${i}.example.jp/column/${i}` : null,
          accessed_at: web ? new Date(now - 20 * day).toISOString() : null,
          language: web ? 'ja' : 'en',
          slug: `scale-reference-${i}`,
          ...review(),
          ...stamps(),
        }),
      )
    }
    // Citation popularity: a few references everywhere, a long tail cited rarely.
    const popularReference = () => referenceIds[Math.floor(referenceIds.length * rnd() ** 3)]!
    const someReferences = (n: number) => [...new Set(Array.from({ length: n }, popularReference))]

    const comps = await collection(client, 'components')
    const componentIds: number[] = []
    for (let i = 1; i <= counts.components; i++) {
      const kind = COMPONENT_KINDS[i % COMPONENT_KINDS.length]!
      const partOf =
        componentIds.length > 0 && i % 3 === 0
          ? [{ path: 'partOf', column: 'components_id', id: pick(componentIds) }]
          : []
      componentIds.push(
        comps.add(
          {
            name: `成分 ${kind.toUpperCase()}-${i}`,
            name_en: `Component ${kind}-${i}`,
            kind,
            size_min_nm: kind === 'extracellular-vesicle' ? 30 : null,
            size_max_nm: kind === 'extracellular-vesicle' ? 150 : null,
            functions: `細胞の増殖や炎症の調節に関わると報告されている成分です（${i}）。作用の大きさは研究によって異なります。`,
            slug: `scale-component-${i}`,
            ...review(),
            ...stamps(),
          },
          [
            ...someReferences(int(1, 4)).map((id) => ({
              path: 'references',
              column: 'references_id',
              id,
            })),
            ...partOf,
          ],
          { examples: Array.from({ length: int(1, 3) }, (_, n) => ({ name: `例 ${i}-${n + 1}` })) },
        ),
      )
    }

    const treats = await collection(client, 'treatments')
    const treatmentIds: number[] = []
    for (let i = 1; i <= counts.treatments; i++) {
      const cited = someReferences(int(3, 6))
      const applications = Array.from({ length: int(2, 4) }, () => ({
        area: pick(AREAS),
        finding: '小規模な臨床研究で改善が報告されていますが、確立した治療ではありません。',
        evidence_level: pick(EVIDENCE),
      }))
      const rels = [
        ...someReferences(int(4, 8)).map((id) => ({
          path: 'references',
          column: 'references_id',
          id,
        })),
        ...cited.map((id) => ({ path: 'citedReferences', column: 'references_id', id })),
        ...applications.flatMap((_, n) =>
          someReferences(int(1, 2)).map((id) => ({
            path: `clinicalApplications.${n}.references`,
            column: 'references_id',
            id,
          })),
        ),
      ]
      treatmentIds.push(
        treats.add(
          {
            name: `再生医療プロトコル ${i}`,
            name_en: `Regenerative protocol ${i}`,
            summary: `培養上清や細胞外小胞を用いる自由診療のひとつです（${i}）。効果や安全性は確立していません。`,
            definition: `幹細胞などを培養した際に得られる成分を精製して用いる治療法です。製剤によって成分の組成が異なります（${i}）。`,
            source_cells: '間葉系幹細胞（由来組織は製剤により異なります）',
            size_structure: '可溶性タンパク質と細胞外小胞の混合物です。',
            mechanism: richText(
              cited.map((ref, n) =>
                paragraph([
                  text('複数の成分が炎症の調節や組織の修復に関わると考えられています。'),
                  citation(blockId(i, n + 1), ref),
                ]),
              ),
            ),
            duration_text: '数か月程度とする報告がありますが、個人差があります。',
            duration_months_min: 3,
            duration_months_max: 6,
            administration: '点滴または局所注射',
            course_period: '1〜3か月',
            course_sessions: '3〜6回',
            safety_risks: '注射部位の痛み、内出血、感染のリスクがあります。',
            safety_side_effects: '発熱、だるさ、注射部位の腫れなどが報告されています。',
            safety_contraindications: '妊娠中の方、活動性の感染症がある方',
            regulatory_coverage: 'self-pay',
            regulatory_approval: 'unapproved',
            regulatory_unapproved_notice:
              '本治療に用いる製剤は、医薬品医療機器等法上の承認を受けていません。',
            regulatory_unapproved_how_obtained:
              '院内で調製、または国内の加工施設から入手しています。',
            regulatory_unapproved_domestic_equivalent: '国内で承認された同等の医薬品はありません。',
            regulatory_unapproved_overseas_safety:
              '重大な副作用の報告は現時点で確認されていませんが、長期的な安全性は確立していません。',
            regulatory_unapproved_relief_system: '医薬品副作用被害救済制度の対象外です。',
            price_min_jpy: int(5, 20) * 10_000,
            price_max_jpy: int(21, 60) * 10_000,
            price_note: '税込。回数や投与量により異なります。',
            slug: `scale-treatment-${i}`,
            ...review(),
            ...stamps(),
          },
          rels,
          {
            components: Array.from({ length: int(4, 10) }, () => ({
              component_id: pick(componentIds),
              role: '主要な成分のひとつ',
            })),
            clinical_applications: applications,
          },
        ),
      )
    }

    const arts = await collection(client, 'articles')
    const articleSlugs: string[] = []
    const widelyCitedId = referenceIds[0]!
    const widelyCitedBy = Math.floor(counts.articles / 2)
    for (let i = 1; i <= counts.articles; i++) {
      const compares = [
        ...new Set([pick(treatmentIds), pick(treatmentIds), pick(treatmentIds)]),
      ].slice(0, 2)
      let n = 0
      const cited = new Set<number>()
      const cite = (ref: number) => {
        cited.add(ref)
        return citation(blockId(i, ++n), ref)
      }
      const body: unknown[] = [
        paragraph([
          text('この記事では、二つの治療法の定義、成分、臨床応用、安全性を比較します。'),
          cite(i <= widelyCitedBy ? widelyCitedId : popularReference()),
        ]),
      ]
      body.push(block(blockId(i, ++n), { blockType: 'keyPoints' }))
      for (let s = 0; s < int(4, 7); s++) {
        body.push(heading(`比較のポイント ${s + 1}`))
        body.push(
          paragraph([
            text('報告されている研究の規模や対象はさまざまで、結果の解釈には注意が必要です。'),
            cite(popularReference()),
            text('効果の感じ方には個人差があります。'),
            cite(popularReference()),
          ]),
        )
        body.push(
          paragraph([
            text('費用や通院回数、リスクについても、治療を受ける前に確認してください。'),
            cite(popularReference()),
          ]),
        )
      }
      body.push(block(blockId(i, ++n), { blockType: 'comparisonTable' }))
      body.push(
        block(blockId(i, ++n), {
          blockType: 'callout',
          tone: 'warning',
          title: '自由診療についてのご注意',
          text: 'いずれも公的医療保険が適用されない自由診療です。費用とリスクは各治療のページをご確認ください。',
        }),
      )
      const slug = `scale-article-${i}`
      articleSlugs.push(slug)
      arts.add(
        {
          title: `治療法の比較 ${i}：定義・成分・臨床応用`,
          lead: `二つの治療法の違いを、参考文献とともに医師の監修のもとで整理した比較記事です（${i}）。`,
          audience: i % 2 ? 'general' : 'professional',
          body: richText(body),
          author_id: marketer,
          reviewer_id: reviewer,
          slug,
          meta_title: `治療法の比較 ${i}`,
          meta_description: `二つの治療法の違いを参考文献とともに整理しました（${i}）。`,
          ...review(),
          ...stamps(),
        },
        [
          ...compares.map((id) => ({ path: 'compares', column: 'treatments_id', id })),
          ...[...cited].map((id) => ({ path: 'citedReferences', column: 'references_id', id })),
          ...someReferences(int(2, 5)).map((id) => ({
            path: 'references',
            column: 'references_id',
            id,
          })),
        ],
        {
          key_points: [
            { icon: 'check', heading: '定義の違い', text: '対象とする成分の範囲が異なります。' },
            {
              icon: 'info',
              heading: '臨床応用',
              text: '研究段階の領域が多く、確立した治療ではありません。',
            },
            {
              icon: 'warning',
              heading: '費用とリスク',
              text: '自由診療で、リスクや副作用があります。',
            },
          ],
        },
      )
    }

    // What waits for a reviewer: a few submitted drafts in every collection.
    const inReview = Math.max(4, Math.floor(counts.articles / 40))
    // (Visitors keep the published document; the submitted draft is its latest version.)
    for (const c of [arts, treats, comps, refs]) {
      for (const row of c.versions.slice(-Math.ceil(inReview / 4))) {
        row.version_review_state = 'in_review'
        row.version__status = 'draft'
        row.version_submitted_by_id = marketer
        row.version_submitted_at = new Date(now - int(1, 20) * day).toISOString()
      }
    }

    await client.query('BEGIN')
    for (const c of [refs, comps, treats, arts]) await c.write(client)
    for (const table of ['references', 'components', 'treatments', 'articles']) {
      for (const t of [table, `_${table}_v`])
        await client.query(
          `SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), (SELECT max(id) FROM "${t}"))`,
        )
    }
    await client.query('COMMIT')
    await client.query('ANALYZE')

    return {
      counts,
      widelyCited: { id: widelyCitedId, slug: 'scale-reference-1', citedBy: widelyCitedBy },
      articleSlugs,
      treatmentSlugs: treats.main.map((r) => String(r.slug)),
      componentSlugs: comps.main.map((r) => String(r.slug)),
      inReview,
      seconds: (performance.now() - started) / 1000,
    }
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw err
  } finally {
    client.release()
  }
}

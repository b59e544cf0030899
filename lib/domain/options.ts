/** Select options shared by several collections, with Japanese and English labels. */

type Option<V extends string> = { label: { ja: string; en: string }; value: V }

export const evidenceLevelOptions = [
  {
    label: { ja: 'システマティックレビュー・メタ解析', en: 'Systematic review / meta-analysis' },
    value: 'systematic-review',
  },
  { label: { ja: 'ランダム化比較試験（RCT）', en: 'Randomised controlled trial' }, value: 'rct' },
  { label: { ja: 'コホート・症例対照研究', en: 'Cohort / case-control' }, value: 'cohort' },
  { label: { ja: '症例集積・症例報告', en: 'Case series' }, value: 'case-series' },
  {
    label: { ja: '前臨床（in vitro・動物）', en: 'Preclinical (in vitro / animal)' },
    value: 'preclinical',
  },
  { label: { ja: '公的機関の通知・勧告', en: 'Regulator notice' }, value: 'official' },
  { label: { ja: '専門家の意見', en: 'Expert opinion' }, value: 'expert-opinion' },
  { label: { ja: '商業・クリニック情報', en: 'Commercial source' }, value: 'commercial' },
] as const satisfies readonly Option<string>[]

export type EvidenceLevel = (typeof evidenceLevelOptions)[number]['value']

export const evidenceLevelLabel = (value: string | null | undefined): string =>
  evidenceLevelOptions.find((o) => o.value === value)?.label.ja ?? '未分類'

export const referenceKindOptions = [
  { label: { ja: '原著論文', en: 'Journal article' }, value: 'journal-article' },
  { label: { ja: '総説（レビュー）', en: 'Review' }, value: 'review' },
  { label: { ja: 'ガイドライン・公的文書', en: 'Guideline' }, value: 'guideline' },
  { label: { ja: '書籍', en: 'Book' }, value: 'book' },
  {
    label: { ja: 'クリニック・商業ウェブページ', en: 'Clinic or commercial web page' },
    value: 'web-page',
  },
  { label: { ja: 'その他', en: 'Other' }, value: 'other' },
] as const satisfies readonly Option<string>[]

export const componentKindOptions = [
  { label: { ja: '成長因子', en: 'Growth factor' }, value: 'growth-factor' },
  { label: { ja: 'サイトカイン', en: 'Cytokine' }, value: 'cytokine' },
  { label: { ja: 'ケモカイン', en: 'Chemokine' }, value: 'chemokine' },
  {
    label: { ja: '細胞外基質タンパク質', en: 'Extracellular matrix protein' },
    value: 'ecm-protein',
  },
  { label: { ja: '細胞外小胞', en: 'Extracellular vesicle' }, value: 'extracellular-vesicle' },
  { label: { ja: 'タンパク質', en: 'Protein' }, value: 'protein' },
  { label: { ja: '核酸', en: 'Nucleic acid' }, value: 'nucleic-acid' },
  { label: { ja: '脂質', en: 'Lipid' }, value: 'lipid' },
  { label: { ja: '代謝産物', en: 'Metabolite' }, value: 'metabolite' },
  { label: { ja: '酵素', en: 'Enzyme' }, value: 'enzyme' },
  { label: { ja: 'その他', en: 'Other' }, value: 'other' },
] as const satisfies readonly Option<string>[]

export const languageOptions = [
  { label: { ja: '日本語', en: 'Japanese' }, value: 'ja' },
  { label: { ja: '英語', en: 'English' }, value: 'en' },
  { label: { ja: 'その他', en: 'Other' }, value: 'other' },
] as const satisfies readonly Option<string>[]

export const audienceOptions = [
  { label: { ja: '医療従事者向け', en: 'Healthcare professionals' }, value: 'professional' },
  { label: { ja: '一般向け', en: 'General public' }, value: 'general' },
] as const satisfies readonly Option<string>[]

/**
 * The 11 references of the source article (the URLs after 参考) ), in the order they appear.
 *
 * Only metadata that could be confirmed is filled in. Titles that could not be confirmed are
 * neutral Japanese descriptions ending in （書誌情報確認中）; authors / PMID / DOI that could not be
 * confirmed are left out on purpose (never guessed). See `referenceVerification` below for what
 * was and was not confirmed — a reviewer must complete the missing fields before publishing.
 */
import type { ReferenceKey, ReferenceSeed, ReferenceVerification } from './types'

export const ACCESSED_AT = '2026-11-01'

export const references: ReferenceSeed[] = [
  {
    key: 'clinic-23c',
    slug: 'clinic-23c',
    kind: 'web-page',
    title: 'セクレトームとエクソソームの違いと比較',
    journal: '23c.jp',
    url: 'https://23c.jp/msc/difference-secretome-exosome/',
    accessedAt: ACCESSED_AT,
    language: 'ja',
    evidenceLevel: 'commercial',
  },
  {
    key: 'clinic-roppongi-footwalk',
    slug: 'clinic-roppongi-footwalk',
    kind: 'web-page',
    title: '幹細胞セクレトームを用いたアンチエイジング治療の案内ページ（書誌情報確認中）',
    journal: 'roppongi-footwalk.clinic',
    url: 'https://www.roppongi-footwalk.clinic/category/private_med_aesthetics/advanced_stemcell_therapy/antiaging_stemcell_secretome',
    accessedAt: ACCESSED_AT,
    language: 'ja',
    evidenceLevel: 'commercial',
  },
  {
    key: 'clinic-cosmedical',
    slug: 'clinic-cosmedical',
    kind: 'web-page',
    title: '幹細胞関連治療メニューの案内ページ（書誌情報確認中）',
    journal: 'cosmedical.jp',
    url: 'https://cosmedical.jp/menu/kansaibou/',
    accessedAt: ACCESSED_AT,
    language: 'ja',
    evidenceLevel: 'commercial',
  },
  {
    key: 'pmc10789073',
    slug: 'pmc10789073',
    kind: 'journal-article',
    title: 'エクソソームの構造と内包分子に関する論文（書誌情報確認中）',
    pmcid: 'PMC10789073',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10789073/',
    accessedAt: ACCESSED_AT,
    language: 'en',
    evidenceLevel: 'preclinical',
  },
  {
    key: 'pmc10811273',
    slug: 'pmc10811273',
    kind: 'journal-article',
    title: 'エクソソームの生合成（多胞体経路）に関する論文（書誌情報確認中）',
    pmcid: 'PMC10811273',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10811273/',
    accessedAt: ACCESSED_AT,
    language: 'en',
    evidenceLevel: 'preclinical',
  },
  {
    key: 'ijbs-2023-19-1430',
    slug: 'ijbs-2023-19-1430',
    kind: 'journal-article',
    title: 'エクソソームを介した細胞間コミュニケーションに関する論文（書誌情報確認中）',
    journal: 'International Journal of Biological Sciences',
    year: 2023,
    url: 'https://www.ijbs.com/v19p1430.pdf',
    accessedAt: ACCESSED_AT,
    language: 'en',
    evidenceLevel: 'preclinical',
  },
  {
    key: 'clinic-apskin',
    slug: 'clinic-apskin',
    kind: 'web-page',
    title: 'エクソソーム治療の案内ページ（書誌情報確認中）',
    journal: 'apskinclinic.jp',
    url: 'https://apskinclinic.jp/service/exosome/',
    accessedAt: ACCESSED_AT,
    language: 'ja',
    evidenceLevel: 'commercial',
  },
  {
    key: 'pmc10363204',
    slug: 'pmc10363204',
    kind: 'journal-article',
    title: 'エクソソームの体内送達（血液脳関門の通過・炎症組織への集積）に関する論文（書誌情報確認中）',
    pmcid: 'PMC10363204',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10363204/',
    accessedAt: ACCESSED_AT,
    language: 'en',
    evidenceLevel: 'preclinical',
  },
  {
    key: 'nano14070639',
    slug: 'nano14070639',
    kind: 'journal-article',
    title: 'エクソソーム内マイクロRNAによる遺伝子発現調節に関する論文（書誌情報確認中）',
    journal: 'Nanomaterials',
    year: 2024,
    doi: '10.3390/nano14070639',
    url: 'https://www.mdpi.com/2079-4991/14/7/639',
    accessedAt: ACCESSED_AT,
    language: 'en',
    evidenceLevel: 'preclinical',
  },
  {
    key: 'cells10081959',
    slug: 'cells10081959',
    kind: 'journal-article',
    title: '由来細胞別（間葉系幹細胞・神経幹細胞）のエクソソームの作用に関する論文（書誌情報確認中）',
    journal: 'Cells',
    year: 2021,
    doi: '10.3390/cells10081959',
    url: 'https://www.mdpi.com/2073-4409/10/8/1959',
    accessedAt: ACCESSED_AT,
    language: 'en',
    evidenceLevel: 'preclinical',
  },
  {
    key: 'pmc12059991',
    slug: 'pmc12059991',
    kind: 'journal-article',
    title: 'エクソソームの分離・精製技術と品質管理に関する論文（書誌情報確認中）',
    pmcid: 'PMC12059991',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC12059991/',
    accessedAt: ACCESSED_AT,
    language: 'en',
    evidenceLevel: 'preclinical',
  },
]

const PENDING_TITLE = 'title (neutral Japanese placeholder used)'

/** What was confirmed for each reference during the content work (not stored in Payload). */
export const referenceVerification: Record<ReferenceKey, ReferenceVerification> = {
  'clinic-23c': {
    confirmed: ['url', 'title (page heading: セクレトームとエクソソームの違いと比較)', 'language'],
    unconfirmed: ['site / publisher name (domain used as site name)', 'author', 'publication date'],
  },
  'clinic-roppongi-footwalk': {
    confirmed: ['url (as cited by the source article)', 'language'],
    unconfirmed: [PENDING_TITLE, 'site / publisher name (domain used as site name)', 'author', 'publication date'],
  },
  'clinic-cosmedical': {
    confirmed: ['url (as cited by the source article)', 'language'],
    unconfirmed: [PENDING_TITLE, 'site / publisher name (domain used as site name)', 'author', 'publication date'],
  },
  pmc10789073: {
    confirmed: ['pmcid and url (from the cited PMC link)'],
    unconfirmed: [PENDING_TITLE, 'authors', 'journal', 'year', 'doi', 'pmid', 'article type (journal-article vs review)'],
    note: 'evidenceLevel set to preclinical: the claims it supports are basic exosome biology.',
  },
  pmc10811273: {
    confirmed: ['pmcid and url (from the cited PMC link)'],
    unconfirmed: [PENDING_TITLE, 'authors', 'journal', 'year', 'doi', 'pmid', 'article type'],
    note: 'evidenceLevel set to preclinical: the claims it supports are basic exosome biology.',
  },
  'ijbs-2023-19-1430': {
    confirmed: [
      'url (as cited)',
      'journal (ijbs.com is International Journal of Biological Sciences)',
      'year 2023 (volume 19), first page 1430 (from the v19p1430 file name)',
    ],
    unconfirmed: [
      PENDING_TITLE,
      'authors',
      'doi (10.7150/ijbs.80430 was suggested but could not be confirmed, so it is left out)',
      'pmid',
      'pmcid',
      'article type',
    ],
  },
  'clinic-apskin': {
    confirmed: ['url (as cited by the source article)', 'language'],
    unconfirmed: [PENDING_TITLE, 'site / publisher name (domain used as site name)', 'author', 'publication date'],
  },
  pmc10363204: {
    confirmed: ['pmcid and url (from the cited PMC link)'],
    unconfirmed: [PENDING_TITLE, 'authors', 'journal', 'year', 'doi', 'pmid', 'article type'],
    note: 'evidenceLevel set to preclinical: the delivery properties it is cited for are pre-clinical findings.',
  },
  nano14070639: {
    confirmed: [
      'journal Nanomaterials, volume 14 (2024), issue 7, article 639 (from the MDPI URL 2079-4991/14/7/639)',
      'doi 10.3390/nano14070639 (MDPI DOIs are built from journal code + volume + issue + article number)',
      'url (landing page of the cited PDF)',
    ],
    unconfirmed: [PENDING_TITLE, 'authors', 'pmid', 'pmcid', 'article type'],
  },
  cells10081959: {
    confirmed: [
      'journal Cells, volume 10 (2021), issue 8, article 1959 (from the MDPI URL 2073-4409/10/8/1959)',
      'doi 10.3390/cells10081959 (MDPI DOI pattern)',
      'url (landing page of the cited PDF)',
    ],
    unconfirmed: [PENDING_TITLE, 'authors', 'pmid', 'pmcid', 'article type'],
  },
  pmc12059991: {
    confirmed: ['pmcid and url (from the cited PMC link)'],
    unconfirmed: [PENDING_TITLE, 'authors', 'journal', 'year', 'doi', 'pmid', 'article type'],
  },
}

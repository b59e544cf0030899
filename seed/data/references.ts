/**
 * The references of the demo: the 11 the source article cites (the URLs after 参考), in the
 * order they appear, and the two official notices the risk disclosures name.
 *
 * A field is filled in only where it was read on the page at the address given
 * (/work/shared/references-verified.md records what was confirmed): nothing is taken from
 * memory or guessed from a URL pattern (so the MDPI papers carry no DOI, journal or year).
 * A reference without a confirmed title has no title: the public pages show its identifier,
 * marked 「書誌情報未確認」, until a physician looks it up and verifies it in the admin.
 *
 * `evidenceLevel` is the editor's classification of what the reference is cited for; for
 * the papers that nobody has read yet it is 'preclinical' because the source article cites
 * them for basic exosome biology — the reviewer confirms it when verifying.
 */
import type { ReferenceKey, ReferenceSeed } from './types'

export const ACCESSED_AT = '2026-11-01'

const pmc = (key: ReferenceKey, pmcid: string): ReferenceSeed => ({
  key,
  slug: key,
  kind: 'journal-article',
  pmcid,
  url: `https://pmc.ncbi.nlm.nih.gov/articles/${pmcid}/`,
  accessedAt: ACCESSED_AT,
  language: 'en',
  evidenceLevel: 'preclinical',
})

const clinicPage = (key: ReferenceKey, url: string): ReferenceSeed => ({
  key,
  slug: key,
  kind: 'web-page',
  url,
  accessedAt: ACCESSED_AT,
  language: 'ja',
  evidenceLevel: 'commercial',
})

export const references: ReferenceSeed[] = [
  {
    ...clinicPage('clinic-23c', 'https://23c.jp/msc/difference-secretome-exosome/'),
    title: 'セクレトームとエクソソームの違いと比較',
    verification: {
      source: 'publisher',
      url: 'https://23c.jp/msc/difference-secretome-exosome/',
      note: 'ページの見出しでタイトルを確認。著者・公開日の記載は確認していない。セクレトームがエクソソームの利点を含むと主張する医療機関側のページで、中立的な根拠ではない（エビデンスレベル：商業・クリニック情報）。',
    },
  },
  clinicPage(
    'clinic-roppongi-footwalk',
    'https://www.roppongi-footwalk.clinic/category/private_med_aesthetics/advanced_stemcell_therapy/antiaging_stemcell_secretome',
  ),
  clinicPage('clinic-cosmedical', 'https://cosmedical.jp/menu/kansaibou/'),
  pmc('pmc10789073', 'PMC10789073'),
  pmc('pmc10811273', 'PMC10811273'),
  {
    key: 'ijbs-2023-19-1430',
    slug: 'ijbs-2023-19-1430',
    kind: 'review',
    title:
      'Exosomes and Their Bioengineering Strategies in the Cutaneous Wound Healing and Related Complications: Current Knowledge and Future Perspectives',
    authors: 'Yang G, Waheed S, Wang C, Shekh M, Li Z, Wu J',
    journal: 'International Journal of Biological Sciences',
    year: 2023,
    volume: '19',
    issue: '5',
    pages: '1430-1454',
    doi: '10.7150/ijbs.80430',
    url: 'https://www.ijbs.com/v19p1430.htm',
    accessedAt: ACCESSED_AT,
    language: 'en',
    evidenceLevel: 'preclinical',
    verification: {
      source: 'publisher',
      url: 'https://www.ijbs.com/v19p1430.htm',
      note: '出版社の論文ページでタイトル・著者・掲載誌・巻号・ページ・DOI を確認。PMID と PMCID は未確認のため空欄。皮膚の創傷治癒におけるエクソソームの総説で、それ以外の用途の根拠にはしない。',
    },
  },
  clinicPage('clinic-apskin', 'https://apskinclinic.jp/service/exosome/'),
  pmc('pmc10363204', 'PMC10363204'),
  {
    key: 'nano14070639',
    slug: 'nano14070639',
    kind: 'journal-article',
    url: 'https://www.mdpi.com/2079-4991/14/7/639',
    accessedAt: ACCESSED_AT,
    language: 'en',
    evidenceLevel: 'preclinical',
  },
  {
    key: 'cells10081959',
    slug: 'cells10081959',
    kind: 'journal-article',
    url: 'https://www.mdpi.com/2073-4409/10/8/1959',
    accessedAt: ACCESSED_AT,
    language: 'en',
    evidenceLevel: 'preclinical',
  },
  pmc('pmc12059991', 'PMC12059991'),
  {
    key: 'fda-exosome-2019',
    slug: 'fda-exosome-2019',
    kind: 'guideline',
    title: 'Public Safety Notification on Exosome Products',
    journal: 'U.S. Food and Drug Administration',
    year: 2019,
    url: 'https://www.fda.gov/vaccines-blood-biologics/safety-availability-biologics/public-safety-notification-exosome-products',
    accessedAt: ACCESSED_AT,
    language: 'en',
    evidenceLevel: 'official',
    verification: {
      source: 'publisher',
      url: 'https://www.fda.gov/vaccines-blood-biologics/safety-availability-biologics/public-safety-notification-exosome-products',
      note: 'FDA のページで題名と日付（2019年12月6日）を確認。ネブラスカ州で未承認のエクソソーム製品を投与された患者に重い有害事象が複数報告されたこと、FDA が承認したエクソソーム製品はないことが述べられている。',
    },
  },
  {
    // Found through the Japanese Society for Regenerative Medicine's announcement, which links
    // this PDF as 「幹細胞培養上清液及びエクソソーム等を用いる医療について（医政局研究開発政策課）」;
    // the PDF itself was not read, so the reference stays unverified.
    key: 'mhlw-2024-07-31',
    slug: 'mhlw-2024-07-31',
    kind: 'guideline',
    url: 'https://www.mhlw.go.jp/content/001281987.pdf',
    accessedAt: ACCESSED_AT,
    language: 'ja',
    evidenceLevel: 'official',
  },
]

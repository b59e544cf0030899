/** The whole labelled corpus, by category file. */
import { celebrity } from './celebrity'
import { clinicCopy } from './clinic-copy'
import { efficacyClaims } from './efficacy-claims'
import { eighthRound } from './eighth-round'
import { evidence } from './evidence'
import { exaggeration } from './exaggeration'
import { falseClaims } from './false-claims'
import { fifthRound } from './fifth-round'
import { incentives } from './incentives'
import { insurance } from './insurance'
import { moreCopy } from './more-copy'
import { neutral } from './neutral'
import { officialEndorsement } from './official-endorsement'
import { priceLed } from './price-led'
import { publicOrder } from './public-order'
import { qualifications } from './qualifications'
import { secondRound } from './second-round'
import { seventhRound } from './seventh-round'
import { sixthRound } from './sixth-round'
import { safetyClaims } from './safety-claims'
import { superiority } from './superiority'
import { testimonials } from './testimonials'
import type { CorpusCase } from './types'
import { unapprovedUse } from './unapproved-use'

export const corpusFiles: Record<string, CorpusCase[]> = {
  'false-claims': falseClaims,
  superiority,
  exaggeration,
  'efficacy-claims': efficacyClaims,
  'safety-claims': safetyClaims,
  'official-endorsement': officialEndorsement,
  insurance,
  testimonials,
  'public-order': publicOrder,
  'price-led': priceLed,
  incentives,
  celebrity,
  qualifications,
  'unapproved-use': unapprovedUse,
  evidence,
  'clinic-copy': clinicCopy,
  'more-copy': moreCopy,
  'second-round': secondRound,
  'fifth-round': fifthRound,
  'sixth-round': sixthRound,
  'seventh-round': seventhRound,
  'eighth-round': eighthRound,
  neutral,
}

export const corpus: CorpusCase[] = Object.values(corpusFiles).flat()

export type { CorpusCase, CaseContext, Expected } from './types'

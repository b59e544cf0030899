import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { ReviewedCollection } from '@/lib/domain'

import { richText } from '../helpers/lexical'

/** Minimal valid documents of each reviewed collection, with unique slugs (shared test DB). */

export const uniq = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`

export const lexical = (text: string) => richText([text])

export function referenceData(title = 'ワークフロー試験用文献') {
  const slug = uniq('wf-ref')
  return {
    title,
    kind: 'journal-article',
    evidenceLevel: 'rct',
    url: `https://example.org/${slug}`,
    slug,
  }
}

export function componentData(name = '試験用成分') {
  return {
    name,
    kind: 'growth-factor',
    functions: '細胞の増殖に関わる因子として報告されています。',
    slug: uniq('wf-comp'),
  }
}

export function treatmentData(name = '試験用治療') {
  return {
    name,
    summary: '保険診療で行われる、国内承認済みの試験用治療です。',
    regulatory: { coverage: 'insurance', approval: 'approved' },
    slug: uniq('wf-treat'),
  }
}

export function articleData(compares: number[], title = '試験用比較記事') {
  return {
    title,
    lead: '二つの治療の違いを、報告されている知見に基づいて整理します。',
    audience: 'general',
    compares,
    body: lexical('それぞれの治療について、報告されている知見を整理します。'),
    slug: uniq('wf-art'),
  }
}

/** Data for a new document of `collection`; articles get two fresh treatments to compare. */
export async function dataFor(
  payload: Payload,
  collection: ReviewedCollection,
): Promise<Record<string, unknown>> {
  switch (collection) {
    case 'references':
      return referenceData()
    case 'components':
      return componentData()
    case 'treatments':
      return treatmentData()
    case 'articles': {
      const a = await createPublished(payload, 'treatments', treatmentData('比較対象A'))
      const b = await createPublished(payload, 'treatments', treatmentData('比較対象B'))
      return articleData([a.id as number, b.id as number])
    }
  }
}

/** A published, approved document written as the seed does (system, workflow context). */
export async function createPublished(
  payload: Payload,
  collection: ReviewedCollection,
  data?: Record<string, unknown>,
) {
  return payload.create({
    collection,
    data: {
      ...(data ?? (await dataFor(payload, collection))),
      _status: 'published',
      reviewState: 'approved',
      lastReviewedAt: new Date().toISOString(),
    } as never,
    context: { workflow: true, disableRevalidate: true },
  }) as unknown as Promise<{ id: number } & Record<string, unknown>>
}

/** A draft-only document (never published), as a marketer would create it. */
export async function createDraft(
  payload: Payload,
  collection: ReviewedCollection,
  data?: Record<string, unknown>,
) {
  return payload.create({
    collection,
    data: (data ?? (await dataFor(payload, collection))) as never,
    draft: true,
    context: { disableRevalidate: true },
  }) as unknown as Promise<{ id: number } & Record<string, unknown>>
}

export const titleField = (collection: ReviewedCollection) =>
  collection === 'articles' || collection === 'references' ? 'title' : 'name'

/**
 * Documents for the public-site tests, created through the Local API with the seed's
 * context (no revalidation outside Next, workflow fields writable). Slugs are unique per
 * call so test files sharing the run's database never collide.
 */
import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { Article, Reference, Treatment, User } from '@/payload-types'
import { richText } from '../helpers/lexical'

export const WRITE = { disableRevalidate: true, workflow: true }

export const uid = () => randomBytes(4).toString('hex')

type Status = 'published' | 'draft'

/** Review fields of a document loaded as published and approved, or as a draft. */
const state = (status: Status) =>
  status === 'published'
    ? ({ _status: 'published', reviewState: 'approved' } as const)
    : ({ _status: 'draft', reviewState: 'draft' } as const)

export async function createUser(
  payload: Payload,
  roles: ('admin' | 'marketer' | 'reviewer')[],
  extra: Partial<User> = {},
): Promise<User> {
  return payload.create({
    collection: 'users',
    data: {
      email: `site-${roles.join('-')}-${uid()}@site.test`,
      password: 'site-test-pw-1',
      name: 'テスト 利用者',
      roles,
      ...extra,
    },
  })
}

export async function createReference(
  payload: Payload,
  status: Status = 'published',
  data: Partial<Reference> = {},
): Promise<Reference> {
  const slug = `site-ref-${uid()}`
  return payload.create({
    collection: 'references',
    context: WRITE,
    data: {
      title: `テスト文献 ${slug}`,
      kind: 'journal-article',
      evidenceLevel: 'rct',
      url: `https://example.org/${slug}`,
      slug,
      ...data,
      ...state(status),
    },
  })
}

export async function createTreatment(
  payload: Payload,
  status: Status = 'published',
  data: Partial<Treatment> = {},
): Promise<Treatment> {
  const slug = `site-treatment-${uid()}`
  return payload.create({
    collection: 'treatments',
    context: WRITE,
    data: {
      name: `テスト治療 ${slug}`,
      summary: 'テスト用の治療です。',
      slug,
      regulatory: { coverage: 'insurance', approval: 'approved' },
      ...data,
      ...state(status),
    },
  })
}

/** A Lexical body; a number in `parts` becomes an inline citation of that reference id. */
export const body = (...paragraphs: (string | number)[][]) =>
  richText(...paragraphs) as Article['body']

export async function createArticle(
  payload: Payload,
  status: Status,
  data: Partial<Omit<Article, 'compares'>> & { compares: number[] },
): Promise<Article> {
  const slug = `site-article-${uid()}`
  return payload.create({
    collection: 'articles',
    context: WRITE,
    data: {
      title: `テスト記事 ${slug}`,
      lead: 'テスト用の記事です。',
      audience: 'general',
      body: body(['本文。']),
      slug,
      ...data,
      ...state(status),
    },
  })
}

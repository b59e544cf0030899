/**
 * Documents for the public-site tests, created through the Local API with the seed's
 * context (no revalidation outside Next, workflow fields writable). Slugs are unique per
 * call so test files sharing the run's database never collide.
 */
import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { Article, Reference, Treatment, User } from '@/payload-types'

export const WRITE = { disableRevalidate: true, workflow: true }

export const uid = () => randomBytes(4).toString('hex')

type Status = 'published' | 'draft'

const statusArgs = (status: Status) =>
  status === 'published' ? { draft: false, data: { _status: 'published', reviewState: 'approved' } } : { draft: true, data: { _status: 'draft' } }

export async function createUser(payload: Payload, roles: ('admin' | 'marketer' | 'reviewer')[], extra: Partial<User> = {}): Promise<User> {
  return (await payload.create({
    collection: 'users',
    data: { email: `site-${roles.join('-')}-${uid()}@site.test`, password: 'site-test-pw-1', name: 'テスト 利用者', roles, ...extra } as never,
  })) as User
}

export async function createReference(payload: Payload, status: Status = 'published', data: Partial<Reference> = {}): Promise<Reference> {
  const slug = `site-ref-${uid()}`
  const s = statusArgs(status)
  return (await payload.create({
    collection: 'references',
    draft: s.draft,
    context: WRITE,
    data: { title: `テスト文献 ${slug}`, kind: 'journal-article', evidenceLevel: 'rct', url: `https://example.org/${slug}`, slug, ...s.data, ...data } as never,
  })) as Reference
}

export async function createTreatment(payload: Payload, status: Status = 'published', data: Partial<Treatment> = {}): Promise<Treatment> {
  const slug = `site-treatment-${uid()}`
  const s = statusArgs(status)
  return (await payload.create({
    collection: 'treatments',
    draft: s.draft,
    context: WRITE,
    data: {
      name: `テスト治療 ${slug}`,
      summary: 'テスト用の治療です。',
      slug,
      regulatory: { coverage: 'insurance', approval: 'approved' },
      ...s.data,
      ...data,
    } as never,
  })) as Treatment
}

/** A Lexical body; a number in `parts` becomes an inline citation of that reference id. */
export function body(...paragraphs: (string | number)[][]): Article['body'] {
  let n = 0
  const blockId = () => `${uid()}${uid()}${(++n).toString(16).padStart(8, '0')}`
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((parts) =>
        parts.length === 1 && parts[0] === 'TABLE'
          ? { type: 'block', version: 2, format: '', fields: { id: blockId(), blockName: '', blockType: 'comparisonTable' } }
          : {
              type: 'paragraph',
              format: '',
              indent: 0,
              version: 1,
              direction: 'ltr',
              textFormat: 0,
              children: parts.map((p) =>
                typeof p === 'number'
                  ? { type: 'inlineBlock', version: 1, fields: { id: blockId(), blockName: '', blockType: 'citation', reference: p } }
                  : { type: 'text', text: p, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
              ),
            },
      ),
    },
  } as unknown as Article['body']
}

export async function createArticle(
  payload: Payload,
  status: Status,
  data: Partial<Omit<Article, 'compares'>> & { compares: number[] },
): Promise<Article> {
  const slug = `site-article-${uid()}`
  const s = statusArgs(status)
  return (await payload.create({
    collection: 'articles',
    draft: s.draft,
    context: WRITE,
    data: {
      title: `テスト記事 ${slug}`,
      lead: 'テスト用の記事です。',
      audience: 'general',
      body: body(['本文。']),
      slug,
      ...s.data,
      ...data,
    } as never,
  })) as Article
}

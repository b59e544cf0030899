import { ValidationError, type PayloadRequest } from 'payload'

import { relationId, type Id } from '@/lib/domain'
import { documentPath, hasOwnPage, pageOfPath, type PageCollection } from '@/lib/seo/url'
import type { Redirect } from '@/payload-types'

import { isSitePath, normalizeFromPath, normalizeToUrl } from './paths'

/**
 * The rules of the redirects collection (Payload's redirects plugin), applied to every save,
 * the admin's and the review workflow's alike:
 *  - `from` is a site path where no published page lives (a redirect never hides a page);
 *  - chains collapse: a redirect to the `from` of another takes that one's destination, and
 *    redirects to a new `from` are pointed past it (A→B, then B→C: A→C);
 *  - loops are refused with a 400 naming the field.
 * A destination that is a document (`reference`) is served at its published slug, so renaming
 * it again never makes a chain.
 */

export type RedirectTo = NonNullable<Redirect['to']>
export type RedirectData = { id?: Id; from?: string | null; to?: RedirectTo | null }

const MAX_HOPS = 20

const refuse = (path: string, message: string): never => {
  throw new ValidationError({ collection: 'redirects', errors: [{ path, message }] })
}

/** The path a published document answers at, or null (no page, or not published). */
export async function publishedPath(
  req: PayloadRequest,
  collection: string,
  id: Id,
): Promise<string | null> {
  if (!hasOwnPage(collection)) return null
  const doc = await req.payload.findByID({
    collection,
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { slug: true, _status: true },
    req,
  })
  return doc?._status === 'published' && doc.slug ? documentPath(collection, doc.slug) : null
}

/** Whether a published page lives at `path`. */
async function isLivePage(req: PayloadRequest, path: string): Promise<boolean> {
  const page = pageOfPath(path)
  if (!page) return false
  const { totalDocs } = await req.payload.count({
    collection: page.collection,
    where: { and: [{ slug: { equals: page.slug } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

async function redirectFrom(req: PayloadRequest, from: string, except?: Id) {
  const { docs } = await req.payload.find({
    collection: 'redirects',
    where:
      except === undefined
        ? { from: { equals: from } }
        : { and: [{ from: { equals: from } }, { id: { not_equals: except } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
  })
  return docs[0] as (RedirectData & { id: Id }) | undefined
}

/**
 * Normalises and checks a redirect before it is stored, and collapses its destination: a
 * custom destination that is itself redirected is replaced by the end of that chain.
 */
export async function checkRedirect(
  req: PayloadRequest,
  data: RedirectData,
  original?: RedirectData,
): Promise<RedirectData> {
  const merged = { ...original, ...data, to: { ...original?.to, ...data.to } }
  const from = normalizeFromPath(merged.from)
  if (!from.ok) return refuse('from', from.message)
  if (await isLivePage(req, from.path)) {
    refuse(
      'from',
      `転送元「${from.path}」には公開中のページがあるため、転送を設定できません（from: a published page lives at this path）`,
    )
  }

  let to: RedirectTo = merged.to
  const seen = new Set([from.path])
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    if (to.type === 'reference') {
      const ref = to.reference
      const id = relationId(ref?.value)
      if (!ref || id === undefined)
        return refuse(
          'to.reference',
          '転送先のドキュメントを選んでください（to.reference is required）',
        )
      const target = await publishedPath(req, ref.relationTo, id)
      if (target && seen.has(target)) {
        refuse(
          'to.reference',
          `転送先のページ「${target}」が転送元に戻るため保存できません（to.reference: redirect loop）`,
        )
      }
      return {
        ...data,
        from: from.path,
        to: {
          type: 'reference',
          reference: { relationTo: ref.relationTo, value: Number(id) } as RedirectTo['reference'],
          url: null,
        },
      }
    }
    const url = normalizeToUrl(to.url)
    if (!url.ok) return refuse('to.url', url.message)
    if (seen.has(url.path)) {
      refuse(
        'to.url',
        `転送先「${url.path}」をたどると転送元「${from.path}」に戻るため保存できません（to.url: redirect loop）`,
      )
    }
    if (!isSitePath(url.path))
      return { ...data, from: from.path, to: { type: 'custom', url: url.path, reference: null } }
    const next = await redirectFrom(req, url.path, merged.id)
    if (!next?.to)
      return { ...data, from: from.path, to: { type: 'custom', url: url.path, reference: null } }
    seen.add(url.path)
    to = next.to
  }
  return refuse('to.url', `転送が${MAX_HOPS}段を超えて連鎖しています（to.url: chain too long）`)
}

/** Points every redirect whose custom destination is `doc.from` at `doc`'s destination (A→B, B→C: A→C). */
export async function collapseChainsInto(
  req: PayloadRequest,
  doc: RedirectData & { id: Id },
): Promise<void> {
  if (!doc.from || !doc.to) return
  const { docs } = await req.payload.find({
    collection: 'redirects',
    where: {
      and: [
        { 'to.type': { equals: 'custom' } },
        { 'to.url': { equals: doc.from } },
        { id: { not_equals: doc.id } },
      ],
    },
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
  })
  for (const other of docs) {
    await req.payload.update({
      collection: 'redirects',
      id: other.id,
      data: { to: doc.to },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
}

/**
 * After an approval has published a document at `slug`: its path is a page again, so a
 * redirect from it goes; and when the approval changed the published slug, the old path
 * redirects to the document (at whatever slug it is published later).
 */
export async function redirectOnPublish(
  req: PayloadRequest,
  collection: PageCollection,
  id: Id,
  slug: string,
  previousSlug: string | null,
): Promise<void> {
  const path = documentPath(collection, slug)
  const stale = await redirectFrom(req, path)
  if (stale)
    await req.payload.delete({ collection: 'redirects', id: stale.id, overrideAccess: true, req })
  if (!previousSlug || previousSlug === slug) return

  const from = documentPath(collection, previousSlug)
  const to: RedirectTo = {
    type: 'reference',
    reference: { relationTo: collection, value: Number(id) },
  }
  const existing = await redirectFrom(req, from)
  if (existing)
    await req.payload.update({
      collection: 'redirects',
      id: existing.id,
      data: { to },
      depth: 0,
      overrideAccess: true,
      req,
    })
  else
    await req.payload.create({
      collection: 'redirects',
      data: { from, to },
      depth: 0,
      overrideAccess: true,
      req,
    })
}

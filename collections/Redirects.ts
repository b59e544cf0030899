import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { CollectionAfterChangeHook, CollectionBeforeValidateHook } from 'payload'

import { checkRedirect, collapseChainsInto, type RedirectData } from '@/lib/redirects/rules'
import { PAGE_COLLECTIONS } from '@/lib/seo/url'

import { adminOnly, staff } from './shared/access'
import { adminGroups } from './shared/adminGroups'

const checkBeforeSave: CollectionBeforeValidateHook = ({ data, originalDoc, req }) =>
  checkRedirect(req, (data ?? {}) as RedirectData, originalDoc as RedirectData | undefined)

const collapseChains: CollectionAfterChangeHook = async ({ doc, req }) => {
  await collapseChainsInto(req, doc)
  return doc
}

/**
 * Payload's redirects plugin: old paths answer 301 with the new one (proxy.ts serves them,
 * lib/redirects/table.ts reads them). The review workflow adds one when an approval changes a
 * published slug; admins manage them in the admin; lib/redirects/rules.ts keeps them free of
 * chains and loops.
 */
export const redirects = redirectsPlugin({
  collections: [...PAGE_COLLECTIONS],
  overrides: {
    labels: {
      singular: { ja: 'リダイレクト', en: 'Redirect' },
      plural: { ja: 'リダイレクト', en: 'Redirects' },
    },
    admin: {
      group: adminGroups.admin,
      useAsTitle: 'from',
      defaultColumns: ['from', 'to.type', 'to.url', 'to.reference', 'updatedAt'],
      description: {
        ja: '古い URL から新しいページへの恒久的な転送（301）。承認でスラッグが変わると自動で追加されます。',
        en: 'Permanent (301) redirects; added automatically when an approval changes a slug.',
      },
    },
    access: { read: staff, create: adminOnly, update: adminOnly, delete: adminOnly },
    hooks: { beforeValidate: [checkBeforeSave], afterChange: [collapseChains] },
  },
})

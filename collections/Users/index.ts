import type { CollectionConfig } from 'payload'

import { roleOptions } from '@/lib/domain'
import { env } from '@/lib/env'

import { adminOnly, adminOnlyField, adminOrSelf, adminOrSelfField } from '../shared/access'
import { adminGroups } from '../shared/adminGroups'
import { readSelfOrReviewerBylines } from './access'
import { ensureFirstUserIsAdmin } from './hooks/ensureFirstUserIsAdmin'
import { publicProfile } from './hooks/publicProfile'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { ja: 'ユーザー', en: 'User' },
    plural: { ja: 'ユーザー', en: 'Users' },
  },
  auth: {
    // Locks an account for 10 minutes after 5 wrong passwords; sessions last 8 hours.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: env.serverUrl.startsWith('https://') },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'qualification'],
    group: adminGroups.admin,
  },
  access: {
    read: readSelfOrReviewerBylines,
    create: adminOnly,
    update: adminOrSelf,
    delete: adminOnly,
    admin: ({ req: { user } }) => Boolean(user),
  },
  hooks: {
    beforeChange: [ensureFirstUserIsAdmin],
    afterRead: [publicProfile],
  },
  fields: [
    // Payload's own email field, with read access narrowed: nobody can see or filter by
    // someone else's email unless they are an admin.
    { name: 'email', type: 'email', access: { read: adminOrSelfField } },
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { ja: '表示名', en: 'Display name' },
      admin: { description: { ja: '公開ページの監修者欄に表示される名前です。', en: 'Shown in the public reviewer byline.' } },
    },
    {
      name: 'qualification',
      type: 'text',
      label: { ja: '資格・肩書き', en: 'Qualification' },
      admin: { description: { ja: '例：医師・皮膚科専門医。監修者欄に表示されます。', en: 'e.g. physician, board-certified dermatologist.' } },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['marketer'],
      saveToJWT: true,
      options: roleOptions,
      label: { ja: 'ロール', en: 'Roles' },
      admin: { description: { ja: '管理者のみ変更できます。', en: 'Only admins can change roles.' } },
      access: {
        create: adminOnlyField,
        update: adminOnlyField,
      },
    },
  ],
}

import type { CollectionConfig, FieldAccess } from 'payload'

import { roleOptions } from '@/lib/domain'
import { env } from '@/lib/env'

import { adminOnly, adminOnlyField, adminOrSelf, adminOrSelfField } from '../shared/access'
import { adminGroups } from '../shared/adminGroups'
import { readSelfOrReviewerBylines } from './access'
import { forgotPasswordEndpoint } from './endpoints/forgotPassword'
import { sessionEndpoints } from './endpoints/sessions'
import { twoFactorEndpoints } from './endpoints/twoFactor'
import { answerWithEnrolment } from './hooks/answerWithEnrolment'
import {
  handOutRecoveryCodes,
  liftThrottleOnUnlockOrReset,
  withholdSessionUntilSecondFactor,
} from './hooks/afterAuthOperations'
import { enforcePasswordPolicy, enforcePasswordPolicyOnReset } from './hooks/enforcePasswordPolicy'
import { ensureFirstUserIsAdmin } from './hooks/ensureFirstUserIsAdmin'
import { publicProfile } from './hooks/publicProfile'
import { requireSecondFactor } from './hooks/requireSecondFactor'
import { revokeSessionsOnRoleChange } from './hooks/revokeSessionsOnRoleChange'
import { throttleLogin } from './hooks/throttleLogin'
import { trustSignedInBrowser } from './hooks/trustSignedInBrowser'
import { resetPasswordEmail } from './resetPasswordEmail'

/** Account-security state: written only by the auth code itself, read by nobody over any API. */
const nobody: FieldAccess = () => false

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { ja: 'ユーザー', en: 'User' },
    plural: { ja: 'ユーザー', en: 'Users' },
  },
  auth: {
    // No account lock (anyone could lock anyone out): logins are throttled per account and
    // browser instead (hooks/throttleLogin.ts, lib/auth/loginThrottle.ts). Sessions last 8 hours.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: env.serverUrl.startsWith('https://') },
    forgotPassword: resetPasswordEmail,
  },
  // Accounts are managed over REST and in the admin, where the login throttle, the second
  // factor and the forgot-password timing apply; GraphQL only reads users (the byline).
  graphQL: { disableMutations: true },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'qualification', 'twoFactor'],
    group: adminGroups.admin,
  },
  access: {
    read: readSelfOrReviewerBylines,
    create: adminOnly,
    update: adminOrSelf,
    delete: adminOnly,
    unlock: adminOnly,
    admin: ({ req: { user } }) => Boolean(user),
  },
  endpoints: [forgotPasswordEndpoint, ...twoFactorEndpoints, ...sessionEndpoints],
  hooks: {
    beforeOperation: [throttleLogin, enforcePasswordPolicyOnReset],
    beforeValidate: [enforcePasswordPolicy],
    beforeChange: [ensureFirstUserIsAdmin],
    afterChange: [revokeSessionsOnRoleChange],
    beforeLogin: [requireSecondFactor],
    afterLogin: [trustSignedInBrowser],
    afterOperation: [
      withholdSessionUntilSecondFactor,
      handOutRecoveryCodes,
      liftThrottleOnUnlockOrReset,
    ],
    afterRead: [publicProfile],
    afterError: [answerWithEnrolment],
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
      admin: {
        description: {
          ja: '公開ページの監修者欄に表示される名前です。',
          en: 'Shown in the public reviewer byline.',
        },
      },
    },
    {
      name: 'qualification',
      type: 'text',
      label: { ja: '資格・肩書き', en: 'Qualification' },
      admin: {
        description: {
          ja: '例：医師・皮膚科専門医。監修者欄に表示されます。',
          en: 'e.g. physician, board-certified dermatologist.',
        },
      },
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
      admin: {
        description: {
          ja: '管理者のみ変更できます。変更すると、その人の他のセッションは終了します。',
          en: 'Only admins can change roles. A change signs the user out of their other sessions.',
        },
      },
      access: {
        create: adminOnlyField,
        update: adminOnlyField,
      },
    },
    {
      // Set up and used through the sign-in and /api/users/two-factor/* (collections/Users/secondFactor.ts).
      name: 'twoFactor',
      type: 'group',
      label: { ja: '二段階認証', en: 'Two-factor authentication' },
      access: { read: adminOrSelfField, create: nobody, update: nobody },
      admin: {
        components: {
          Field: '@/lib/auth/admin/AccountSecurity.client#AccountSecurity',
          Cell: '@/lib/auth/admin/TwoFactorCell.client#TwoFactorCell',
        },
      },
      fields: [
        {
          name: 'enabled',
          type: 'checkbox',
          defaultValue: false,
          label: { ja: '有効', en: 'Enabled' },
        },
        { name: 'enabledAt', type: 'date', label: { ja: '設定日時', en: 'Enabled at' } },
        {
          name: 'recoveryCodesLeft',
          type: 'number',
          label: { ja: '未使用のリカバリーコード', en: 'Recovery codes left' },
        },
        // The TOTP secret, encrypted (lib/auth/twoFactor.ts); recovery codes, salted and hashed;
        // the time step of the last code used, so that no code is accepted twice.
        {
          name: 'secret',
          type: 'text',
          hidden: true,
          access: { read: nobody, create: nobody, update: nobody },
        },
        {
          name: 'recoveryCodes',
          type: 'json',
          hidden: true,
          access: { read: nobody, create: nobody, update: nobody },
        },
        {
          name: 'lastUsedStep',
          type: 'number',
          hidden: true,
          access: { read: nobody, create: nobody, update: nobody },
        },
      ],
    },
    {
      // Set by the development seed only: see `secondFactorNeed` and the README's demo logins.
      name: 'demoAccount',
      type: 'checkbox',
      hidden: true,
      defaultValue: false,
      access: { read: nobody, create: nobody, update: nobody },
    },
    // Payload's sessions field, closed: its base access let anyone with no user (id undefined)
    // read it and filter by it, which leaked session ids character by character.
    {
      name: 'sessions',
      type: 'array',
      access: { read: adminOnlyField, create: nobody, update: nobody },
      fields: [],
    },
  ],
}

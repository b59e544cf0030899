import type { GlobalConfig } from 'payload'

import { anyone, staff } from './shared/access'
import { revalidateSiteSettings } from './shared/hooks/revalidate'
import { adminGroups } from './shared/adminGroups'

/** The clinic's own details, shown on every page (a global, not a collection). */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { ja: 'サイト設定', en: 'Site settings' },
  admin: { group: adminGroups.admin },
  access: { read: anyone, update: staff },
  hooks: { afterChange: [revalidateSiteSettings] },
  fields: [
    {
      name: 'clinicName',
      type: 'text',
      required: true,
      label: { ja: 'クリニック名', en: 'Clinic name' },
    },
    {
      name: 'contact',
      type: 'group',
      label: { ja: '連絡先', en: 'Contact' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: { ja: '電話番号', en: 'Phone' } },
            { name: 'email', type: 'email', label: { ja: 'メール', en: 'Email' } },
          ],
        },
        { name: 'url', type: 'text', label: { ja: 'ウェブサイト', en: 'Website' } },
        { name: 'address', type: 'text', label: { ja: '所在地', en: 'Address' } },
        { name: 'hours', type: 'text', label: { ja: '診療時間', en: 'Hours' } },
      ],
    },
  ],
}

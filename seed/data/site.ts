/**
 * Site settings (global) of the fictional demo clinic. Shown to visitors, so no demo markers:
 * the values are unmistakably placeholders by their form (postal code 100-0000, phone
 * 03-0000-0000, the reserved example.jp domain, block number 0-0).
 */
import type { SiteSettingsSeed } from './types'

export const siteSettings: SiteSettingsSeed = {
  clinicName: 'ひかくクリニック',
  contact: {
    phone: '03-0000-0000',
    address: '〒100-0000 東京都千代田区千代田0-0',
    url: 'https://www.example.jp',
    email: 'info@example.jp',
    hours: '10:00〜19:00（日曜・祝日休診）',
  },
}

/** Site settings (global). Every value is a clearly fake demo value (example.jp is reserved for examples). */
import type { SiteSettingsSeed } from './types'

export const siteSettings: SiteSettingsSeed = {
  clinicName: 'ひかくクリニック（デモ）',
  contact: {
    phone: '03-0000-0000',
    address: '〒100-0000 東京都千代田区〇〇1-2-3 デモビル4階（デモ住所）',
    url: 'https://www.example.jp',
    email: 'info@example.jp',
    hours: '10:00〜19:00（日曜・祝日休診）※デモ表記',
  },
}

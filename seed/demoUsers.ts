/** The development seed's demo users (never created in production) and their shared password. */
export const DEMO_PASSWORD = 'hikaku-demo'

export const demoUsers = [
  { email: 'admin@hikaku.test', name: '管理者（デモ）', roles: ['admin'] },
  { email: 'marketer@hikaku.test', name: '広報 花子（デモ）', roles: ['marketer'] },
  { email: 'reviewer@hikaku.test', name: '山田 太郎（デモ）', qualification: '医師・皮膚科専門医', roles: ['reviewer'] },
  { email: 'reviewer2@hikaku.test', name: '佐藤 恵（デモ）', qualification: '医師・形成外科専門医', roles: ['reviewer'] },
] as const

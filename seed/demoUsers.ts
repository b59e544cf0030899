/**
 * The development seed's demo accounts, one per role. They are created only outside
 * production and flagged `demoAccount`: while the demo exemption is on (lib/env.ts), they
 * sign in with the password alone, so a newcomer can try every role.
 */
export const DEMO_PASSWORD = 'hikaku-demo-login'

export const demoUsers = [
  { email: 'admin@hikaku.test', name: '管理者（デモ）', roles: ['admin'] },
  { email: 'marketer@hikaku.test', name: '広報 花子（デモ）', roles: ['marketer'] },
  {
    email: 'reviewer@hikaku.test',
    name: '山田 太郎（デモ）',
    qualification: '医師・皮膚科専門医',
    roles: ['reviewer'],
  },
  {
    email: 'reviewer2@hikaku.test',
    name: '佐藤 恵（デモ）',
    qualification: '医師・形成外科専門医',
    roles: ['reviewer'],
  },
] as const

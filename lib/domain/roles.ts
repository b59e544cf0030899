export const ROLES = ['admin', 'marketer', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

export const roleOptions: { label: { ja: string; en: string }; value: Role }[] = [
  { label: { ja: '管理者', en: 'Admin' }, value: 'admin' },
  { label: { ja: 'マーケター（編集者）', en: 'Marketer (editor)' }, value: 'marketer' },
  { label: { ja: '医療レビュアー（医師）', en: 'Medical reviewer' }, value: 'reviewer' },
]

type WithRoles = { roles?: readonly string[] | null } | null | undefined

export const hasRole = (user: WithRoles, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => (roles as string[]).includes(role)))

/** Clinic staff: everyone with a role who works in the admin. */
export const isStaff = (user: WithRoles): boolean => hasRole(user, ...ROLES)

/** Every staff action, by name. Each one writes exactly one audit entry, in its own transaction. */
export const auditActions = [
  'profile.approve',
  'profile.reject',
  'profile.request_changes',
  'organisation.suspend',
  'organisation.restore',
  'report.dismiss',
  'report.suspend',
  'organisations.import',
  'lead.broker',
  'lead.request_handled',
  'introduction.broker',
  'introduction.note',
  'taxonomy.add',
  'taxonomy.rename',
  'taxonomy.retire',
  'taxonomy.restore',
  'user.role',
  'user.disable',
  'user.enable',
] as const

export type AuditAction = (typeof auditActions)[number]

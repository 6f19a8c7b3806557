import { defineConfig } from 'prisma/config'

// Used by the Prisma CLI (`prisma generate`). Migrations run through server/database/migrations.ts.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
})

import { inject } from 'vitest'

// Before any test imports the app's modules, point them at this run's database.
process.env.DATABASE_URL = inject('databaseUrl')

import { account } from './account'
import { auth } from './auth'
import { common } from './common'
import { errors } from './errors'

export const ja = { common, errors, auth, account }

import { account } from './account'
import { auth } from './auth'
import { common } from './common'
import { errors } from './errors'
import { matching } from './matching'
import { profiles } from './profiles'

export const en = { common, errors, auth, account, profiles, matching }

import { account } from './account'
import { auth } from './auth'
import { common } from './common'
import { errors } from './errors'
import { introductions } from './introductions'
import { matching } from './matching'
import { profiles } from './profiles'
import { events } from './events'
import { home } from './home'
import { meetings } from './meetings'
import { staff } from './staff'

export const en = {
  common,
  errors,
  auth,
  account,
  profiles,
  matching,
  introductions,
  events,
  meetings,
  staff,
  home,
}

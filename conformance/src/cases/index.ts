import { beyondSeedIds, catalogIds } from '../catalog-ids.js'
import type { ConformanceCase } from '../conformance-case.js'
import { beyondSeedCases } from './beyond-seed-cases.js'
import { connectionEventCases } from './connection-event-cases.js'
import { fileCases } from './file-cases.js'
import { historyCases } from './history-cases.js'
import { messageCases } from './message-cases.js'
import { participantEventCases } from './participant-event-cases.js'
import { pollingCases } from './polling-cases.js'
import { queryCases } from './query-cases.js'
import { registrationCases } from './registration-cases.js'
import { restoreCases } from './restore-cases.js'
import { restoreEventCases } from './restore-event-cases.js'
import { sessionCases } from './session-cases.js'
import { sessionEventCases } from './session-event-cases.js'
import { userDataCases } from './user-data-cases.js'

const cases: readonly ConformanceCase[] = [
  ...sessionCases,
  ...messageCases,
  ...userDataCases,
  ...pollingCases,
  ...restoreCases,
  ...queryCases,
  ...fileCases,
  ...historyCases,
  ...registrationCases,
  ...restoreEventCases,
  ...sessionEventCases,
  ...participantEventCases,
  ...connectionEventCases,
  ...beyondSeedCases,
]

const order = new Map([...catalogIds(), ...beyondSeedIds()].map((id, i) => [id, i]))

/** Every case of the suite, in catalog order (the seed's commands, then its events, then rows beyond the seed). */
export const allCases: readonly ConformanceCase[] = [...cases].sort(
  (a, b) => (order.get(a.id) ?? order.size) - (order.get(b.id) ?? order.size),
)

import type { ConformanceCase } from '../conformance-case.js'
import { eventCases } from './event-cases.js'
import { fileCases } from './file-cases.js'
import { historyCases } from './history-cases.js'
import { messageCases } from './message-cases.js'
import { pollingCases } from './polling-cases.js'
import { queryCases } from './query-cases.js'
import { registrationCases } from './registration-cases.js'
import { restoreCases } from './restore-cases.js'
import { sessionCases } from './session-cases.js'
import { userDataCases } from './user-data-cases.js'

/** Every case of the suite, in catalog order (commands, then events). */
export const allCases: readonly ConformanceCase[] = [
  ...sessionCases,
  ...messageCases,
  ...userDataCases,
  ...pollingCases,
  ...restoreCases,
  ...queryCases,
  ...fileCases,
  ...historyCases,
  ...registrationCases,
  ...eventCases,
]

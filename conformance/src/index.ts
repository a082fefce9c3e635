export type { CaseResult, CaseStatus, Observation, TargetRun } from './case-result.js'
export { allCases } from './cases/index.js'
export { catalogIds } from './catalog-ids.js'
export {
  CheckFailure,
  check,
  checkEqual,
  checkRejected,
  checkResolved,
  isFailureStatus,
  isSuccessStatus,
} from './check.js'
export type {
  CaseContext,
  CaseLevel,
  ConformanceCase,
  NotApplicable,
  RecordedEvent,
  Settlement,
} from './conformance-case.js'
export { type CoverageReport, computeCoverage, MAX_WAIVER_PERCENT } from './coverage.js'
export { type Difference, differential } from './differential.js'
export { htmlReport } from './reports/html-report.js'
export { junitXml } from './reports/junit-xml.js'
export type { SuiteReport } from './reports/suite-report.js'
export { terminalMatrix } from './reports/terminal-matrix.js'
export { writeReports } from './reports/write-reports.js'
export { type ConformanceOptions, runConformance } from './run-conformance.js'
export { runSuite } from './run-suite.js'
export type {
  CaseSettings,
  ConformanceTarget,
  FaultKind,
  ServerRole,
  ServerSessionView,
  TargetController,
  TargetEnv,
  TargetInstance,
} from './target.js'
export { builtInTargets, mockServerTarget } from './targets/mock-server-target.js'
export { type Clock, createVirtualClock, type VirtualClock } from './virtual-clock.js'
export { type Waiver, waivers } from './waivers.js'

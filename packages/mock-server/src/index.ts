export {
  type ActAs,
  type AdminController,
  type AdminErrorCode,
  type AdminResult,
  type AgentSpec,
  createAdminController,
} from './admin/admin-controller.js'
export type { EventView, ParticipantView, SessionDetail, SessionSummary } from './admin/session-view.js'
export { type Clock, createManualClock, type ManualClock, realClock } from './clock.js'
export {
  type ConfigResult,
  FAULT_KINDS,
  type FaultConfig,
  type FaultKind,
  parseFaultConfig,
} from './faults/fault-config.js'
export {
  createMockChatServer,
  type ListenOptions,
  type MockChatServer,
  type MockChatServerOptions,
  resolveScenario,
} from './mock-chat-server.js'
export { defaultFileLimits, type FileLimitsConfig } from './model/file-limits.js'
export { mswHandlersFor } from './msw-handlers.js'
export { builtInScenarios } from './scenario/built-in-scenarios.js'
export { type AgentScript, parseScenario, type Scenario } from './scenario/scenario.js'

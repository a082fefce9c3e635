export { FakeChatServer, type FakeSession, wireObject } from './fake-chat-server.js'
export { createFakeClock, type FakeClock } from './fake-clock.js'
export {
  allCapabilities,
  createFakeTransport,
  type FakeCall,
  type FakeFault,
  type FakeMethod,
  type FakeTransport,
  type FakeTransportOptions,
} from './fake-transport.js'

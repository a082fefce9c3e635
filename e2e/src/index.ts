export {
  CHROMIUM_FLAGS,
  CHROMIUM_NOT_FOUND,
  DEFAULT_CHROMIUM_PATH,
  findChromium,
  type LaunchChromiumOptions,
  launchChromium,
} from './chromium.js'

/**
 * Defaults of the configuration options (seed: WebChatService Configuration, Options tables;
 * catalog rows option.v2.* / option.v3.*).
 */
export const configDefaults = {
  /** option.v2.ajaxTimeout / option.v3.ajaxTimeout: "3000". */
  ajaxTimeout: 3000,
  /** option.v2.pollExceptionLimit: "5". */
  pollExceptionLimit: 5,
  /** option.v2.restoreTimeout: "60000". */
  restoreTimeout: 60000,
} as const

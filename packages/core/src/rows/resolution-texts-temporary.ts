// TEMPORARY: removed once @chatwire/specs exports `resolutionTexts` (generated from the catalog).
export const resolutionTexts: Readonly<Record<string, string>> = {
  'startChat.rejected.already-active': 'There is already an active chat session',
  'startChat.rejected.invalid-user-data': 'malformed data object provided in userData property',
  'endChat.rejected.no-active-session': 'There is no active chat session',
  'sendMessage.rejected.no-message-text': 'No message text provided',
  'sendMessage.rejected.no-active-session': 'There is no active chat session',
  'sendCustomNotice.rejected.not-supported': "This transport doesn't support sendCustomNotice command.",
  'sendTyping.rejected.no-active-session': 'There is no active chat session',
  'sendFilteredMessage.rejected.no-active-session': 'No active chat session',
  'addPrefilter.rejected.invalid-filters':
    'Missing or invalid filters provided. Please provide a regular expression or an array of regular expressions.',
  'updateUserData.rejected.not-supported':
    "This transport doesn't support updating userData during an active chat session.",
  'poll.rejected.access-denied':
    'Access Denied to private command. Only WebChatService is allowed to invoke this command.',
  'poll.rejected.previous-poll-pending': 'previous poll has not finished.',
  'poll.rejected.not-supported': "This transport doesn't support polling.",
  'startPoll.rejected.no-active-session': 'No active chat session',
  'startPoll.rejected.not-supported': "This transport doesn't support polling",
  'stopPoll.rejected.no-active-session': 'No active chat session',
  'stopPoll.rejected.not-supported': "This transport doesn't support polling",
  'resetPollExceptions.rejected.not-supported': "This transport doesn't support resetPollExceptions command.",
  'restore.rejected.in-progress': 'Already restoring. Ignoring request.',
  'restore.rejected.already-active': 'Chat session is already active, ignoring restore command.',
  'restore.rejected.access-denied':
    'Access Denied to private command. Only WebChatService is allowed to invoke this command in Non-Async mode.',
  'sendFile.rejected.not-supported': "This transport doesn't support file uploads",
  'fetchHistory.rejected.not-async': 'Fetching history messages applies only to Asynchronous chat',
  'fetchHistory.rejected.no-more-messages': 'No more messages to fetch',
  'registerTypingPreviewInput.rejected.invalid-input':
    "Invalid value provided for the 'input' property. An HTML element reference to a textarea or text input is required.",
  'registerPreProcessor.rejected.invalid-preprocessor':
    "No preprocessor function provided. Type provided was '<DATATYPE>'.",
}

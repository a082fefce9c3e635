/**
 * Golden wire bodies, written by hand from pureengage-v3.md (§3 E1 reply shape, §4 token sample shape,
 * §6 illustrative event and field table). They are the independent truth the codec is checked against.
 */

/** §4: header {"alg":"HS256","typ":"JWT"}, payload {sessionId, transportId, participantId} (three UUIDs, no exp/iat). */
export const GOLDEN_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.' +
  'eyJzZXNzaW9uSWQiOiI1ZjBjNmEzZS04ZDJiLTRjNzEtOWE0ZS0yYjdkMWMwZTlmMzEiLCJ0cmFuc3BvcnRJZCI6ImExYjJjM2Q0LWU1ZjYtNGE3Yi04YzlkLTBlMWYyYTNiNGM1ZCIsInBhcnRpY2lwYW50SWQiOiI3YzFlMmYzYS00YjVjLTRkNmUtOGY3MC04MTkyYTNiNGM1ZDYifQ.' +
  'c2lnbmF0dXJlLW5vdC1jaGVja2Vk'

export const GOLDEN_TOKEN_PAYLOAD = {
  sessionId: '5f0c6a3e-8d2b-4c71-9a4e-2b7d1c0e9f31',
  transportId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  participantId: '7c1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
}

/** §3 E1 reply as [CODE-DEMO] shows it. */
export const GOLDEN_START_REPLY = `{
  "status": { "code": "SUCCESS" },
  "data": {
    "clientToken": "${GOLDEN_TOKEN}",
    "entity": { "id": "5f0c6a3e-8d2b-4c71-9a4e-2b7d1c0e9f31",
                "selfUri": "/nexus/v3/chat/sessions/5f0c6a3e-8d2b-4c71-9a4e-2b7d1c0e9f31" }
  }
}`

/** §3 E3 reply with the §6 illustrative event and the other §6 fields (content, PushUrl url, Customer). */
export const GOLDEN_MESSAGES_REPLY = `{
  "status": { "code": 0, "message": "ok" },
  "data": {
    "messages": [
      { "index": "1700000000100-0", "type": "ParticipantJoined", "utcTime": 1700000000100,
        "from": { "nickname": "Ann", "type": "Customer", "participantId": "7c1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6" } },
      { "index": "1700000000123-1", "type": "Text", "utcTime": 1700000000123,
        "text": "Hello, how can I help?",
        "from": { "nickname": "Anna", "type": "Agent", "participantId": "9d8c7b6a-5f4e-4d3c-2b1a-0f9e8d7c6b5a" } },
      { "index": "1700000000200-2", "type": "PushUrl", "utcTime": 1700000000200, "text": "see",
        "url": "https://example.com/help",
        "from": { "firstName": "Anna", "type": "Agent", "participantId": "9d8c7b6a-5f4e-4d3c-2b1a-0f9e8d7c6b5a" } },
      { "index": "1700000000300-3", "type": "Text", "utcTime": 1700000000300, "text": "photo",
        "content": [ { "type": "image", "mime": "image/png", "url": "/sessions/s/images/m1" } ],
        "from": { "nickname": "Ann", "type": "Customer", "participantId": "7c1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6" } },
      { "index": "1700000000400-4", "type": "TranscriptSaveDone", "utcTime": 1700000000400,
        "from": { "nickname": "system", "type": "External", "participantId": "0" } }
    ],
    "chatEnded": false
  }
}`

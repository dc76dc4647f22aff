/**
 * `node tests/unit/markdown/bench-render.ts [pages]`: renders N generated
 * pages (~3 KB, two code blocks each, admonition, tabs, table, lists) with
 * one renderer, as a build does, and prints the figures. Not a test: timing
 * depends on the machine; the target is well under 2 s for 1 000.
 */
import { createRenderer } from '../../../src/markdown/create-renderer.ts';
import { CONTENT_DIR, TEST_VARIABLES } from './render-helpers.ts';

const pages = Number(process.argv[2] ?? 1000);

function page(n: number): string {
  return `# Page ${n}: session housekeeping

Sessions of user ${n} are listed by the **Session API** at \`{{ base_path }}/apis/session/\`. See [the guide](../guides/curl.md#basic) and [the overview](index.md).
Version {{ version }} of {{ product }} keeps a session for 30 minutes (c) by default --> then it ends.

## Listing sessions

!!! note "Before you start"
    Create a session by signing in to an application. A note with *emphasis*, \`code\` and a [link]({{ base_path }}/guides/register-app).

    1. Register the application.
    2. Sign in as a test user.

=== "Basic"

    \`\`\`bash
    curl -k -u admin:admin "https://localhost:9443/api/users/v1/me/sessions?limit=${n}" \\
      -H "Accept: application/json"
    \`\`\`

=== "OAuth"

    Use a bearer token with the \`internal_session_view\` scope.

## Response

\`\`\`json title="sessions.json" hl_lines="2"
[
  { "id": "s-${n}", "userAgent": "Firefox", "ip": "10.0.0.${n % 250}", "loginTime": 1700000000, "lastAccessTime": 1700000600,
    "applications": [{ "subject": "alice", "appName": "console", "appId": "${n}" }] }
]
\`\`\`

| Field | Meaning |
|-------|---------|
| id | session id |
| loginTime | when the session started |
| lastAccessTime | last request seen |

- [x] List sessions
- [ ] Terminate one with ++ctrl+c++ in the terminal

??? info "Paging"
    Use \`limit\` and \`offset\`; ==highlighted== text, H~2~O and x^2^ and a footnote[^${n}].

[^${n}]: Footnotes render at the end.

Term
:   Definition of the term used on page ${n}.

## Terminating sessions

An administrator can end every session of a user, or a single one, through the same API. Ending a session
revokes the access tokens bound to it when they were issued by the authorization code, implicit, refresh token
or hybrid flows. Tokens shared by several sessions are revoked for all of them, so bind tokens to the SSO
session if you plan to revoke them through the API. The server also sends back-channel logout requests to the
applications that enabled them, so they can clear their own sessions of user ${n} at the same time.

> A quoted remark about sessions with a [reference link][ref] and an autolink <https://example.com/sessions/${n}>.

[ref]: https://example.com/reference

## Limits and paging

The list call returns at most \`limit\` sessions, starting at \`offset\`. Ask for the next page while the response
holds as many sessions as you asked for; a shorter page is the last one. Sessions are ordered by their last access
time, newest first, so a session that becomes active between two calls can appear twice; de-duplicate by id.
Idle sessions expire on the server after the configured timeout and drop out of the list without notice, and a
remembered session (the "remember me" option at sign-in) lives for two weeks unless the user signs out first.
`;
}

const sources = Array.from({ length: pages }, (_, i) => page(i + 1));
const bytes = sources.reduce((sum, s) => sum + Buffer.byteLength(s), 0);
let start = performance.now();
const cpuStart = process.cpuUsage();
const renderer = await createRenderer();
const setup = performance.now() - start;
start = performance.now();
for (const [i, source] of sources.entries()) {
  renderer.render(source, { file: `content/bench/page-${i}.md`, contentDir: CONTENT_DIR, variables: TEST_VARIABLES, lineOffset: 0 });
}
const render = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
console.log(`renderer set-up: ${setup.toFixed(0)} ms`);
console.log(`rendered ${pages} pages (${(bytes / pages / 1024).toFixed(1)} KB each, 2 code blocks each) in ${render.toFixed(0)} ms wall (${(render / pages).toFixed(2)} ms/page)`);
// CPU time is the steadier figure on a shared machine (other work inflates wall time)
console.log(`CPU time (set-up + render, user + system): ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`);

/**
 * `lectern/operation-scope-matches-security` (OpenAPI 3): the scopes an operation's description
 * names after "Scope required:" must be exactly the scopes of its OAuth2 security requirements,
 * so the prose readers see and the token the explorer requests cannot drift apart.
 */
import type { Oas3Rule } from '@redocly/openapi-core';

const SCOPE_LINE = /Scope required:\**\s*([^\n]*)/i;
const CODE_SPAN = /`([^`]+)`/g;

export function statedScopes(description: unknown): string[] | undefined {
  if (typeof description !== 'string') return undefined;
  const line = SCOPE_LINE.exec(description)?.[1];
  if (line === undefined) return undefined;
  return [...line.matchAll(CODE_SPAN)].map((m) => m[1]).sort();
}

const OAUTH_TYPES = new Set(['oauth2', 'openIdConnect']);

export const OperationScopeMatchesSecurity: Oas3Rule = () => {
  let root: any = {};
  return {
    Root: {
      enter(node: any) {
        root = node;
      },
    },
    Operation: {
      enter(operation: any, ctx: any) {
        const stated = statedScopes(operation.description);
        if (!stated) return;
        const schemes: Record<string, any> = root.components?.securitySchemes ?? {};
        const requirements: Record<string, string[]>[] = operation.security ?? root.security ?? [];
        const oauthScopeSets = requirements.flatMap((req) =>
          Object.entries(req)
            .filter(([name]) => OAUTH_TYPES.has(ctx.resolve(schemes[name] ?? {}).node?.type))
            .map(([, scopes]) => [...scopes].sort()),
        );
        const location = ctx.location.child(operation.security ? 'security' : 'description').key();
        if (oauthScopeSets.length === 0) {
          if (stated.length === 0) return; // "Scope required: none" and no OAuth2: consistent
          ctx.report({
            message: `Description requires scope ${stated.join(', ')} but no OAuth2 security requirement applies.`,
            location,
          });
          return;
        }
        for (const scopes of oauthScopeSets) {
          if (scopes.join(' ') !== stated.join(' ')) {
            ctx.report({
              message: `Description requires scope ${stated.join(', ') || '(none)'} but the OAuth2 requirement asks for ${scopes.join(', ') || '(none)'}.`,
              location,
            });
          }
        }
      },
    },
  };
};

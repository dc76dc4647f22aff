/**
 * `lectern/response-example-valid` (Swagger 2.0): every `examples.<mime>` of a response must
 * validate against the response `schema`. Redocly has this for OpenAPI 3 media types
 * (`no-invalid-media-type-examples`) but not for Swagger 2.0 responses.
 */
import type { Oas2Rule } from '@redocly/openapi-core';
import { createExampleValidator, instancePathSegments } from './example-validator.ts';
import type { ExampleValidator } from './example-validator.ts';

export const ResponseExampleValid: Oas2Rule = (options) => {
  let validator: ExampleValidator | undefined;
  return {
    Root: {
      enter(root: any) {
        validator = createExampleValidator(root, options.allowAdditionalProperties === true);
      },
    },
    Response: {
      leave(response: any, ctx: any) {
        if (!validator || !response?.schema || !response.examples || typeof response.examples !== 'object') return;
        for (const [mime, example] of Object.entries(response.examples)) {
          if (!/json/i.test(mime)) continue;
          const errors = validator.validate(response.schema, example) ?? [];
          for (const error of errors) {
            const segments = ['examples', mime, ...instancePathSegments(error.instancePath)];
            const unknownKey = error.keyword === 'additionalProperties' ? error.params.additionalProperty : undefined;
            const location = unknownKey ? ctx.location.child([...segments, unknownKey]).key() : ctx.location.child(segments);
            const where = error.instancePath || '(root)';
            const detail = unknownKey ? `must NOT have property \`${unknownKey}\`` : error.message;
            ctx.report({ message: `Example value must conform to the schema: ${where} ${detail}.`, location });
          }
        }
      },
    },
  };
};

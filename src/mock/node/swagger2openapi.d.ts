// swagger2openapi ships no types; the mock uses only convertObj.
declare module 'swagger2openapi' {
  const swagger2openapi: { convertObj(doc: unknown, options: Record<string, unknown>): Promise<{ openapi: any }> };
  export default swagger2openapi;
}

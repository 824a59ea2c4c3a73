import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPIObject } from '@nestjs/swagger';

/** Where clients (the web app first) read the API's types from (committed; `npm run api:types` writes it). */
export const API_TYPES_FILE = 'libs/api-client/schema.d.ts';

/** The TypeScript types of the API, as openapi-typescript generates them from the document. */
export async function generateApiTypes(document: OpenAPIObject): Promise<string> {
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]);
  return `/** Generated from PTC's OpenAPI document by \`npm run api:types\`; do not edit. */\n\n${astToString(ast)}`;
}

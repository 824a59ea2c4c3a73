/** Where the JSON API lives; `/`, and every path outside these, belongs to the web app. */
export const API_PREFIX = '/api/v1';

/** Swagger UI, and the OpenAPI document beside it. */
export const API_DOCS_PATH = '/api/docs';
export const API_DOCUMENT_PATH = '/api/docs/openapi.json';

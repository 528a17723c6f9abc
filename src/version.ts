/** Version of the Article JSON schema (kept apart from schema.ts so runtime code need not load zod). */
export const SCHEMA_VERSION = 1 as const;

/**
 * The JSON schema Chromium checks an administrator's policy against (manifest
 * `storage.managed_schema`), made from the same lists as utils/policy.ts. Chromium
 * drops what the schema does not declare, so every field the extension reads is here.
 */
/** Parts of the UI an administrator can hide. */
export const HIDEABLE = ['siteSwitch', 'options', 'export'] as const;
export type Hideable = (typeof HIDEABLE)[number];

const TYPES = ['person', 'organization', 'armed-group', 'place', 'other'];

const settingValues = (title: string) => ({
  type: 'object',
  title,
  properties: {
    enabledTypes: {
      type: 'object',
      properties: Object.fromEntries(TYPES.map((t) => [t, { type: 'boolean' }])),
    },
    highlightStyle: { type: 'string', enum: ['underline', 'background', 'none'] },
    hoverDelayMs: { type: 'integer', minimum: 0, maximum: 2000 },
    firstMentionOnly: { type: 'boolean' },
    siteMode: { type: 'string', enum: ['all', 'allowlist'] },
    allowSites: { type: 'array', items: { type: 'string' } },
    denySites: { type: 'array', items: { type: 'string' } },
    scope: { type: 'string', enum: ['article', 'page'] },
  },
});

export const MANAGED_SCHEMA_FILE = 'managed-schema.json';

export function managedSchema(): object {
  return {
    type: 'object',
    properties: {
      defaults: settingValues('Defaults that users can still change'),
      locked: settingValues('Settings users cannot change'),
      hide: {
        type: 'array',
        title: 'Parts of the UI to hide',
        items: { type: 'string', enum: [...HIDEABLE] },
      },
      packs: {
        type: 'array',
        title: 'Class packs, each the text of a JSON or CSV pack',
        items: { type: 'string' },
      },
    },
  };
}

/**
 * JSON Schema of the lock file. `schema/ips.lock.schema.json` is written from this object by
 * `npm run schema` (a test keeps the two equal), so editors and the parser check the same rules.
 */
export const LOCK_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/vipps-ip-lock/vipps-ip-lock/blob/main/schema/ips.lock.schema.json',
  title: 'vipps-ip-lock lock file',
  description: 'The addresses of the Vipps MobilePay servers, as resolved by vipps-ip-lock.',
  type: 'object',
  required: ['version', 'environments'],
  properties: {
    $schema: { type: 'string' },
    version: { const: 1, description: 'Format version of the lock file.' },
    environments: {
      type: 'object',
      description: 'One entry per environment (production, disaster-recovery, test, or a custom group).',
      propertyNames: { pattern: '^[a-z0-9][a-z0-9_-]*$' },
      additionalProperties: {
        type: 'object',
        required: ['addresses', 'hosts'],
        properties: {
          addresses: {
            description: "Every address of the environment's hosts, IPv4 first, in numeric order.",
            type: 'array',
            items: { type: 'string', minLength: 2, maxLength: 45 },
            uniqueItems: true,
          },
          hosts: {
            description: 'Each host name with its addresses.',
            type: 'object',
            additionalProperties: {
              type: 'array',
              items: { type: 'string', minLength: 2, maxLength: 45 },
              uniqueItems: true,
            },
          },
          departing: {
            description: 'Addresses that left DNS and stay allowed during the removal grace, with when they left.',
            type: 'object',
            additionalProperties: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$' },
          },
        },
      },
    },
  },
} as const;

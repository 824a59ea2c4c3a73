/**
 * The JSON Schema (draft 2020-12) of a person's data export, published at
 * GET /privacy/schemas/person-export.json. The export is validated against it in the tests.
 */
const nullableString = { type: ['string', 'null'] } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;
const nullableDateTime = { type: ['string', 'null'], format: 'date-time' } as const;

export const PERSON_EXPORT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: '/privacy/schemas/person-export.json',
  title: 'PTC: everything held about one person',
  type: 'object',
  additionalProperties: false,
  required: ['format', 'generatedAt', 'school', 'metadata', 'person', 'accounts', 'appointments', 'invitations', 'privacyRequests', 'usageRecords'],
  properties: {
    format: { const: 'ptc-person-export/1' },
    generatedAt: dateTime,
    school: { type: 'object', additionalProperties: false, required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' } } },
    metadata: {
      type: 'object',
      additionalProperties: false,
      required: ['controller', 'processor', 'source', 'purposes', 'retention', 'subProcessors'],
      properties: {
        controller: { type: 'string', description: 'The school: it decides why and how the data is used' },
        processor: { type: 'string' },
        source: { type: 'string' },
        purposes: { type: 'array', items: { type: 'string' } },
        retention: { type: 'object', additionalProperties: { type: 'string' } },
        subProcessors: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'purpose', 'location', 'country', 'dataCategories', 'since'],
            properties: { name: { type: 'string' }, purpose: { type: 'string' }, location: { type: 'string' }, country: { type: 'string' }, dataCategories: { type: 'array', items: { type: 'string' } }, since: { type: 'string' } },
          },
        },
      },
    },
    person: {
      type: 'object',
      required: ['kind', 'id', 'firstName', 'lastName'],
      properties: {
        kind: { enum: ['contact', 'teacher', 'student'] },
        id: { type: 'string' },
        sisId: nullableString,
        title: nullableString,
        firstName: { type: 'string' },
        lastName: { type: 'string' },
        email: nullableString,
        phone: nullableString,
        yearLabel: nullableString,
        students: { type: 'array', items: { type: 'object' } },
        contacts: { type: 'array', items: { type: 'object' } },
        teachers: { type: 'array', items: { type: 'object' } },
      },
    },
    accounts: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'screenName', 'role', 'status', 'createdAt', 'lastLoginAt'],
        properties: { id: { type: 'string' }, screenName: { type: 'string' }, role: { type: 'string' }, status: { type: 'string' }, createdAt: dateTime, lastLoginAt: nullableDateTime },
      },
    },
    appointments: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'eveningId', 'evening', 'teacherId', 'studentId', 'contactId', 'startsAt', 'endsAt', 'status', 'bookedAt', 'cancelledAt', 'cancelReason', 'meetingLink', 'history'],
        properties: {
          id: { type: 'string' },
          eveningId: { type: 'string' },
          evening: { type: 'string' },
          teacherId: { type: 'string' },
          studentId: { type: 'string' },
          contactId: { type: 'string' },
          startsAt: dateTime,
          endsAt: dateTime,
          status: { enum: ['active', 'cancelled'] },
          bookedAt: dateTime,
          cancelledAt: nullableDateTime,
          cancelReason: nullableString,
          meetingLink: nullableString,
          history: {
            type: 'array',
            items: { type: 'object', additionalProperties: false, required: ['action', 'at', 'detail'], properties: { action: { type: 'string' }, at: dateTime, detail: {} } },
          },
        },
      },
    },
    invitations: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, required: ['createdAt', 'expiresAt', 'acceptedAt'], properties: { createdAt: dateTime, expiresAt: dateTime, acceptedAt: nullableDateTime } },
    },
    privacyRequests: { type: 'array', items: { type: 'object', required: ['id', 'kind', 'details', 'status', 'receivedAt', 'dueOn', 'steps'] } },
    usageRecords: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['occurredAt', 'userId', 'method', 'route', 'status', 'ip', 'userAgent'],
        properties: { occurredAt: dateTime, userId: { type: 'string' }, method: { type: 'string' }, route: { type: 'string' }, status: { type: 'integer' }, ip: nullableString, userAgent: nullableString },
      },
    },
  },
} as const;

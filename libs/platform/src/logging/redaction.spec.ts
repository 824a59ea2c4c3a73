import { redactSecrets, redactValue } from './redaction.js';

describe('redactSecrets', () => {
  it.each([
    ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl', 'Authorization: Bearer [redacted]'],
    ['token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl was refused', 'token [redacted-jwt] was refused'],
    ['https://ptc.example/reset-password/AbC123_-xyz.sig', 'https://ptc.example/reset-password/[redacted]'],
    ['GET /invite/9f8e7d6c5b4a?lang=es', 'GET /invite/[redacted]?lang=es'],
    ['link https://ptc.example/appointments/tok.en-value here', 'link https://ptc.example/appointments/[redacted] here'],
    ['/calendar/teacher/secret-feed-token/schedule.ics', '/calendar/teacher/[redacted]/schedule.ics'],
    ['/calendar/family/secret-feed-token/appointments.ics', '/calendar/family/[redacted]/appointments.ics'],
    ['{"screenName":"admin","password":"hunter2 and more"}', '{"screenName":"admin","password":"[redacted]"}'],
    ['password=hunter2&next=1', 'password=[redacted]&next=1'],
    ['mail to siobhan.obriain@example.ie failed', 'mail to [email] failed'],
  ])('%s', (input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it('keeps ids, routes and ordinary words', () => {
    const line = 'request b95923b8-4bf5-4129-bbb0-365e78e4774f GET /api/v1/parent/events/:id 200 for school 0e1f';
    expect(redactSecrets(line)).toBe(line);
  });
});

describe('redactValue', () => {
  it('replaces secret fields at any depth and redacts strings', () => {
    expect(redactValue({ body: { screenName: 'a', password: 'p', nested: [{ token: 't', note: 'see /invite/abc' }] }, email: 'x@y.org', id: 7 })).toEqual({
      body: { screenName: 'a', password: '[redacted]', nested: [{ token: '[redacted]', note: 'see /invite/[redacted]' }] },
      email: '[redacted]',
      id: 7,
    });
  });
});

import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('with a build of the web app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("answers the app's page for its routes and emailed links, uncached, under the strict content security policy", async () => {
    for (const path of ['/', '/sign-in', '/evenings/5f0c5a39-5d4e-4c55-9a3c-1f1b3e1c2d3e', '/invite/abc', '/reset-password/abc?x=1']) {
      const res = await request(t.http).get(path).expect(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.text).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("script-src 'self';");
      expect(res.headers['content-security-policy']).not.toContain('unsafe-inline\'; script');
    }
  });

  it('caches hashed assets for a year', async () => {
    const res = await request(t.http).get('/assets/app-test1234.js').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toMatch(/javascript/);
  });

  it('never answers the app for the API, health or calendar paths', async () => {
    const api = await request(t.http).get('/api/v1/nothing-here').expect(404);
    expect(api.body.code).toBe('REQUEST.ROUTE_NOT_FOUND');
    await request(t.http).get('/calendar/teacher/x').expect(404);
    await request(t.http).get('/health/nothing').expect(404);
    // A missing asset (an old build's chunk) is a 404, not a page that a script tag would choke on.
    await request(t.http).get('/assets/missing.js').expect(404);
  });
});

describe('without a build', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ WEB_DIST_DIR: 'test/support/no-such-build' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("still answers the emailed links with a short page that says what the link is for", async () => {
    const res = await request(t.http).get('/reset-password/abc').expect(200);
    expect(res.text).toContain('Set a new password');
    await request(t.http).get('/').expect(404);
  });
});

import request from 'supertest';
import type { TestApp } from './test-app.js';

export interface EmailedLink {
  /** Exactly as it stands in the email. */
  url: string;
  /** The token: the link's last path segment. */
  token: string;
}

export type EmailedPage = 'invite' | 'appointments' | 'reset-password' | 'evenings';

/** The one link in an email's text to a page under `/<page>/`, exactly as written there. */
export function findEmailedLink(text: string, page: EmailedPage): string {
  const urls = [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((m) => m[0]);
  const found = urls.filter((u) => new URL(u).pathname.startsWith(`/${page}/`));
  if (found.length !== 1) throw new Error(`expected one /${page}/ link in the email, found: ${urls.join(', ') || 'none'}`);
  return found[0];
}

/**
 * The one link in an email that leads to a page of PTC under `page` (`/invite/`, ...), as the
 * person receiving it would click it. It must point at PUBLIC_BASE_URL.
 */
export function linkInEmail(t: TestApp, text: string, page: EmailedPage): EmailedLink {
  const url = findEmailedLink(text, page);
  if (!url.startsWith(`${t.config.publicBaseUrl}/`)) throw new Error(`the link ${url} does not point at PUBLIC_BASE_URL ${t.config.publicBaseUrl}`);
  const segments = new URL(url).pathname.split('/');
  return { url, token: decodeURIComponent(segments[segments.length - 1]) };
}

/** Opens the emailed link on this server (its path and query, as a browser would request them) and expects a web page (what it shows is the browser tests' business). */
export async function openEmailedLink(t: TestApp, link: EmailedLink): Promise<string> {
  const { pathname, search } = new URL(link.url);
  const res = await request(t.http).get(pathname + search).expect(200);
  if (!String(res.headers['content-type']).startsWith('text/html')) throw new Error(`${link.url} answered ${res.headers['content-type']}, not a web page`);
  return res.text;
}

import type { FastifyInstance } from 'fastify';

/**
 * The pages PTC's emails link to. Until the web app serves them, each answers a short page that
 * says what the link is for and what to do, instead of a JSON 404.
 */
const LINK_PAGES: { path: string; title: string; body: string }[] = [
  {
    path: '/invite/:token',
    title: 'Your invitation to PTC',
    body: 'This link lets you create your PTC login for your school. The sign-up page is not online yet: keep this email, the link works until the date it gives. Your school office can send a new one.',
  },
  {
    path: '/appointments/:token',
    title: 'Your appointment',
    body: 'This link shows your appointment and lets you cancel it without signing in. The page is not online yet: the email you received has every detail, and your school office can change the appointment for you.',
  },
  {
    path: '/reset-password/:token',
    title: 'Set a new password',
    body: 'This link lets you choose a new PTC password; it works once, for 30 minutes. The page is not online yet: ask your school office to help you, or ask for a new link later.',
  },
];

export function registerLinkPages(fastify: FastifyInstance): void {
  for (const page of LINK_PAGES) {
    fastify.get(page.path, (_request, reply) => {
      void reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        // The token is in the address: keep it out of other sites' logs.
        .header('referrer-policy', 'no-referrer')
        .send(render(page));
    });
  }
}

function render(page: (typeof LINK_PAGES)[number]): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${page.title} – PTC</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;color:#1b1b1b}</style></head>
<body>
<main>
<h1>${page.title}</h1>
<p>${page.body}</p>
</main>
</body>
</html>
`;
}

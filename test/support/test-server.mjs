/**
 * Koa middleware for the test runner's dev server: answers under `/test-server/` with the failures a
 * real feed host produces, so the feed layer is tested against real HTTP.
 *   /test-server/status/404           -> that status with a short body
 *   /test-server/truncated            -> 200 with JSON cut off mid-way
 *   /test-server/hang                 -> answers only after 4 s (tests set a shorter timeout)
 *   /test-server/delay/MS?feed=NAME   -> a demo-like feed after MS milliseconds; body names NAME
 *   /test-server/counted/NAME         -> a small feed, counting requests per NAME
 *   /test-server/count/NAME           -> how many requests /counted/NAME has had
 *   /test-server/pages/N?of=M         -> page N of an M-page paginated feed (two items per page)
 *   /test-server/loop                 -> a page whose next_url points to itself
 *   /test-server/flaky/NAME           -> 503 on the first request for NAME, a feed afterwards
 *   /test-server/cover.svg            -> a square SVG image, for covers that load
 */
const requestCounts = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const feedBody = (name, items) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: name,
    items: items ?? [
      { id: `${name}-1`, title: `${name} one`, _soundtrack: { rank: 1, artist: 'Vangelis', released: '1982' } },
      { id: `${name}-2`, title: `${name} two`, _soundtrack: { rank: 2, artist: 'Björk', released: '2000-09-18' } },
    ],
  });

export async function testServer(context, next) {
  const path = context.path;
  if (!path.startsWith('/test-server/')) return next();
  const [, , route, arg] = path.split('/');
  context.type = 'application/feed+json';
  switch (route) {
    case 'status':
      context.status = Number(arg);
      context.body = 'Not here';
      return;
    case 'truncated':
      context.body = feedBody('truncated').slice(0, 90);
      return;
    case 'hang':
      await sleep(4000);
      context.body = feedBody('late');
      return;
    case 'delay':
      await sleep(Number(arg));
      context.body = feedBody(context.query.feed ?? 'delayed');
      return;
    case 'counted':
      requestCounts.set(arg, (requestCounts.get(arg) ?? 0) + 1);
      await sleep(50);
      context.body = feedBody(arg);
      return;
    case 'count':
      context.type = 'application/json';
      context.body = JSON.stringify(requestCounts.get(arg) ?? 0);
      return;
    case 'pages': {
      const page = Number(arg);
      const pages = Number(context.query.of ?? 3);
      const items = [1, 2].map((n) => ({ id: `p${page}-${n}`, _soundtrack: { rank: (page - 1) * 2 + n } }));
      context.body = JSON.stringify({
        ...JSON.parse(feedBody(`page ${page}`, items)),
        ...(page < pages ? { next_url: `${page + 1}?of=${pages}` } : {}),
      });
      return;
    }
    case 'flaky':
      requestCounts.set(arg, (requestCounts.get(arg) ?? 0) + 1);
      if (requestCounts.get(arg) === 1) {
        context.status = 503;
        context.body = 'Busy';
      } else {
        context.body = feedBody(arg);
      }
      return;
    case 'cover.svg':
      context.type = 'image/svg+xml';
      context.body = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 600"><rect width="600" height="600" fill="#2f5fd0"/></svg>';
      return;
    case 'loop':
      context.body = JSON.stringify({ ...JSON.parse(feedBody('loop')), next_url: '/test-server/loop' });
      return;
    default:
      context.status = 404;
  }
}

// Write load for bench/webhooks.sh: creates municipalities through the gateway and prints, per write,
// the id and when its answer came (ms since the epoch), one JSON line each; a summary line last.
//
//   node bench/webhook-load.mjs --url http://127.0.0.1:9480 --token T --count 600 --concurrency 8 [--rate 20]
// --rate N: a steady N writes a second (for latencies); without it, as fast as the connections go.
const arg = (name, fallback) => {
  const i = process.argv.indexOf('--' + name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const url = arg('url'), token = arg('token');
const count = Number(arg('count', '600')), concurrency = Number(arg('concurrency', '8'));
const rate = arg('rate') ? Number(arg('rate')) : 0;
const tag = Math.random().toString(36).slice(2, 8);
let next = 0, failed = 0;
const started = Date.now();

async function write(n) {
  if (rate > 0) {
    const due = started + (n * 1000) / rate;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
  }
  const sent = Date.now();
  const answer = await fetch(url + '/api/v1/municipalities', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
    body: JSON.stringify({ name: `Lastort ${tag} ${n}`, kind: 'CITY', country: 'DE' }),
  });
  const body = await answer.json();
  const answeredAt = Date.now();
  if (answer.status !== 201) {
    failed++;
    console.error(answer.status, JSON.stringify(body));
    return;
  }
  console.log(JSON.stringify({ id: body.id, sentAt: sent, answeredAt }));
}

async function worker() {
  while (next < count) {
    await write(next++);
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = (Date.now() - started) / 1000;
console.log(JSON.stringify({ summary: true, writes: count - failed, failed, seconds, perSecond: (count - failed) / seconds }));

// A webhook receiver for the end-to-end tests and bench/webhooks.sh, written against independent
// implementations: signatures are verified with the `standardwebhooks` package (the reference library
// of the Standard Webhooks specification), events are read with the CloudEvents JavaScript SDK
// (`cloudevents`). Neither shares code with the platform's Java.
//
//   node webhook-receiver.mjs --port 9099
//
// Control (JSON): PUT /control/secrets {"secrets": ["whsec_..."]}; PUT /control/mode {"status": 503} (answer
// every delivery with that status; 204 = accept) or {"delayMillis": 3000}; GET /control/deliveries (every
// attempt received, in order); DELETE /control/deliveries. Any other POST is a delivery.
import http from 'node:http';
import { Webhook } from 'standardwebhooks';
import { HTTP } from 'cloudevents';

const port = Number(process.argv[process.argv.indexOf('--port') + 1] || 9099);
let secrets = [];
let mode = { status: 204, delayMillis: 0 };
let deliveries = [];

function read(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (c) => chunks.push(c));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function answer(response, status, body) {
  response.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

function verify(body, headers) {
  // Any secret the subscription has may have signed it (two while one is rotated).
  for (const secret of secrets) {
    try {
      new Webhook(secret).verify(body, headers);
      return true;
    } catch (e) {
      // try the next secret
    }
  }
  return false;
}

const server = http.createServer(async (request, response) => {
  try {
    const body = await read(request);
    if (request.url.startsWith('/control/')) {
      if (request.method === 'PUT' && request.url === '/control/secrets') {
        secrets = JSON.parse(body).secrets;
        return answer(response, 204);
      }
      if (request.method === 'PUT' && request.url === '/control/mode') {
        mode = { status: 204, delayMillis: 0, ...JSON.parse(body) };
        return answer(response, 204);
      }
      if (request.method === 'GET' && request.url === '/control/deliveries') {
        return answer(response, 200, deliveries);
      }
      if (request.method === 'DELETE' && request.url === '/control/deliveries') {
        deliveries = [];
        return answer(response, 204);
      }
      return answer(response, 404, { error: 'unknown control ' + request.method + ' ' + request.url });
    }
    const receivedAt = Date.now();
    const headers = {
      'webhook-id': request.headers['webhook-id'],
      'webhook-timestamp': request.headers['webhook-timestamp'],
      'webhook-signature': request.headers['webhook-signature'],
    };
    const verified = verify(body, headers);
    let event = null;
    let parseError = null;
    try {
      event = HTTP.toEvent({ headers: request.headers, body });
      event.validate();
    } catch (e) {
      parseError = String(e && e.message ? e.message : e);
    }
    const status = verified ? mode.status : 401;
    deliveries.push({
      receivedAt, path: request.url, contentType: request.headers['content-type'], webhookId: headers['webhook-id'],
      timestamp: headers['webhook-timestamp'], signatures: (headers['webhook-signature'] || '').split(' ').length,
      verified, parseError, answered: status,
      type: event && event.type, subject: event && event.subject, sequence: event && event.sequence,
      id: event && event.id, time: event && event.time, data: event && event.data,
    });
    if (mode.delayMillis > 0) {
      await new Promise((resolve) => setTimeout(resolve, mode.delayMillis));
    }
    return answer(response, status);
  } catch (e) {
    return answer(response, 500, { error: String(e) });
  }
});

server.listen(port, '127.0.0.1', () => console.log(`webhook receiver on http://127.0.0.1:${port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

// The explorer in headless Chromium against the running platform (run by ExplorerIT): opens
// /explore/, waits for the municipalities on the map, clicks the chosen one's marker, and checks
// that its partnerships are drawn and its dossier shown, that a type filter redraws the lines, and
// that nothing went wrong on the way (console errors, failed requests, CSP violations). Prints the
// page's load times as one JSON line and saves a screenshot.
//
//   TT_GATEWAY_URL  the gateway, e.g. http://127.0.0.1:8080
//   TT_EXPLORER     JSON: {"id", "name", "partners": [names], "partnerships": {id: type}, "event", "news"}
//   TT_CHROMIUM     the browser (default /usr/bin/chromium)
//   TT_SCREENSHOT   where the screenshot goes
import { chromium } from 'playwright-core';

const base = required('TT_GATEWAY_URL');
const expected = JSON.parse(required('TT_EXPLORER'));
const screenshot = required('TT_SCREENSHOT');
const TIMEOUT = 20_000;

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
}

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

const problems = [];
const browser = await chromium.launch({
  executablePath: process.env.TT_CHROMIUM || '/usr/bin/chromium',
  // Playwright gives every launch a fresh profile of its own. Without the background-networking
  // switches Chromium tries to reach Google's services, which a closed network answers with errors.
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.setDefaultTimeout(TIMEOUT);
  page.on('console', message => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', error => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', request => {
    // A request the page cancels itself (a newer map move) is not a failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
    }
  });
  page.on('response', response => {
    if (response.status() >= 400) {
      problems.push(`answer ${response.status()}: ${response.url()}`);
    }
  });

  const response = await page.goto(`${base}/explore`, { waitUntil: 'load' });
  check(response.ok(), `/explore answered ${response.status()}`);
  check(page.url() === `${base}/explore/`, `/explore did not lead to /explore/ but to ${page.url()}`);
  await page.waitForFunction(() => performance.getEntriesByName('municipalities-drawn').length > 0);
  const marker = page.locator(`path.municipality[data-id="${expected.id}"]`);
  await marker.waitFor();
  const timing = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const drawn = performance.getEntriesByName('municipalities-drawn')[0];
    const transferred = performance.getEntriesByType('resource').concat([navigation])
      .reduce((sum, entry) => sum + (entry.transferSize ?? 0), 0);
    return {
      domContentLoadedMs: Math.round(navigation.domContentLoadedEventEnd),
      loadMs: Math.round(navigation.loadEventEnd),
      municipalitiesDrawnMs: Math.round(drawn.startTime),
      transferredBytes: transferred,
    };
  });

  // A municipality chosen on the map: its partnerships drawn, its dossier beside the map.
  await marker.click();
  const dossierTitle = page.locator('#dossier h2');
  await page.waitForFunction(name => document.querySelector('#dossier h2')?.textContent === name, expected.name);
  const drawn = page.locator('path.partner-line');
  await page.waitForFunction(count => document.querySelectorAll('path.partner-line').length === count,
    Object.keys(expected.partnerships).length);
  const drawnIds = await drawn.evaluateAll(lines => lines.map(line => line.getAttribute('data-partnership')).sort());
  check(JSON.stringify(drawnIds) === JSON.stringify(Object.keys(expected.partnerships).sort()),
    `partner lines ${drawnIds} are not the partnerships ${Object.keys(expected.partnerships)}`);
  const dossierText = await page.locator('#dossier').innerText();
  for (const partner of expected.partners) {
    check(dossierText.includes(partner), `the dossier does not name the partner ${partner}:\n${dossierText}`);
  }
  check(dossierText.includes(expected.event), `the dossier does not list the event ${expected.event}`);
  check(await dossierTitle.textContent() === expected.name, 'the dossier names another municipality');
  for (const partnerId of expected.partnerIds) {
    check(await page.locator(`path.municipality.partner[data-id="${partnerId}"]`).count() === 1,
      `partner ${partnerId} is not marked on the map`);
  }

  // The type filter: only that type's lines among the partnerships of the whole map.
  const [onlyType] = Object.values(expected.partnerships);
  await page.selectOption('#filter-type', onlyType);
  await page.click('#filters button[type="submit"]');
  await page.waitForFunction(({ partnerships, type }) => {
    const ids = [...document.querySelectorAll('path.partnership')].map(line => line.getAttribute('data-partnership'));
    return partnerships.every(([id, itsType]) => ids.includes(id) === (itsType === type));
  }, { partnerships: Object.entries(expected.partnerships), type: onlyType });
  await page.selectOption('#filter-type', '');
  await page.click('#filters button[type="submit"]');

  // The panels below the map: upcoming events and press releases from the public lists.
  await page.waitForFunction(() => document.querySelectorAll('#events li').length > 0
    && document.querySelectorAll('#news li').length > 0);
  const newsText = await page.locator('#news').innerText();
  check(newsText.includes(expected.news) || (await page.locator('#dossier').innerText()).includes(expected.news),
    `the press release ${expected.news} is shown nowhere`);

  // Keyboard: the list beside the map reaches the same dossier.
  const entry = page.locator(`#results button[data-id="${expected.partnerIds[0]}"]`);
  await entry.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(name => document.querySelector('#dossier h2')?.textContent !== name, expected.name);
  await marker.click();
  await page.waitForFunction(name => document.querySelector('#dossier h2')?.textContent === name, expected.name);
  await page.waitForLoadState('networkidle');

  await page.screenshot({ path: screenshot });
  check(problems.length === 0, `the page reported problems:\n${problems.join('\n')}`);
  console.log(JSON.stringify({ explorerTiming: timing }));
} finally {
  await browser.close();
}

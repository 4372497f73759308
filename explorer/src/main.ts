import './style.css';
import { ApiError, dossier, latestNews, municipalities, partnerships, partnershipsOf, upcomingEvents } from './api';
import type { Filters, PointFeature } from './api';
import { ExplorerMap, label } from './map';
import { element, eventEntry, fillList, newsEntry, renderDossier } from './panels';

/** Entries in the list beside the map; beyond that the list asks to zoom in. */
const LIST_LIMIT = 200;
/** One collator for the sort: localeCompare may set one up per call, slow over thousands of names. */
const collator = new Intl.Collator();

const status = document.getElementById('map-status')!;
const results = document.getElementById('results')!;
const dossierPanel = document.getElementById('dossier')!;
const form = document.getElementById('filters') as HTMLFormElement;
const country = document.getElementById('filter-country') as HTMLInputElement;
const type = document.getElementById('filter-type') as HTMLSelectElement;
const partnershipStatus = document.getElementById('filter-status') as HTMLSelectElement;

const explorer = new ExplorerMap(document.getElementById('map')!, choose);
let loading: AbortController | undefined;
let choosing: AbortController | undefined;
let chosen: { id: string; name: string } | undefined;
let firstDrawn = false;

function filters(): Filters {
  return { country: country.value.trim().toUpperCase(), type: type.value, status: partnershipStatus.value };
}

function message(error: unknown): string {
  return error instanceof ApiError ? `${error.message} (${error.status})` : String(error);
}

/** Loads what the visible area holds; a newer move cancels the request of an older one. */
async function load(): Promise<void> {
  loading?.abort();
  const current = new AbortController();
  loading = current;
  const bbox = explorer.bbox();
  status.textContent = 'Loading…';
  try {
    const [points, lines] = await Promise.all([
      municipalities(bbox, filters(), current.signal),
      partnerships(bbox, filters(), current.signal),
    ]);
    explorer.showPartnerships(lines.features);
    explorer.showMunicipalities(points.features);
    listResults(points.features);
    if (chosen) {
      await showChosenLines(chosen.id, current.signal);
    }
    status.textContent = `${points.features.length} municipalities, ${lines.features.length} partnerships in view.`;
    if (!firstDrawn) {
      firstDrawn = true;
      performance.mark('municipalities-drawn');
    }
  } catch (error) {
    if (!current.signal.aborted) {
      status.textContent = `The map could not be loaded: ${message(error)}. Zoom in or change the filters.`;
    }
  }
}

function listResults(features: PointFeature[]): void {
  const sorted = features.filter(f => f.geometry).sort((a, b) => collator.compare(label(a), label(b)));
  const entries = sorted.slice(0, LIST_LIMIT).map(f => {
    const button = element('button', label(f));
    button.type = 'button';
    button.dataset.id = f.id;
    button.addEventListener('click', () => choose(f.id, label(f)));
    const item = element('li');
    item.append(button);
    return item;
  });
  if (sorted.length > LIST_LIMIT) {
    entries.push(element('li', `${sorted.length - LIST_LIMIT} more: zoom in to list them.`, 'hint'));
  }
  results.replaceChildren(...(entries.length > 0 ? entries : [element('li', 'None in view.', 'hint')]));
}

async function showChosenLines(id: string, signal: AbortSignal) {
  const lines = await partnershipsOf(id, signal);
  explorer.showChosen(id, lines.features);
  return lines.features;
}

async function choose(id: string, name: string): Promise<void> {
  choosing?.abort();
  const current = new AbortController();
  choosing = current;
  chosen = { id, name };
  dossierPanel.setAttribute('aria-busy', 'true');
  try {
    const [lines, answer] = await Promise.all([showChosenLines(id, current.signal), dossier(id, current.signal)]);
    renderDossier(dossierPanel, id, name, answer, lines);
  } catch (error) {
    if (!current.signal.aborted) {
      dossierPanel.replaceChildren(element('h2', name), element('p', `Not available: ${message(error)}.`, 'hint'));
    }
  } finally {
    if (choosing === current) {
      dossierPanel.removeAttribute('aria-busy');
    }
  }
}

async function loadFeeds(): Promise<void> {
  const events = document.getElementById('events')!;
  const news = document.getElementById('news')!;
  const [upcoming, latest] = await Promise.allSettled([upcomingEvents(), latestNews()]);
  if (upcoming.status === 'fulfilled') {
    fillList(events, upcoming.value.items, eventEntry, 'No upcoming events.');
  } else {
    events.replaceChildren(element('li', `Not available: ${message(upcoming.reason)}.`, 'hint'));
  }
  if (latest.status === 'fulfilled') {
    fillList(news, latest.value.items, newsEntry, 'No press releases.');
  } else {
    news.replaceChildren(element('li', `Not available: ${message(latest.reason)}.`, 'hint'));
  }
}

form.addEventListener('submit', event => {
  event.preventDefault();
  if (!country.checkValidity()) {
    status.textContent = 'A country is two letters, e.g. DE.';
    return;
  }
  void load();
});
explorer.map.on('moveend', () => void load());
void explorer.drawBaseMap().catch(error => {
  status.textContent = `The base map could not be loaded: ${message(error)}.`;
});
void load();
void loadFeeds();

import type { Dossier, EventItem, LineFeature, NewsItem, Section } from './api';

/**
 * The text beside and below the map. Everything the API says is set as text, never as HTML: a
 * municipality's name or a headline cannot add markup to the page.
 */

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) {
    node.textContent = text;
  }
  if (className) {
    node.className = className;
  }
  return node;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function when(iso: string | undefined): string {
  return iso ? dateFormat.format(new Date(iso)) : '';
}

/** An event's title in English, else German, else whichever language it has. */
export function title(event: EventItem): string {
  return event.title.en ?? event.title.de ?? Object.values(event.title)[0] ?? '(untitled)';
}

export function eventEntry(event: EventItem): HTMLLIElement {
  const item = element('li');
  item.append(element('time', when(event.startsAt)), ' ', element('span', title(event)));
  return item;
}

export function newsEntry(news: NewsItem): HTMLLIElement {
  const item = element('li');
  item.append(element('time', when(news.publishedAt ?? news.publishAt)), ' ', element('span', news.headline));
  return item;
}

export function fillList<T>(list: HTMLElement, items: T[], entry: (item: T) => HTMLElement, empty: string): void {
  list.replaceChildren(...(items.length > 0 ? items.map(entry) : [element('li', empty, 'hint')]));
}

function section<T>(heading: string, part: Section<{ items: T[] }>, entry: (item: T) => HTMLElement,
    empty: string): HTMLElement {
  const wrapper = element('section');
  wrapper.append(element('h3', heading));
  if (!part.available || !part.data) {
    wrapper.append(element('p', `Not available now: ${part.reason ?? 'no answer'}.`, 'hint'));
    return wrapper;
  }
  const list = element('ul', undefined, 'items');
  fillList(list, part.data.items, entry, empty);
  wrapper.append(list);
  return wrapper;
}

/** The dossier of one municipality, with its partners taken from its partnerships' participants. */
export function renderDossier(target: HTMLElement, id: string, fallbackName: string, dossier: Dossier,
    partnerships: LineFeature[]): void {
  const municipality = dossier.municipality.data;
  const name = municipality?.displayName ?? municipality?.name ?? fallbackName;
  const facts = [municipality?.country, municipality?.subdivision,
    municipality?.population ? `${municipality.population.toLocaleString('en')} inhabitants` : undefined]
    .filter(Boolean).join(' · ');
  const partners = element('ul', undefined, 'items partners');
  const entries = partnerships.flatMap(p => (p.properties.participants ?? [])
    .filter(participant => participant.municipalityId !== id)
    .map(participant => {
      const item = element('li', participant.displayName ?? participant.name ?? participant.municipalityId);
      item.append(' ', element('span', [p.properties.type, p.properties.status].filter(Boolean).join(', ').toLowerCase(),
        'tag'));
      return item;
    }));
  partners.replaceChildren(...(entries.length > 0 ? entries : [element('li', 'No partnerships recorded.', 'hint')]));
  const heading = element('h2', name);
  heading.id = 'dossier-title';
  target.replaceChildren(heading, element('p', facts, 'facts'), element('h3', `Partners (${entries.length})`),
    partners,
    section('Upcoming events', dossier.upcomingEvents, eventEntry, 'None announced.'),
    section('Recent events', dossier.recentEvents, eventEntry, 'None recorded.'),
    section('News', dossier.news, newsEntry, 'No press releases.'));
}

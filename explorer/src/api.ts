/**
 * The public API as the explorer reads it: same-origin GETs under /api/v1, no token. Only the
 * fields the page shows are typed; the contracts in contracts/ describe the rest.
 */

export interface Filters {
  country: string;
  type: string;
  status: string;
}

export interface PointFeature {
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: { name: string; displayName?: string };
}

export interface Participant {
  municipalityId: string;
  name?: string;
  displayName?: string;
}

export interface LineFeature {
  id: string;
  geometry: { type: 'LineString'; coordinates: [number, number][] }
    | { type: 'MultiLineString'; coordinates: [number, number][][] } | null;
  properties: { type?: string; status?: string; participants?: Participant[] };
}

export interface FeatureCollection<F> {
  type: 'FeatureCollection';
  features: F[];
}

export interface Page<T> {
  items: T[];
  totalItems: number;
}

export interface EventItem {
  id: string;
  title: Record<string, string>;
  startsAt: string;
  kind?: string;
}

export interface NewsItem {
  id: string;
  headline: string;
  lead?: string;
  publishAt?: string;
  publishedAt?: string;
}

export interface Section<T> {
  available: boolean;
  data?: T;
  reason?: string;
}

export interface Municipality {
  id: string;
  name: string;
  displayName?: string;
  country?: string;
  subdivision?: string;
  population?: number;
  kind?: string;
}

export interface Dossier {
  municipality: Section<Municipality>;
  partnerships: Section<Page<unknown>>;
  upcomingEvents: Section<Page<EventItem>>;
  recentEvents: Section<Page<EventItem>>;
  news: Section<Page<NewsItem>>;
}

/** A refusal of the API, with the RFC 9457 problem's title when it sent one. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const GEOJSON = 'application/geo+json';

async function get<T>(path: string, params: Record<string, string | undefined>, accept = 'application/json',
    signal?: AbortSignal): Promise<T> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value) {
      query.set(name, value);
    }
  }
  const search = query.toString();
  const url = search ? `${path}?${search}` : path;
  const response = await fetch(url, { headers: { Accept: accept }, signal });
  if (!response.ok) {
    let detail = response.statusText;
    if (response.headers.get('Content-Type')?.startsWith('application/problem+json')) {
      const problem = await response.json() as { title?: string; detail?: string };
      detail = problem.detail ?? problem.title ?? detail;
    }
    throw new ApiError(response.status, detail);
  }
  return await response.json() as T;
}

/** minLon,minLat,maxLon,maxLat as the API takes it, or undefined for the whole world. */
export type Bbox = string | undefined;

export function municipalities(bbox: Bbox, filters: Filters, signal: AbortSignal) {
  return get<FeatureCollection<PointFeature>>('/api/v1/municipalities',
    { bbox, country: filters.country, properties: 'MINIMAL', precision: '4' }, GEOJSON, signal);
}

export function partnerships(bbox: Bbox, filters: Filters, signal: AbortSignal) {
  return get<FeatureCollection<LineFeature>>('/api/v1/partnerships',
    { bbox, country: filters.country, type: filters.type, status: filters.status, properties: 'MINIMAL',
      precision: '3' }, GEOJSON, signal);
}

/** One municipality's partnerships with their participants' names, whatever the filters. */
export function partnershipsOf(id: string, signal: AbortSignal) {
  return get<FeatureCollection<LineFeature>>('/api/v1/partnerships', { municipality: id, precision: '4' },
    GEOJSON, signal);
}

export function dossier(id: string, signal: AbortSignal) {
  return get<Dossier>(`/api/v1/municipalities/${encodeURIComponent(id)}/dossier`, {}, 'application/json', signal);
}

export function upcomingEvents() {
  return get<Page<EventItem>>('/api/v1/events', { when: 'UPCOMING', sort: 'startsAt', size: '8' });
}

export function latestNews() {
  return get<Page<NewsItem>>('/api/v1/news', { size: '8' });
}

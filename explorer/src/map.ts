import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-110m.json?url';
import type { Bbox, LineFeature, PointFeature } from './api';

/**
 * The map: Natural Earth's country outlines as the only base layer (no tile server, so it works
 * offline and sends no request elsewhere), municipalities as circles, partnerships as lines, and
 * the chosen municipality's partnerships drawn on top.
 */
/** Above this many features a layer is drawn on a canvas instead of as SVG elements. */
const CANVAS_ABOVE = 1500;
const COLOURS = { municipality: '#1f6f8b', chosen: '#c0392b', partner: '#e67e22' };

export class ExplorerMap {
  readonly map: L.Map;
  private readonly points = L.layerGroup();
  private readonly lines = L.layerGroup();
  private readonly chosen = L.layerGroup();
  private markers = new Map<string, L.CircleMarker>();
  /**
   * Thousands of circles or lines are drawn on one canvas: as SVG elements, the demo data's 14,000
   * municipalities took 11 s to appear. Fewer stay SVG elements, which CSS styles and a test can find.
   */
  private readonly canvas = L.canvas({ padding: 0.2 });

  constructor(element: HTMLElement, private readonly onChoose: (id: string, name: string) => void) {
    this.map = L.map(element, {
      center: [50, 10],
      zoom: 4,
      minZoom: 2,
      maxZoom: 12,
      worldCopyJump: false,
      maxBounds: [[-85, -200], [85, 200]],
      attributionControl: false,
    });
    // The outlines in a pane of their own below the overlays, whichever renderer draws those.
    this.map.createPane('base').style.zIndex = '350';
    this.lines.addTo(this.map);
    this.points.addTo(this.map);
    this.chosen.addTo(this.map);
  }

  /** Loads the country outlines (one hashed, long-cached file of this build). */
  async drawBaseMap(): Promise<void> {
    const response = await fetch(worldUrl);
    const topology = await response.json() as Topology<{ countries: GeometryCollection }>;
    L.geoJSON(feature(topology, topology.objects.countries), {
      interactive: false,
      pane: 'base',
      style: { className: 'country', weight: 0.6 },
    }).addTo(this.map);
  }

  /** The visible area as the API's bbox, or undefined when it spans the whole world. */
  bbox(): Bbox {
    const bounds = this.map.getBounds();
    const west = Math.max(-180, bounds.getWest());
    const east = Math.min(180, bounds.getEast());
    const south = Math.max(-90, bounds.getSouth());
    const north = Math.min(90, bounds.getNorth());
    if (west <= -180 && east >= 180) {
      return undefined;
    }
    return [west, south, east, north].map(value => value.toFixed(3)).join(',');
  }

  showMunicipalities(features: PointFeature[]): void {
    this.points.clearLayers();
    this.markers.clear();
    const renderer = features.length > CANVAS_ABOVE ? this.canvas : undefined;
    for (const f of features) {
      if (!f.geometry) {
        continue;
      }
      const [lon, lat] = f.geometry.coordinates;
      const name = label(f);
      const marker = L.circleMarker([lat, lon], {
        radius: 5, className: 'municipality', weight: 1, color: '#fff', fillColor: COLOURS.municipality, fillOpacity: 0.8,
        renderer,
      })
        .bindTooltip(name)
        .on('click', () => this.onChoose(f.id, name));
      marker.addTo(this.points);
      marker.getElement()?.setAttribute('data-id', f.id);
      this.markers.set(f.id, marker);
    }
  }

  showPartnerships(features: LineFeature[]): void {
    this.lines.clearLayers();
    const renderer = features.length > CANVAS_ABOVE ? this.canvas : undefined;
    for (const f of features) {
      for (const path of paths(f)) {
        const line = L.polyline(path, {
          className: 'partnership', weight: 1, interactive: false, color: '#8aa7b5', opacity: 0.6, renderer,
        });
        line.addTo(this.lines);
        line.getElement()?.setAttribute('data-partnership', f.id);
      }
    }
  }

  /** Draws the chosen municipality's partnerships over the others and marks it and its partners. */
  showChosen(id: string, features: LineFeature[]): void {
    this.chosen.clearLayers();
    for (const marker of this.markers.values()) {
      if (marker.options.fillColor !== COLOURS.municipality) {
        mark(marker, 'municipality');
      }
    }
    const own = this.markers.get(id);
    if (own) {
      mark(own, 'chosen');
    }
    for (const f of features) {
      for (const path of paths(f)) {
        const line = L.polyline(path, {
          className: 'partner-line', weight: 3, interactive: false, color: COLOURS.chosen, opacity: 0.9,
        });
        line.addTo(this.chosen);
        line.getElement()?.setAttribute('data-partnership', f.id);
      }
      for (const p of f.properties.participants ?? []) {
        const partner = this.markers.get(p.municipalityId);
        if (p.municipalityId !== id && partner) {
          mark(partner, 'partner');
        }
      }
    }
  }
}

/** Colours a marker on either renderer; an SVG element also gets the class, for CSS and tests. */
function mark(marker: L.CircleMarker, as: keyof typeof COLOURS): void {
  marker.setStyle({ fillColor: COLOURS[as] });
  const element = marker.getElement();
  element?.classList.toggle('chosen', as === 'chosen');
  element?.classList.toggle('partner', as === 'partner');
  if (as === 'chosen') {
    marker.bringToFront();
  }
}

export function label(f: PointFeature): string {
  return f.properties.displayName ?? f.properties.name;
}

function paths(f: LineFeature): L.LatLngExpression[][] {
  if (!f.geometry) {
    return [];
  }
  const flip = (line: [number, number][]) => line.map(([lon, lat]) => [lat, lon] as L.LatLngTuple);
  return f.geometry.type === 'LineString' ? [flip(f.geometry.coordinates)] : f.geometry.coordinates.map(flip);
}

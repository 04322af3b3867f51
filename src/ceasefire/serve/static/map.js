// The map of places hit, drawn by Leaflet (vendored; no tile server: the base map is the
// vector boundaries of basemap.geo.json, built by scripts/build-regions from Natural Earth).
// Places hit are dots; a place that is a whole region (the gazetteer's kind) is its region's
// outline; places where weapons were only downed are a separate layer, off by default; a
// choropleth of strike events per region on demand. Every label is a text node.

import * as L from "./vendor/leaflet/leaflet-src.esm.js";
import { $, clear, el, num } from "./dom.js";

const THEATRE = [[44, 22], [56, 50]]; // lat/lon corners shown when no place has coordinates
const FIT = { padding: [24, 24], maxZoom: 7 };
// ColorBrewer YlOrBr (sequential, colour-blind safe), five of its 7-class colours: its
// palest would not stand out from the land's
const PALETTE = ["#fee391", "#fec44f", "#fe9929", "#cc4c02", "#8c2d04"];
let basemap = null;

function loadBasemap() {
  basemap ??= fetch("/static/basemap.geo.json").then((response) => {
    if (!response.ok) throw new Error(`/static/basemap.geo.json: ${response.status}`);
    return response.json();
  });
  return basemap;
}

// --- places ---------------------------------------------------------------------------------

// A place as the map draws it: name, admin1, kind, lon, lat, how many events and, of them,
// hits (events that report a hit), the attacking sides, the first and last dates, killed.

const byEvents = (a, b) => b.events - a.events;  // drawn in this order: the largest under

export function placesHit(features) {
  // GeoJSON points, one per place of each event (/api/places, or one event's) -> one entry
  // per place.
  const places = new Map(), seen = new Set();
  for (const { geometry, properties: p } of features) {
    const [lon, lat] = geometry.coordinates;
    const key = `${p.place}|${lon}|${lat}`;
    if (!places.has(key)) {
      places.set(key, { name: p.place, admin1: p.admin1, kind: p.kind, lon, lat,
        events: 0, hits: 0, attackers: new Set(), first: null, last: null, killed: 0 });
    }
    if (seen.has(`${key}|${p.event}`)) continue;
    seen.add(`${key}|${p.event}`);
    const place = places.get(key);
    place.events += 1;
    if (p.hit !== false) place.hits += 1;  // absent (an older server): a place hit
    place.attackers.add(p.attacker || "?");
    if (p.date && (!place.first || p.date < place.first)) place.first = p.date;
    if (p.date && (!place.last || p.date > place.last)) place.last = p.date;
    place.killed += p.killed || 0;
  }
  return [...places.values()].sort(byEvents);
}

export function placesSummed(features) {
  // /api/places?per=place: one point per place, its counts already summed by the server.
  return features.map(({ geometry: { coordinates: [lon, lat] }, properties: p }) => ({
    name: p.place, admin1: p.admin1, kind: p.kind, lon, lat, events: p.events, hits: p.hits,
    attackers: new Set(p.attackers), first: p.first, last: p.last, killed: p.killed,
  })).sort(byEvents);
}

const SIDE_NAMES = { RU: "Russia", UA: "Ukraine", "?": "an attacker not named" };
const isRegion = (place) => place.kind === "region" || place.name === place.admin1;
const downedOnly = (place) => place.hits === 0;

function side(place) {
  const sides = [...place.attackers];
  return sides.length === 1 && (sides[0] === "RU" || sides[0] === "UA") ? sides[0] : "mixed";
}

function describe(place) {
  const where = place.admin1 && place.admin1 !== place.name ? `${place.name}, ${place.admin1}`
    : place.name;
  const count = place.events;
  const { first, last } = place;
  const when = first ? ` (${first}${last !== first ? ` to ${last}` : ""})` : "";
  const events = `${count} ${downedOnly(place) ? "event" : "strike event"}${count === 1 ? "" : "s"}`;
  const downed = downedOnly(place) ? ", weapons downed, no hit reported" : "";
  const killed = place.killed ? `; ${num(place.killed)} killed` : "";
  const by = [...place.attackers].map((a) => SIDE_NAMES[a] || a).sort().join(" and ");
  return `${where}: ${events}${downed}${when}; by ${by}${killed}`;
}

// --- land: which region or country holds a point ---------------------------------------------

function insidePolygon([lon, lat], polygon) {
  let inside = false;  // even-odd over the outer ring and its holes
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x1, y1] = ring[i], [x2, y2] = ring[j];
      if ((y1 > lat) !== (y2 > lat) && lon < ((x2 - x1) * (lat - y1)) / (y2 - y1) + x1) {
        inside = !inside;
      }
    }
  }
  return inside;
}

const COAST = 0.06; // degrees (~5 km): a port may fall just outside a simplified coastline

function distanceToRing([lon, lat], ring) {
  let nearest = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax, ay] = ring[j], [bx, by] = ring[i];
    const dx = bx - ax, dy = by - ay, length = dx * dx + dy * dy;
    const t = length ? Math.max(0, Math.min(1, ((lon - ax) * dx + (lat - ay) * dy) / length)) : 0;
    nearest = Math.min(nearest, Math.hypot(lon - ax - t * dx, lat - ay - t * dy));
  }
  return nearest;
}

function landAt(land, point) {
  // The region (or neighbouring country) holding the point, else one whose coast is within
  // COAST of it, else null: at sea or off the map.
  const [lon, lat] = point;
  const near = land.features.filter(({ bbox: [w, s, e, n] }) => lon >= w - COAST
    && lon <= e + COAST && lat >= s - COAST && lat <= n + COAST);
  return near.find(({ geometry }) => geometry.coordinates.some((p) => insidePolygon(point, p)))
    || near.find(({ geometry }) => geometry.coordinates.some(
      (p) => distanceToRing(point, p[0]) < COAST))
    || null;
}

function regionOf(land, place) {
  // The shipped region a place belongs to: by the gazetteer's admin1, else by its point.
  const named = land.features.find((f) => f.properties.kind === "region"
    && f.properties.name === place.admin1);
  if (named) return named;
  const holding = landAt(land, [place.lon, place.lat]);
  return holding && holding.properties.kind === "region" ? holding : null;
}

// --- drawing ----------------------------------------------------------------------------------

function open(hash) {
  window.location.hash = hash;
}

function focusable(layer, label, hash) {
  // A drawn path as a link for the keyboard: Tab reaches it, Enter opens its events, focus
  // shows its name as hover does.
  const path = layer.getElement();
  path.setAttribute("tabindex", "0");
  path.setAttribute("role", "link");
  path.setAttribute("aria-label", label);
  path.addEventListener("keydown", (key) => { if (key.key === "Enter") open(hash); });
  path.addEventListener("focus", () => layer.openTooltip());
  path.addEventListener("blur", () => layer.closeTooltip());
}

function landLayer(land, regionEvents) {
  // Regions and the neighbouring countries; a region is a link to its events. Drawn in a
  // pane of their own, under the places and after them in the page, so Tab reaches the
  // places first.
  return L.geoJSON(land, {
    pane: "land",
    style: ({ properties: p }) => ({
      className: `land ${p.kind} ${p.country || ""}`, weight: p.kind === "region" ? 0.8 : 0.6,
      color: p.kind === "region" ? "#8a8a8a" : "#b5b5b5", fillOpacity: 1,
      fillColor: p.kind === "country" ? "#f4f1ea" : p.country === "UA" ? "#e9f0f6" : "#f6ecea",
    }),
    interactive: true,
    onEachFeature: ({ properties: p }, layer) => {
      layer.bindTooltip(el("span", p.name), { sticky: true, className: "map-tip" });
      if (p.kind !== "region") return;
      layer.on("click", () => open(`#/region/${encodeURIComponent(p.name)}`));
      layer.on("add", () => {
        const path = layer.getElement();
        path.setAttribute("data-region", p.name);
        const count = regionEvents.get(p.name) || 0;
        if (count) focusable(layer, `${p.name}: ${count} strike event${count === 1 ? "" : "s"}`,
          `#/region/${encodeURIComponent(p.name)}`);
      });
    },
  });
}

function regionLabels(land) {
  // Region names as text markers, each shown only when its region is wide enough on screen.
  const group = L.layerGroup();
  for (const { properties: p, bbox } of land.features) {
    if (p.kind !== "region") continue;
    const [lon, lat] = p.label;
    const icon = L.divIcon({ className: "region-label", html: el("span", p.name), iconSize: null });
    const marker = L.marker([lat, lon], { icon, interactive: false, keyboard: false });
    marker.regionBox = bbox;
    marker.labelText = p.name;
    group.addLayer(marker);
  }
  return group;
}

function fitLabels(map, labels, regionEvents) {
  // Shows a region's name where it fits: inside its region's width on screen and over no
  // other name; regions with events first, then the widest.
  const shown = [];
  const overlaps = (a) => shown.some((b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1);
  const candidates = labels.getLayers().map((marker) => {
    const [w, s, e, n] = marker.regionBox;
    const width = map.latLngToContainerPoint([s, e]).x - map.latLngToContainerPoint([n, w]).x;
    return { marker, width, events: regionEvents.get(marker.labelText) || 0 };
  }).sort((a, b) => (b.events > 0) - (a.events > 0) || b.width - a.width);
  for (const { marker, width } of candidates) {
    const node = marker.getElement();
    if (!node) continue;
    const { x, y } = map.latLngToContainerPoint(marker.getLatLng());
    const half = (marker.labelText.length * 6.4 + 6) / 2;
    const box = { x0: x - half, x1: x + half, y0: y - 9, y1: y + 9 };
    const fits = width >= 1.2 * half && !overlaps(box);  // a name may overhang a little
    node.hidden = !fits;
    if (fits) shown.push(box);
  }
}

function placeDot(place, options = {}) {
  const downed = downedOnly(place);
  const radius = Math.min(22, 4 + 3 * Math.sqrt(place.events));
  const dot = L.circleMarker([place.lat, place.lon], {
    radius, weight: downed ? 1.5 : 1.2, dashArray: downed ? "3 2" : null,
    className: `place ${downed ? "downed" : side(place)}`, fillOpacity: downed ? 0.1 : 0.75,
    color: downed ? "#555" : "#fff", fillColor: downed ? "#888" : null,
  });
  const label = describe(place);
  dot.bindTooltip(el("span", label), { className: "map-tip", direction: "top" });
  const hash = `#/place/${encodeURIComponent(place.name)}`;
  if (!options.small) dot.on("click", () => open(hash));
  dot.on("add", () => {
    dot.getElement().setAttribute("data-place", place.name);
    dot.getElement().setAttribute("data-events", place.events);
    if (!options.small) focusable(dot, label, hash);
  });
  return dot;
}

function regionOutline(feature, place, options = {}) {
  // A place that is a whole region: its outline, dashed, in the attacker's colour.
  const downed = downedOnly(place);
  const layer = L.geoJSON(feature, {
    style: () => ({ className: `region-hit ${downed ? "downed" : side(place)}`, weight: 2.5,
      dashArray: downed ? "2 4" : "7 4", fillOpacity: downed ? 0 : 0.12 }),
  });
  const label = `${describe(place)} (the whole region)`;
  layer.eachLayer((path) => {
    path.bindTooltip(el("span", label), { sticky: true, className: "map-tip" });
    const hash = `#/region/${encodeURIComponent(feature.properties.name)}`;
    if (!options.small) path.on("click", () => open(hash));
    path.on("add", () => {
      path.getElement().setAttribute("data-place", place.name);
      if (!options.small) focusable(path, label, hash);
    });
  });
  return layer;
}

function placeLayers(land, places, options = {}) {
  // The places hit and those where weapons were only downed, in two layers; what is at sea,
  // off the map or a whole country is left off and named in `left`.
  const hit = L.featureGroup(), downed = L.featureGroup(), left = [];
  for (const place of places) {
    const layer = downedOnly(place) ? downed : hit;
    if (isRegion(place)) {
      const region = regionOf(land, place);
      if (region) layer.addLayer(regionOutline(region, place, options));
      else left.push(place);
    } else if (place.kind !== "country" && landAt(land, [place.lon, place.lat])) {
      layer.addLayer(placeDot(place, options));
    } else {
      left.push(place);
    }
  }
  return { hit, downed, left };
}

// --- the choropleth ---------------------------------------------------------------------------

function eventsByRegion(land, places, regions) {
  // Region name -> how many strike events hit a place in it. `regions`: the server's counts
  // per admin1 (each event once, though it hit several places of the region); a place whose
  // admin1 names no shipped region counts its hits in the region holding its point (an event
  // at two such places of one region counts twice there).
  const byRegion = new Map();
  const add = (name, count) => byRegion.set(name, (byRegion.get(name) || 0) + count);
  const named = new Set(land.features.filter((f) => f.properties.kind === "region")
    .map((f) => f.properties.name));
  for (const [name, count] of Object.entries(regions)) if (named.has(name)) add(name, count);
  for (const place of places) {
    if (named.has(place.admin1) || downedOnly(place)) continue;
    const region = regionOf(land, place);
    if (region) add(region.properties.name, place.hits);
  }
  return byRegion;
}

export function classes(counts) {
  // Up to five classes of counts, each [from, to]: breaks at quantiles, rounded, merged.
  const sorted = [...counts].filter((c) => c > 0).sort((a, b) => a - b);
  if (!sorted.length) return [];
  const uppers = [];
  for (let k = 1; k <= PALETTE.length; k++) {
    const upper = sorted[Math.min(sorted.length - 1, Math.ceil((k * sorted.length) / PALETTE.length) - 1)];
    if (!uppers.includes(upper)) uppers.push(upper);
  }
  return uppers.map((upper, i) => [i ? uppers[i - 1] + 1 : sorted[0], upper]);
}

function shade(landLayerGroup, byRegion, shown) {
  const ranges = classes([...byRegion.values()]);
  const colour = (count) => {
    const i = ranges.findIndex(([, upper]) => count <= upper);
    return PALETTE[Math.round((i * (PALETTE.length - 1)) / Math.max(1, ranges.length - 1))];
  };
  landLayerGroup.eachLayer((layer) => {
    const p = layer.feature.properties;
    const count = byRegion.get(p.name) || 0;
    const path = layer.getElement();
    path.classList.toggle("shaded", shown && count > 0);
    if (shown && count > 0) path.style.fill = colour(count);
    else path.style.removeProperty("fill");
  });
  return ranges.map(([from, to]) => [from === to ? `${from}` : `${from}–${to}`, colour(to)]);
}

function legend(entries) {
  const box = el("div", null, { class: "map-legend", "aria-label": "Strike events per region" });
  box.append(el("span", "Strike events per region:", { class: "title" }));
  for (const [text, colour] of entries) {
    const item = el("span", text, { class: "class" });
    const swatch = el("i", null, { class: "swatch", "aria-hidden": "true" });
    swatch.style.background = colour;
    item.prepend(swatch);
    box.append(item);
  }
  return box;
}

// --- the home page's map ----------------------------------------------------------------------

let homeMap = null;

function toggle(label, checked, change) {
  const box = el("label", null, { class: "map-toggle" });
  const input = el("input", null, { type: "checkbox" });
  input.checked = checked;
  input.addEventListener("change", () => change(input.checked));
  box.append(input, document.createTextNode(` ${label}`));
  return box;
}

function leftOffNote(left) {
  if (!left.length) return null;
  const names = left.map((p) => p.name).sort();
  return el("p", `${left.length} place${left.length === 1 ? " is" : "s are"} not drawn: at sea, ` +
    `outside the mapped land or a whole country (${names.join(", ")}).`, { class: "note map-left" });
}

function newMap(container) {
  // The wheel and, on a touch screen, one finger scroll the page, not the map: a map half
  // a phone's height must not trap the page; pinch and the buttons zoom it.
  // A reader who asked the system for less motion gets zooms and pans without animation.
  const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const map = L.map(container, { attributionControl: false, zoomSnap: 0.25, minZoom: 2,
    maxZoom: 11, scrollWheelZoom: false, dragging: !L.Browser.mobile, zoomControl: true,
    zoomAnimation: !still, fadeAnimation: !still, markerZoomAnimation: !still });
  container.setAttribute("role", "region");
  map.createPane("land").style.zIndex = 350;  // under overlayPane (400), where places are
  return map;
}

export async function drawMap(collection) {
  // `collection`: /api/places?per=place (a point per place, and its regions' counts).
  const land = await loadBasemap();
  const places = placesSummed(collection.features);
  const box = clear($("#map-view"));
  if (homeMap) homeMap.remove();
  const controls = el("div", null, { class: "map-controls" });
  const canvas = el("div", null, { class: "leaflet-map", id: "map-canvas",
    "aria-label": "Map of places hit: regions of Ukraine and Russia, places as dots" });
  const legendBox = el("div", null, { class: "map-legend-box" });
  box.append(controls, canvas, legendBox);
  const map = homeMap = newMap(canvas);

  const byRegion = eventsByRegion(land, places, collection.regions || {});
  const landGroup = landLayer(land, byRegion).addTo(map);
  const labels = regionLabels(land).addTo(map);
  const { hit, downed, left } = placeLayers(land, places);
  hit.addTo(map);
  const bounds = hit.getLayers().length ? hit.getBounds() : L.latLngBounds(THEATRE);
  map.fitBounds(bounds, FIT);
  fitLabels(map, labels, byRegion);
  map.on("zoomend moveend", () => fitLabels(map, labels, byRegion));

  const downedCount = downed.getLayers().length;
  controls.append(
    toggle("Shade regions by strike events", false, (on) => {
      clear(legendBox);
      canvas.classList.toggle("choropleth", on);
      const entries = shade(landGroup, byRegion, on);
      if (on) legendBox.append(legend(entries));
    }),
    toggle(`Show places where weapons were only downed (${downedCount})`, false, (on) => {
      if (on) downed.addTo(map); else downed.remove();
      hit.bringToFront();
    }));
  const note = leftOffNote(left);
  if (note) box.append(note);
  if (!places.length) box.append(el("p", "No place with coordinates in the ledger yet."));
}

export function selectPlace(name) {
  // The place's dot or outline, or the region, of the route. Compared as strings, never put
  // in a selector: a place's name is data.
  for (const path of document.querySelectorAll("#map-view [data-place], #map-view [data-region]")) {
    const own = path.getAttribute("data-place") ?? path.getAttribute("data-region");
    path.classList.toggle("selected", own === name);
  }
}

// --- a small map of one event's places (for the event page) -----------------------------------

export function eventFeatures(event) {
  // An event as /api/events/{id} gives it -> the points drawPlaceMap takes (one per place
  // with coordinates), so the event page needs no other request.
  return event.places.filter((p) => p.lat !== null && p.lon !== null).map((p) => ({
    type: "Feature", geometry: { type: "Point", coordinates: [p.lon, p.lat] },
    properties: { event: event.event, date: event.date, attacker: event.attacker,
      place: p.name, admin1: p.admin1, kind: p.kind, killed: event.killed } }));
}

export async function drawPlaceMap(container, features, { small = true } = {}) {
  // `features`: /api/places' points (e.g. those of one event). Returns the Leaflet map.
  const land = await loadBasemap();
  const places = placesHit(features);
  clear(container);
  container.classList.add("leaflet-map", small ? "small" : "full");
  container.setAttribute("aria-label", `Map of ${places.map((p) => p.name).join(", ") || "no place"}`);
  const map = newMap(container);
  landLayer(land, new Map()).addTo(map);
  const { hit, downed } = placeLayers(land, places, { small });
  hit.addTo(map);
  downed.addTo(map);
  const drawn = L.featureGroup([hit, downed]);
  const bounds = drawn.getLayers().some((g) => g.getLayers().length) ? drawn.getBounds()
    : L.latLngBounds(THEATRE);
  map.fitBounds(bounds, { ...FIT, maxZoom: 6 });
  return map;
}

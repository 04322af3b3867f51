// The map of places hit: the countries (Natural Earth, shipped as countries.geo.json) drawn
// as SVG paths in a Web-Mercator projection fitted to the places, one circle per place, its
// area by the number of strike events there. No map library, nothing from the network.

import { $, clear, el, num, svg } from "./dom.js";

const WIDTH = 900, HEIGHT = 520;
const THEATRE = [[22, 44], [41, 53]]; // lon/lat corners shown when no place has coordinates
const MIN_SPAN = 14; // degrees of longitude: one place still shows its surroundings
let countries = null;

function loadCountries() {
  countries ??= fetch("/static/countries.geo.json").then((response) => {
    if (!response.ok) throw new Error(`/static/countries.geo.json: ${response.status}`);
    return response.json();
  });
  return countries;
}

function mercator([lon, lat]) {
  // Web Mercator in degrees of longitude, y northward; poles cut at 85°.
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return [lon, (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

function frame(points) {
  // The projected box of the points, padded, then widened to the drawing's aspect ratio.
  const projected = (points.length ? points : THEATRE).map(mercator);
  const xs = projected.map((p) => p[0]), ys = projected.map((p) => p[1]);
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = Math.max(x1 - x0, y1 - y0, MIN_SPAN) * 0.15;
  [x0, x1, y0, y1] = [x0 - pad, x1 + pad, y0 - pad, y1 + pad];
  let width = Math.max(x1 - x0, MIN_SPAN), height = y1 - y0;
  if (width / height < WIDTH / HEIGHT) width = (height * WIDTH) / HEIGHT;
  else height = (width * HEIGHT) / WIDTH;
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  return { x0: cx - width / 2, x1: cx + width / 2, y0: cy - height / 2, y1: cy + height / 2,
    scale: WIDTH / width };
}

function toScreen(view, point) {
  const [x, y] = mercator(point);
  return [(x - view.x0) * view.scale, (view.y1 - y) * view.scale];
}

function inView(view, [west, south, east, north]) {
  const [x0, y0] = mercator([west, south]), [x1, y1] = mercator([east, north]);
  return x1 >= view.x0 && x0 <= view.x1 && y1 >= view.y0 && y0 <= view.y1;
}

function countryPath(view, feature) {
  const parts = [];
  for (const polygon of feature.geometry.coordinates) {
    for (const ring of polygon) {
      const points = ring.map((p) => toScreen(view, p).map((v) => v.toFixed(1)).join(","));
      parts.push(`M${points.join("L")}Z`);
    }
  }
  const name = feature.properties.name;
  const side = { Ukraine: " UA", Russia: " RU" }[name] || "";
  const path = svg("path", { d: parts.join(""), class: `country${side}`, "data-country": name });
  path.append(svg("title", {}, name));
  return path;
}

export function placesHit(features) {
  // GeoJSON points (one per place of each event) -> one entry per place, with its events.
  const places = new Map();
  for (const { geometry, properties: p } of features) {
    const [lon, lat] = geometry.coordinates;
    const key = `${p.place}|${lon}|${lat}`;
    if (!places.has(key)) {
      places.set(key, { name: p.place, admin1: p.admin1, lon, lat, events: new Set(),
        attackers: new Set(), dates: [], killed: 0 });
    }
    const place = places.get(key);
    if (place.events.has(p.event)) continue;
    place.events.add(p.event);
    place.attackers.add(p.attacker || "?");
    if (p.date) place.dates.push(p.date);
    place.killed += p.killed || 0;
  }
  // Drawn in this order, so the later ones are on top: the places with most events first,
  // and a region before the cities in it (Moscow Oblast's circle must not cover Moscow's).
  const isRegion = (place) => (place.name === place.admin1 ? 1 : 0);
  return [...places.values()].sort((a, b) => b.events.size - a.events.size
    || isRegion(b) - isRegion(a));
}

function describe(place) {
  const where = place.admin1 && place.admin1 !== place.name ? `${place.name}, ${place.admin1}`
    : place.name;
  const count = place.events.size;
  const dates = [...place.dates].sort();
  const when = dates.length ? ` (${dates[0]}${dates.length > 1 ? ` to ${dates[dates.length - 1]}` : ""})` : "";
  const killed = place.killed ? `; ${num(place.killed)} killed` : "";
  return `${where}: ${count} strike event${count === 1 ? "" : "s"}${when}; by ` +
    `${[...place.attackers].sort().join(", ")}${killed}`;
}

function placeCircle(view, place) {
  const [x, y] = toScreen(view, [place.lon, place.lat]);
  const side = place.attackers.size === 1 ? [...place.attackers][0] : "mixed";
  const label = describe(place);
  const circle = svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1),
    r: Math.min(30, 2 + 4 * Math.sqrt(place.events.size)).toFixed(1),
    class: `place ${side === "RU" || side === "UA" ? side : "other"}`, "data-place": place.name,
    "data-events": place.events.size, tabindex: 0, role: "link", "aria-label": label });
  circle.append(svg("title", {}, label));
  const open = () => { window.location.hash = `#/place/${encodeURIComponent(place.name)}`; };
  circle.addEventListener("click", open);
  circle.addEventListener("keydown", (key) => { if (key.key === "Enter") open(); });
  return circle;
}

export async function drawMap(features) {
  const world = await loadCountries();
  const places = placesHit(features);
  const view = frame(places.map((p) => [p.lon, p.lat]));
  const map = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "map", role: "group",
    "aria-label": "Places hit" });
  map.append(svg("title", {}, "Places hit: circle area by the number of strike events"));
  map.append(svg("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: "sea" }));
  for (const feature of world.features) {
    if (inView(view, feature.bbox)) map.append(countryPath(view, feature));
  }
  for (const place of places) map.append(placeCircle(view, place));
  const box = clear($("#map-view"));
  box.append(map);
  if (!places.length) box.append(el("p", "No place with coordinates in the ledger yet."));
}

export function selectPlace(name) {
  // Compared as strings, never put in a selector: a place's name is data.
  for (const circle of document.querySelectorAll("#map circle.place")) {
    circle.classList.toggle("selected", circle.getAttribute("data-place") === name);
  }
}

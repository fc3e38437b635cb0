// The company form's location picker: the province's map (see map.js), one draggable pin. A click
// or a drag reports the point to the component, which puts it into the latitude and longitude
// fields; typing in those fields moves the pin back through setPoint().

import { createBase, parsed } from './map.js';

export async function create(root, component, options) {
    options = parsed(options);
    const state = await createBase(root, options);
    const L = window.L;
    let pin = null;

    function place(lat, lon, centre) {
        if (lat === null || lon === null || lat === undefined || lon === undefined) {
            pin?.remove();
            pin = null;
            root.dataset.pin = 'none';
            return;
        }
        if (!pin) {
            pin = L.marker([lat, lon], { draggable: true, keyboard: true, title: options.pinTitle }).addTo(state.map);
            pin.on('dragend', () => report(pin.getLatLng()));
        } else {
            pin.setLatLng([lat, lon]);
        }
        root.dataset.pin = `${lat.toFixed(5)},${lon.toFixed(5)}`;
        if (centre) {
            state.map.setView([lat, lon], Math.max(state.map.getZoom(), 12));
        }
    }

    function report(latLng) {
        const lat = Math.round(latLng.lat * 1e5) / 1e5;
        const lon = Math.round(latLng.lng * 1e5) / 1e5;
        place(lat, lon, false);
        component.invokeMethodAsync('PickedAsync', lat, lon);
    }

    state.map.on('click', e => report(e.latlng));
    place(options.latitude, options.longitude, true);
    root.dataset.ready = 'true';
    return {
        setPoint: (lat, lon) => place(lat, lon, true),
        dispose: () => state.map.remove(),
    };
}

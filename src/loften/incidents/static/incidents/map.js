/* The field-work map (EST incidents, safety walks): the kommun's areas and what is drawn
   on them, by Leaflet with no tile server (one is used only when the operator configures
   LOFTEN_MAP_TILE_URL). The data comes from the JSON script named by data-source.
   With data-pick, a tap on the map fills in the latitude and longitude fields; with
   data-draw, each tap adds a point to a route written as a GeoJSON LineString into the
   field data-draw names. Without JavaScript the fields are typed in by hand. */
(function () {
  "use strict";
  var element = document.getElementById("karta");
  var source = element && document.getElementById(element.dataset.source || "incident-map-data");
  source = source || document.getElementById("incident-areas");
  if (!element || !source || typeof L === "undefined") { return; }
  var data = JSON.parse(source.textContent);
  element.hidden = false;
  // Leaflet's zoom buttons with Swedish names (the title is also each button's aria-label),
  // drawn as graphics: axe cannot tell whether a bare "+" or "−" is part of a name.
  var icon = function (path) { return '<svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="14" height="14"><path d="' + path + '" stroke="currentColor" stroke-width="2.5"/></svg>'; };
  var map = L.map(element, { zoomSnap: 0.25, zoomControl: false, attributionControl: Boolean(element.dataset.tiles) });
  L.control.zoom({ zoomInTitle: "Zooma in", zoomOutTitle: "Zooma ut", zoomInText: icon("M2 8h12M8 2v12"), zoomOutText: icon("M2 8h12") }).addTo(map);
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { attribution: element.dataset.attribution || "", maxZoom: 19 }).addTo(map);
  }
  var most = 1;
  data.features.forEach(function (f) { if (f.properties.count > most) { most = f.properties.count; } });
  var layer = L.geoJSON(data, {
    style: function (f) {
      var share = (f.properties.count || 0) / most;
      return { color: "#333", weight: 1, fillColor: "#b8452e", fillOpacity: 0.1 + 0.6 * share };
    },
    pointToLayer: function (f, latlng) {
      return L.circleMarker(latlng, { radius: 7, color: "#000", weight: 2, fillColor: "#ffd400", fillOpacity: 1, className: "incident-marker" });
    },
    onEachFeature: function (f, shape) {
      var text = f.properties.name + (f.properties.count !== undefined ? ": " + f.properties.count + " händelser" : "");
      shape.bindTooltip(text);
    }
  }).addTo(map);
  var bounds = layer.getBounds();
  if (bounds.isValid()) { map.fitBounds(bounds, { padding: [10, 10] }); } else { map.setView([62, 16], 4); }
  if (element.dataset.pick) {
    var lat = document.getElementById("id_latitude");
    var lon = document.getElementById("id_longitude");
    var marker = null;
    var place = function (latlng) {
      if (marker) { marker.setLatLng(latlng); } else { marker = L.circleMarker(latlng, { radius: 8, className: "incident-marker" }).addTo(map); }
    };
    if (lat.value && lon.value) { place([parseFloat(lat.value), parseFloat(lon.value)]); }
    map.on("click", function (event) {
      lat.value = event.latlng.lat.toFixed(6);
      lon.value = event.latlng.lng.toFixed(6);
      place(event.latlng);
    });
  }
  if (element.dataset.draw) {
    var field = document.getElementById(element.dataset.draw);
    var points = [];
    var line = L.polyline([], { color: "#1d4ed8", weight: 4 }).addTo(map);
    map.on("click", function (event) {
      points.push([Number(event.latlng.lng.toFixed(6)), Number(event.latlng.lat.toFixed(6))]);
      line.addLatLng(event.latlng);
      field.value = JSON.stringify({ type: "LineString", coordinates: points });
    });
  }
})();

// Draws the bulletin's charts from the JSON data island #bulletin-data with the embedded Apache ECharts.
// Every text comes from the data (the report's language resource); nothing here is user-facing text.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('bulletin-data').textContent);
  var geo = JSON.parse(document.getElementById('bulletin-map').textContent);
  var L = data.labels;
  var colours = { A: '#c0392b', B: '#e6a23c', C: '#5b8ff9' };
  var state = { charts: {}, mapRegions: 0 };
  window.bulletinState = state;
  var font = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

  function init(id) {
    var el = document.getElementById(id);
    if (!el) { return null; }
    var chart = echarts.init(el, null, { renderer: 'svg' });
    state.charts[id] = chart;
    return chart;
  }

  var base = { animation: false, textStyle: { fontFamily: font } };
  function opt(o) { return Object.assign({}, base, o); }

  var history = init('chart-classes');
  if (history) {
    history.setOption(opt({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 80, right: 24, top: 36, bottom: 28 },
      xAxis: { type: 'value', name: L.counties, nameLocation: 'middle', nameGap: 22 },
      yAxis: { type: 'category', data: data.years.map(String), inverse: true },
      series: ['A', 'B', 'C'].map(function (k) {
        return { name: L['class' + k], type: 'bar', stack: 'classes', itemStyle: { color: colours[k] },
                 label: { show: true, formatter: function (p) { return p.value > 0 ? p.value : ''; } },
                 data: data.classHistory[k] };
      })
    }));
  }

  var cities = init('chart-cities');
  if (cities) {
    var sorted = data.cities.slice().filter(function (c) { return c.average !== null; })
      .sort(function (x, y) { return y.average - x.average; });
    cities.setOption(opt({
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 28, bottom: 64 },
      xAxis: { type: 'category', data: sorted.map(function (c) { return c.name; }), axisLabel: { interval: 0, rotate: 35 } },
      yAxis: { type: 'value', name: L.average, min: function (v) { return Math.max(0, Math.floor((v.min - 5) / 10) * 10); } },
      series: [{ type: 'bar', data: sorted.map(function (c) { return c.average; }), itemStyle: { color: '#c0392b' },
                 label: { show: true, position: 'top', formatter: function (p) { return p.value.toFixed(2); } } }]
    }));
  }

  var map = init('chart-map');
  if (map) {
    echarts.registerMap('hebei', geo);
    state.mapRegions = geo.features.length;
    var byCode = {};
    data.counties.forEach(function (c) { byCode[c.code] = c; });
    var tooltip = { formatter: function (p) {
      var c = byCode[p.name];
      return c ? c.name + '（' + c.city + '）<br>' + L.score + ' ' + (c.score === null ? '—' : c.score.toFixed(2)) +
                 '　' + L.rank + ' ' + (c.rank === null ? '—' : c.rank) + '　' + (c.cls ? L['class' + c.cls] : L.unscored) : p.name;
    } };
    var modes = {
      'class': function () {
        var value = { A: 3, B: 2, C: 1 };
        return { visualMap: { type: 'piecewise', left: 8, bottom: 8, pieces: [
                   { value: 3, label: L.classA, color: colours.A }, { value: 2, label: L.classB, color: colours.B },
                   { value: 1, label: L.classC, color: colours.C }, { value: 0, label: L.noData, color: '#c8c8c8' }] },
                 data: data.counties.map(function (c) { return { name: c.code, value: c.cls ? value[c.cls] : 0 }; }) };
      },
      'score': function () {
        var s = data.counties.filter(function (c) { return c.score !== null; }).map(function (c) { return c.score; });
        return { visualMap: { type: 'continuous', left: 8, bottom: 8, calculable: false,
                   min: Math.floor(Math.min.apply(null, s)), max: Math.ceil(Math.max.apply(null, s)),
                   inRange: { color: ['#e8f0fe', '#5b8ff9', '#c0392b'] }, text: [L.score, ''] },
                 data: data.counties.map(function (c) { return { name: c.code, value: c.score === null ? NaN : c.score }; }) };
      },
      'leap': function () {
        var value = { up: 1, same: 0, down: -1 };
        return { visualMap: { type: 'piecewise', left: 8, bottom: 8, pieces: [
                   { value: 1, label: L.leapUp, color: '#2e7d32' }, { value: 0, label: L.leapSame, color: '#d9d9d9' },
                   { value: -1, label: L.leapDown, color: '#c0392b' }, { value: -9, label: L.noData, color: '#f4f4f4' }] },
                 data: data.counties.map(function (c) { return { name: c.code, value: c.leap ? value[c.leap] : -9 }; }) };
      }
    };
    var show = function (mode) {
      var m = modes[mode]();
      map.setOption(opt({
        tooltip: tooltip,
        visualMap: m.visualMap,
        series: [{ type: 'map', map: 'hebei', roam: false, selectedMode: false, aspectScale: 0.85,
                   label: { show: false }, emphasis: { label: { show: false } },
                   itemStyle: { borderColor: '#ffffff', borderWidth: 0.5 }, data: m.data }]
      }), { replaceMerge: ['visualMap', 'series'] });
      state.mapMode = mode;
      Array.prototype.forEach.call(document.querySelectorAll('.toggle button'), function (b) {
        b.className = b.getAttribute('data-mode') === mode ? 'on' : '';
      });
    };
    Array.prototype.forEach.call(document.querySelectorAll('.toggle button'), function (b) {
      b.addEventListener('click', function () { show(b.getAttribute('data-mode')); });
    });
    show('class');
  }

  var ranks = init('chart-uncertainty');
  if (ranks && data.uncertainty) {
    var u = data.uncertainty;
    ranks.setOption(opt({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, data: [L.rankInterval, L.medianRank] },
      grid: { left: 96, right: 16, top: 30, bottom: 28 },
      yAxis: { type: 'category', inverse: true, data: u.map(function (c) { return c.name; }), axisLabel: { fontSize: 10 } },
      xAxis: { type: 'value', name: L.rank, min: 1 },
      series: [
        { type: 'bar', stack: 'r', silent: true, itemStyle: { color: 'transparent' }, data: u.map(function (c) { return c.low; }) },
        { name: L.rankInterval, type: 'bar', stack: 'r', itemStyle: { color: '#9db7f5' }, data: u.map(function (c) { return c.high - c.low; }) },
        { name: L.medianRank, type: 'scatter', symbolSize: 6, itemStyle: { color: '#c0392b' }, data: u.map(function (c) { return c.median; }) }
      ]
    }));
  }

  window.addEventListener('beforeprint', function () { Object.keys(state.charts).forEach(function (k) { state.charts[k].resize(); }); });
  state.ready = true;
})();

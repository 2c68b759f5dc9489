// The portal's script, written as such pages are: jQuery, ES5, no build step.
(function ($, echarts) {
  'use strict';

  var plans = ['plans/xuhui-2020-fazhi.json', 'plans/anhui-2022-keytasks.json'];
  var shown = 0;
  var plan = null;

  // The page's own state is the plan it loaded; the elements get it as a property.
  function show(index) {
    $.getJSON(plans[index]).done(function (loaded) {
      shown = index;
      plan = loaded;
      $('#title').text(plan.meta.title);
      $('#counts').text(plan.items.length + ' 项任务，' + plan.units.length + ' 个单位');
      $('#plan').prop('data', plan);
      drawChart();
    });
  }

  // The portal's own ECharts chart, drawn from the same plan: tasks per unit. A click on a bar
  // selects the unit in Remit's views; a selection made there is shown on the chart.
  var chart = echarts.init(document.getElementById('lead-chart'), null, { renderer: 'svg' });

  function drawChart() {
    var counts = {};
    var seen = {};
    $.each(plan.assignments, function (_, a) {
      if (seen[a.item + '|' + a.unit]) return;
      seen[a.item + '|' + a.unit] = true;
      counts[a.unit] = (counts[a.unit] || 0) + 1;
    });
    chart.setOption(
      {
        animation: false,
        grid: { left: 150, right: 20, top: 10, bottom: 24 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: {
          type: 'category',
          inverse: true,
          data: $.map(plan.units, function (u) {
            return u.name;
          }),
        },
        series: [
          {
            type: 'bar',
            selectedMode: 'single',
            select: { itemStyle: { color: '#c7254e' } },
            data: $.map(plan.units, function (u) {
              return counts[u.id] || 0;
            }),
          },
        ],
      },
      true,
    );
  }

  chart.on('click', function (params) {
    var unit = plan && plan.units[params.dataIndex];
    if (unit) $('#plan')[0].store.select({ kind: 'unit', id: unit.id });
  });

  // Every selection: a click in any view, or store.select() below. jQuery keeps the
  // CustomEvent in originalEvent.
  $(document).on('remit-select', function (event) {
    var selection = event.originalEvent.detail;
    $('#selection').text(
      selection
        ? '已选：' + (selection.kind === 'unit' ? '单位' : '任务') + ' ' + selection.id
        : '未选择',
    );
    var index = -1;
    if (selection && selection.kind === 'unit') {
      $.each(plan.units, function (k, u) {
        if (u.id === selection.id) index = k;
      });
    }
    if (index >= 0) chart.dispatchAction({ type: 'select', seriesIndex: 0, dataIndex: index });
    else drawChart();
  });

  $('#switch').on('click', function () {
    show((shown + 1) % plans.length);
  });

  $('#select-second').on('click', function () {
    var second = plan && plan.units[1];
    if (second) $('#plan')[0].store.select({ kind: 'unit', id: second.id });
  });

  show(0);
})(jQuery, echarts);

// The portal's script, written as such pages are: jQuery, ES5, no build step.
(function ($) {
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
    });
  }

  // Every selection: a click in any view, or store.select() below. jQuery keeps the
  // CustomEvent in originalEvent.
  $(document).on('remit-select', function (event) {
    var selection = event.originalEvent.detail;
    $('#selection').text(
      selection
        ? '已选：' + (selection.kind === 'unit' ? '单位' : '任务') + ' ' + selection.id
        : '未选择',
    );
  });

  $('#switch').on('click', function () {
    show((shown + 1) % plans.length);
  });

  $('#select-second').on('click', function () {
    var second = plan && plan.units[1];
    if (second) $('#plan')[0].store.select({ kind: 'unit', id: second.id });
  });

  show(0);
})(jQuery);

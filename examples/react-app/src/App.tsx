import type { RemitData, SelectionDetail } from '@remit/widgets';
import { useEffect, useRef, useState } from 'react';
import { PLANS } from './plans';

/**
 * The plan lives in React state and goes to `<remit-data>` as a property; the views share it
 * with `source="plan"`. Every selection, a click in a view or `store.select()` from a button,
 * comes back as a `remit-select` event.
 */
export function App() {
  const [planIndex, setPlanIndex] = useState(0);
  const [selection, setSelection] = useState<SelectionDetail>(null);
  const [workloadClicks, setWorkloadClicks] = useState(0);
  const data = useRef<RemitData>(null);
  const views = useRef<HTMLElement>(null);
  const plan = PLANS[planIndex]!;

  // React attaches `on…` props of custom events to the element itself only, so one listener for
  // every view (and for `<remit-data>`, which announces `store.select()`) goes on an ancestor.
  useEffect(() => {
    const section = views.current!;
    const onSelect = (event: HTMLElementEventMap['remit-select']) => setSelection(event.detail);
    section.addEventListener('remit-select', onSelect);
    return () => section.removeEventListener('remit-select', onSelect);
  }, []);

  const second = plan.units[1];
  return (
    <main>
      <h1>{plan.meta?.title}</h1>
      <p id="counts">
        {plan.items.length} 项任务，{plan.units.length} 个单位
      </p>
      <p id="selection">
        {selection
          ? `已选：${selection.kind === 'unit' ? '单位' : '任务'} ${selection.id}`
          : '未选择'}
      </p>
      <p id="workload-clicks">工作量图点选 {workloadClicks} 次</p>
      <button id="switch" type="button" onClick={() => setPlanIndex((i) => (i + 1) % PLANS.length)}>
        换一份计划
      </button>
      <button
        id="select-second"
        type="button"
        onClick={() => second && data.current?.store.select({ kind: 'unit', id: second.id })}
      >
        选中：{second?.name}
      </button>
      <section ref={views}>
        <remit-data id="plan" ref={data} data={plan} />
        <remit-workload
          source="plan"
          sort="workload"
          onremit-select={() => setWorkloadClicks((n) => n + 1)}
        />
        <remit-heatmap source="plan" sort="workload" />
        <remit-table source="plan" view="units" />
      </section>
    </main>
  );
}

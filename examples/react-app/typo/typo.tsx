// A deliberate mistake that type-checking must refuse (tsconfig.typo.json); the client-app test
// expects exactly these errors, at these lines.
export const typos = (
  <>
    <remit-heatmap source="plan" sort="bogus" />
    <remit-workload source="plan" sortt="total" />
    <remit-table source="plan" onremit-select={(event: MouseEvent) => event.clientX} />
  </>
);

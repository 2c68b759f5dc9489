/**
 * Splits a section heading as the nested answer files write it
 * (`一、服务保障区域中心工作`, `（二）完善制度`) into its label and title.
 */
export function splitSectionTitle(heading: string): { label?: string; title: string } {
  const m = /^([一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[)）])(.+)$/u.exec(
    heading,
  );
  return m ? { label: m[1]!, title: m[2]! } : { title: heading };
}

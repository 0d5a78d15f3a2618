import { z } from "zod";

export const PAGE_SIZE = 20;
/** Deep pages of a list are for crawlers, not people; past this, narrow the filters. */
export const MAX_PAGE = 500;

/** ?page=N, forgiving: anything odd becomes page 1. */
export const PageParam = z.coerce.number().int().min(1).max(MAX_PAGE).catch(1);

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pages: number;
  pageSize: number;
}

export function pageOf<T>(items: T[], total: number, page: number, pageSize = PAGE_SIZE): Page<T> {
  return { items, total, page, pages: Math.max(1, Math.ceil(total / pageSize)), pageSize };
}

export function offsetOf(page: number, pageSize = PAGE_SIZE): number {
  return (page - 1) * pageSize;
}

/**
 * The total for a page that counted its rows with `count(*) over()`. An empty page past the end
 * still needs the total (to offer a way back), so only then is it counted separately.
 */
export async function totalOf(rows: Array<{ total: number | string }>, page: number, count: () => Promise<number>): Promise<number> {
  if (rows[0]) return Number(rows[0].total);
  return page > 1 ? count() : 0;
}

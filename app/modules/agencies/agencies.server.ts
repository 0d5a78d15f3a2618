import { foldAll } from "../search/normalize";


/** A hotline counts as current when someone confirmed it answers within this many days (spec: 180). */
export const HOTLINE_FRESH_DAYS = 180;

/** True when the hotline was never verified or was last verified more than 180 days before today. */
export function isHotlineStale(verifiedOn: string | null, today: string): boolean {
  if (!verifiedOn) return true;
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${verifiedOn}T00:00:00Z`)) / 86_400_000;
  return days > HOTLINE_FRESH_DAYS;
}


/** The folded text an agency is found by: name first (ranked higher), the rest second. */
export function agencySearchText(a: {
  name_vi: string;
  name_en?: string | null;
  short_name_vi?: string | null;
  slug: string;
  description_vi?: string;
  address?: string;
  hotlines?: string[];
}) {
  return {
    search_name: foldAll(a.name_vi, a.short_name_vi, a.name_en),
    search_body: foldAll(a.slug.replace(/-/g, " "), a.description_vi, a.address, a.hotlines ?? []),
  };
}

/** Marks each hotline stale or current as of today (Vietnam time), for display. */
export function withHotlineStatus<A extends { hotlines: Array<{ verified_on: string | null }> }>(
  agencies: A[],
  today: string,
): Array<Omit<A, "hotlines"> & { hotlines: Array<A["hotlines"][number] & { stale: boolean }> }> {
  return agencies.map((a) => ({
    ...a,
    hotlines: a.hotlines.map((h) => ({ ...h, stale: isHotlineStale(h.verified_on, today) })),
  }));
}

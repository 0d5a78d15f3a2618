/** Messages of the resolutions area, Vietnamese first; the English record must have every key (the type checks it). */
export const resolutionsVi = {
} as const;

export const resolutionsEn: Record<keyof typeof resolutionsVi, string> = {
};

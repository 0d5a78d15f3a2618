/** Messages of the staff area, Vietnamese first; the English record must have every key (the type checks it). */
export const staffVi = {
} as const;

export const staffEn: Record<keyof typeof staffVi, string> = {
};

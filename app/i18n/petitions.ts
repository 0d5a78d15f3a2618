/** Messages of the petitions area, Vietnamese first; the English record must have every key (the type checks it). */
export const petitionsVi = {
} as const;

export const petitionsEn: Record<keyof typeof petitionsVi, string> = {
};

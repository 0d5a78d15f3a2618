/** Messages of the mail area, Vietnamese first; the English record must have every key (the type checks it). */
export const mailVi = {
} as const;

export const mailEn: Record<keyof typeof mailVi, string> = {
};

import type { Config } from "tailwindcss";

export default {
  content: ["./app/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        // Deep red and gold of Vietnamese government sites, at contrasts that pass WCAG AA on white.
        brand: { DEFAULT: "#a11d21", dark: "#7a1518", light: "#fbeaea" },
        gold: { DEFAULT: "#8a6100", light: "#fff6dd" },
      },
      fontFamily: {
        sans: ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "Arial", "sans-serif"],
      },
    },
  },
  plugins: [],
} satisfies Config;

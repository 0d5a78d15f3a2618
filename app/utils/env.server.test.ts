import { describe, expect, it } from "vitest";
import { loadEnv } from "./env.server";

describe("loadEnv", () => {
  it("defaults to the embedded database, port 3000 and the demo data", () => {
    const env = loadEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe("./data");
    expect(env.PORT).toBe(3000);
    expect(env.SEED_DEMO).toBe(true);
  });

  it("does not seed a PostgreSQL server unless asked", () => {
    expect(loadEnv({ DATABASE_URL: "postgres://u@h/db" }).SEED_DEMO).toBe(false);
    expect(loadEnv({ DATABASE_URL: "postgres://u@h/db", SEED_DEMO: "1" }).SEED_DEMO).toBe(true);
  });

  it("reads the Open311 keys as a list", () => {
    expect(loadEnv({ OPEN311_API_KEYS: " a1, b2 ,," }).OPEN311_API_KEYS).toEqual(["a1", "b2"]);
  });

  it("names every bad variable on a line of its own", () => {
    let message = "";
    try {
      loadEnv({ PORT: "99999", DATABASE_URL: "mysql://x", PUBLIC_URL: "not a url" });
    } catch (e) {
      message = (e as Error).message;
    }
    const lines = message.split("\n");
    expect(lines[0]).toBe("Invalid environment:");
    expect(lines.some((l) => l.startsWith("  PORT:"))).toBe(true);
    expect(lines.some((l) => l.startsWith("  DATABASE_URL:") && l.includes("postgres://"))).toBe(true);
    expect(lines.some((l) => l.startsWith("  PUBLIC_URL:"))).toBe(true);
    expect(lines).toHaveLength(4);
  });

  it("treats empty values as unset", () => {
    expect(loadEnv({ DATABASE_URL: "", PORT: "" }).PORT).toBe(3000);
  });
});

import { describe, expect, it } from "vitest";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./password.server";

describe("password hashing", () => {
  it("stores scrypt with its parameters, a salt and a 64-byte key", async () => {
    const hash = await hashPassword("demo-Passw0rd!");
    const [scheme, n, r, p, salt, key] = hash.split("$");
    expect([scheme, n, r, p]).toEqual(["scrypt", "16384", "8", "1"]);
    expect(Buffer.from(salt, "base64url").length).toBe(16);
    expect(Buffer.from(key, "base64url").length).toBe(64);
  });

  it("accepts the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("demo-Passw0rd!");
    expect(await verifyPassword("demo-Passw0rd!", hash)).toBe(true);
    expect(await verifyPassword("demo-passw0rd!", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("salts every hash", async () => {
    const [a, b] = await Promise.all([hashPassword("same"), hashPassword("same")]);
    expect(a).not.toBe(b);
    expect(await verifyPassword("same", a)).toBe(true);
    expect(await verifyPassword("same", b)).toBe(true);
  });

  it("treats NFD and NFC spellings of a Vietnamese password as the same", async () => {
    const hash = await hashPassword("Mật khẩu Hòa Bình".normalize("NFC"));
    expect(await verifyPassword("Mật khẩu Hòa Bình".normalize("NFD"), hash)).toBe(true);
  });

  it("refuses malformed or tampered hashes instead of throwing", async () => {
    const hash = await hashPassword("secret");
    const parts = hash.split("$");
    expect(await verifyPassword("secret", "")).toBe(false);
    expect(await verifyPassword("secret", "bcrypt$x")).toBe(false);
    expect(await verifyPassword("secret", [...parts.slice(0, 5), Buffer.alloc(64).toString("base64url")].join("$"))).toBe(false);
    // A parameter asking for gigabytes of memory is refused, not attempted.
    expect(await verifyPassword("secret", ["scrypt", "1073741824", "8", "1", parts[4], parts[5]].join("$"))).toBe(false);
    expect(await verifyPassword("secret", ["scrypt", "abc", "8", "1", parts[4], parts[5]].join("$"))).toBe(false);
  });

  it("has a dummy hash that no guess matches", async () => {
    const dummy = await dummyPasswordHash();
    expect(await dummyPasswordHash()).toBe(dummy);
    expect(await verifyPassword("demo-Passw0rd!", dummy)).toBe(false);
  });
});

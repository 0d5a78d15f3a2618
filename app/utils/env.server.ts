import { z } from "zod";

const bool = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off", ""])
  .transform((v) => ["1", "true", "yes", "on"].includes(v));

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres:// (or leave it unset for the embedded database)")
      .optional(),
    DATA_DIR: z.string().min(1).default("./data"),
    PORT: z.coerce.number().int().min(1).max(65535, "must be a port number from 1 to 65535").default(3000),
    HOST: z.string().min(1).optional(),
    SESSION_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
    PUBLIC_URL: z.url("must be a full URL such as https://minhbach.binhphuoc.gov.vn").optional(),
    RESEND_API_KEY: z.string().min(1).optional(),
    RESEND_BASE_URL: z.url("must be a full URL such as http://127.0.0.1:4010").optional(),
    MAIL_FROM: z.string().min(3).default("Cổng minh bạch <no-reply@demo.gov.vn>"),
    OPEN311_API_KEYS: z
      .string()
      .default("")
      .transform((v) => v.split(",").map((k) => k.trim()).filter(Boolean)),
    SEED_DEMO: bool.optional(),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  })
  .transform((env) => ({
    ...env,
    // The embedded database is the demo path: seed it unless told not to. A real server is seeded on request.
    SEED_DEMO: env.SEED_DEMO ?? !env.DATABASE_URL,
  }));

export type Env = z.infer<typeof EnvSchema>;

/** Parses process.env; throws one line per bad variable so the operator knows what to fix. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings mean "unset" (a blank line in a .env file should not be an error).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

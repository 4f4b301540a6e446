import "server-only";
import { z } from "zod";

// Validated once, at first use on the server; a bad deployment fails loudly and early.
const schema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  NEXTAUTH_SECRET: z.string().min(16, { message: "NEXTAUTH_SECRET must be at least 16 characters" }),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
});

export type Env = z.infer<typeof schema>;
let cached: Env | undefined;

export function env(): Env {
  cached ??= schema.parse(process.env);
  return cached;
}

-- The access code of a package (lib/applications/access-code.ts): six characters of the
-- alphabet 23456789ABCDEFGHJKMNPQRSTUVWXYZ, asked by the public status lookup with the number and
-- the IIN. The portal makes each one with node:crypto when it registers a package; this function
-- is the column's default for every other insert (the rows that exist now, filled when the column
-- is added, each with its own code; the benchmarks' bulk generators). gen_random_uuid() draws from
-- PostgreSQL's cryptographic random source; each character takes two of the UUID's random bytes
-- (never its version or variant bytes, 6 and 8), so 65,536 mod 31 leaves a bias below 0.01 %.
CREATE FUNCTION sanat_access_code() RETURNS text
LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
  SELECT string_agg(substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + (get_byte(r.b, o) * 256 + get_byte(r.b, o + 1)) % 31, 1), '' ORDER BY o)
  FROM (SELECT uuid_send(gen_random_uuid()) AS b) r, unnest(ARRAY[0, 2, 4, 10, 12, 14]) AS o
$$;

-- A volatile default is evaluated for every existing row: each package gets its own code.
ALTER TABLE "Application" ADD COLUMN "accessCode" TEXT NOT NULL DEFAULT sanat_access_code();

import "server-only";
import { unstable_rethrow } from "next/navigation";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { currentActor } from "../auth/session";
import { can, type Actor, type Permission, type RoleWith } from "../domain/permissions";
import { AppError } from "../errors";
import { isLocale, type Locale } from "../i18n/locales";
import { currentLocale } from "../i18n/server";
import { createTranslator, type MessageKey, type Translate } from "../i18n/translate";
import { describeFailure } from "./failure";

/**
 * Who may call the route: anyone (no session is read), any signed-in actor (the use-case decides
 * the rest), or the holders of a permission of the table.
 */
export type RouteAccess = "public" | "signedIn" | Permission;

export interface RouteContext<A extends RouteAccess, P, I> {
  request: NextRequest;
  /** none for a public route; for a permission, an actor whose role holds it (as `can` narrows it) */
  actor: A extends "public" ? null : A extends Permission ? Actor & { role: RoleWith<A> } : Actor;
  params: P;
  input: I;
  t: Translate;
  locale: Locale;
}

const NO_PARAMS = z.object({});
const NO_INPUT = z.unknown();

export interface RouteDefinition<A extends RouteAccess, P extends z.ZodType, S extends z.ZodType> {
  access: A;
  /** the route's dynamic segments; one that does not parse names no record, so it is "not found" */
  params?: P;
  /** the NOT_FOUND message of a segment that does not parse */
  notFound?: MessageKey;
  /** what the request asks, read from its query string or body, and parsed with `schema` */
  input?: (request: NextRequest) => unknown;
  schema?: S;
  /** the INVALID_INPUT message of an input that does not parse */
  invalid?: MessageKey;
  /** the language of the answer when the request names one itself; otherwise the visitor's cookie */
  locale?: (request: NextRequest) => unknown;
  /**
   * Headers every answer of the route carries, refusals included, unless the answer sets its own:
   * for a route whose policy next.config.js leaves to it (the scan download's Content-Security-Policy)
   */
  headers?: Record<string, string>;
  run: (context: RouteContext<A, z.output<P>, z.output<S>>) => Promise<Response>;
}

/**
 * A route handler: gets the actor, parses the segments and the input with their schemas, runs the
 * use-case, and answers every failure as `{ code, message }` with the status of its code
 * (HTTP_STATUS in lib/errors.ts) and the message in the visitor's language.
 */
export function defineRoute<A extends RouteAccess, P extends z.ZodType = typeof NO_PARAMS, S extends z.ZodType = typeof NO_INPUT>(
  definition: RouteDefinition<A, P, S>,
): (request: NextRequest, context: { params: Promise<z.input<P>> }) => Promise<Response> {
  return async (request, context) => {
    const asked = definition.locale?.(request);
    const locale = isLocale(asked) ? asked : await currentLocale();
    const t = createTranslator(locale);
    try {
      const actor = await allowedActor(definition.access);
      const params = (definition.params ?? NO_PARAMS).safeParse((await context?.params) ?? {});
      if (!params.success) throw new AppError("NOT_FOUND", definition.notFound ?? "errors.notFound");
      const input = (definition.schema ?? NO_INPUT).safeParse(definition.input ? await definition.input(request) : undefined);
      if (!input.success) throw new AppError("INVALID_INPUT", definition.invalid ?? "errors.invalidInput");
      // without a schema of their own, the defaults parse to {} and undefined: what P and S default to
      const response = await definition.run({
        request,
        actor: actor as RouteContext<A, unknown, unknown>["actor"],
        params: params.data as z.output<P>,
        input: input.data as z.output<S>,
        t,
        locale,
      });
      return withDefaultHeaders(response, definition.headers);
    } catch (error) {
      unstable_rethrow(error);
      return withDefaultHeaders(failureResponse(error, t, locale), definition.headers);
    }
  };
}

function withDefaultHeaders(response: Response, headers: Record<string, string> | undefined): Response {
  for (const [name, value] of Object.entries(headers ?? {})) if (!response.headers.has(name)) response.headers.set(name, value);
  return response;
}

async function allowedActor(access: RouteAccess): Promise<Actor | null> {
  if (access === "public") return null;
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.signInFirst");
  if (access !== "signedIn" && !can(actor, access)) throw new AppError("FORBIDDEN", "errors.forbidden");
  return actor;
}

export function failureResponse(error: unknown, t: Translate, locale: Locale): NextResponse {
  const failure = describeFailure(error, t, locale, "route");
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (failure.retryAfterSeconds !== undefined) headers["Retry-After"] = String(failure.retryAfterSeconds);
  return NextResponse.json({ code: failure.code, message: failure.message }, { status: failure.status, headers });
}

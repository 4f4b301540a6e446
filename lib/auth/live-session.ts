import "server-only";
import { cache } from "react";
import { db } from "../db/prisma";
import type { Actor } from "../domain/permissions";
import { actorOfLiveSession } from "./user-sessions";

/**
 * The actor of a live session, read once per render: next-auth's jwt callback asks first (so
 * /api/auth/session refuses an ended session too), then `currentActor` asks again and gets the
 * same answer without a second query. Outside a render (a route handler) each call reads.
 */
export const liveActorOf = cache((sessionId: string): Promise<Actor | null> => actorOfLiveSession(db(), sessionId, new Date()));

// Liveness for the load balancer: answers without touching the database, so a slow query never
// takes a replica out of rotation. The HTTP bench also uses it as the framework's own baseline.
import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

export function GET() {
  return NextResponse.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}

import type { NextRequest } from "next/server";
import { documentResponse } from "@/lib/documents/document-response";

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return documentResponse("receipt", request, (await params).id);
}

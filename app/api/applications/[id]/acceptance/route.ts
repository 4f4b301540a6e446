import { documentRoute } from "@/lib/documents/document-response";

export const GET = documentRoute("acceptance");

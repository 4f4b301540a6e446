import { counterRefusalRoute } from "@/lib/documents/document-response";

export const GET = counterRefusalRoute;

import { complaintAnswerRoute } from "@/lib/documents/document-response";

export const GET = complaintAnswerRoute;

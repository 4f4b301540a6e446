// Types of scripts/serve.mjs (plain JavaScript: it runs before anything is compiled).
export declare const CLIENT_ADDRESS_HEADER: "x-sanat-client-address";
export declare const SERVED_BY_ENTRY: symbol;
export declare function parseServeArguments(argv: string[], env?: Record<string, string | undefined>): { hostname: string; port: number };
export declare function stampClientAddress(req: { headers: Record<string, string | string[] | undefined>; rawHeaders: string[]; socket: { remoteAddress?: string } }): void;

// Where the server listens unless told otherwise: loopback only, so writes need no token.
export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 8080;

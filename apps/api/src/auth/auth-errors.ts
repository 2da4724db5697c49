import { AppError } from "../errors";

/** No session or token, or one that has expired or been revoked. */
export const unauthenticated = () => new AppError("UNAUTHENTICATED", "Logga in för att fortsätta", { http: { status: 401 } });

/** Logged in, but not allowed: says nothing of whether the object exists. */
export const forbidden = () => new AppError("FORBIDDEN", "Du har inte behörighet till detta");

import { AppError } from "../errors";

/** No session or token, or one that has expired or been revoked. */
export const unauthenticated = () => new AppError({ code: "UNAUTHENTICATED", reason: "auth.signInRequired" }, { http: { status: 401 } });

/** Logged in, but not allowed: says nothing of whether the object exists. */
export const forbidden = () => new AppError({ code: "FORBIDDEN", reason: "auth.forbidden" });

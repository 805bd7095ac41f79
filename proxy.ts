import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { SIGN_IN_PATH } from "@/lib/newsroom/paths";
import { SEARCH_PAGE_PATH, searchResultsRoute } from "@/lib/urls";

// For the newsroom, optimistic only: a page requested without a session cookie goes straight to
// sign-in. Whether a session is valid, and what its role may do, every page and action decides on the server.
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === SEARCH_PAGE_PATH) return searchRewrite(request);
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  const { pathname, search } = request.nextUrl;
  if (request.method !== "GET" || pathname === SIGN_IN_PATH) return newsroomResponse(NextResponse.next());
  if (!token) {
    const signIn = new URL(SIGN_IN_PATH, request.url);
    signIn.searchParams.set("next", `${pathname}${search}`);
    return newsroomResponse(NextResponse.redirect(signIn));
  }
  const response = newsroomResponse(NextResponse.next());
  // The cookie's lifetime slides with the session's (the database side slides in lib/auth/session.ts).
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  response.cookies.set(SESSION_COOKIE, token, sessionCookieOptions(https));
  return response;
}

function newsroomResponse(response: NextResponse): NextResponse {
  response.headers.set("X-Robots-Tag", "noindex, nofollow");
  // Framed only by the newsroom itself (the device preview), never by another site.
  response.headers.set("X-Frame-Options", "SAMEORIGIN");
  response.headers.set("Content-Security-Policy", "frame-ancestors 'self'");
  return response;
}

// A query's results live at a path of their own (lib/urls.ts searchResultsRoute), so that they are
// cached per query like listing pages; reader pages never read searchParams (see next.config.ts).
function searchRewrite(request: NextRequest): NextResponse {
  const { searchParams } = request.nextUrl;
  const route = searchResultsRoute(searchParams.get("q") ?? "", searchParams.get("page") ?? "1");
  return route ? NextResponse.rewrite(new URL(route, request.url)) : NextResponse.next();
}

// Literal: Next reads the matcher at build time.
export const config = { matcher: ["/redaksi", "/redaksi/:path*", "/cari"] };

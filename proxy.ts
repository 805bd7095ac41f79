import { NextResponse, type NextRequest } from "next/server";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { SIGN_IN_PATH } from "@/lib/newsroom/paths";
import { isHttps } from "@/lib/server/forwarded-headers";
import { newNonce, newsroomContentSecurityPolicy } from "@/lib/server/security-headers";
import { SEARCH_PAGE_PATH, searchResultsRoute } from "@/lib/urls";

// For the newsroom, optimistic only: a page requested without a session cookie goes straight to
// sign-in. Whether a session is valid, and what its role may do, every page and action decides on the server.
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === SEARCH_PAGE_PATH) return searchRewrite(request);
  const { name, options } = sessionCookie(isHttps(request.headers.get("x-forwarded-proto")));
  const token = request.cookies.get(name)?.value;
  const { pathname, search } = request.nextUrl;
  const signedInPage = request.method === "GET" && pathname !== SIGN_IN_PATH;
  if (signedInPage && !token) {
    const signIn = new URL(SIGN_IN_PATH, request.url);
    signIn.searchParams.set("next", `${pathname}${search}`);
    return newsroomResponse(NextResponse.redirect(signIn));
  }
  const response = newsroomResponse(withNonce(request));
  // The cookie's lifetime slides with the session's (the database side slides in lib/auth/session.ts).
  if (signedInPage && token) response.cookies.set(name, token, options);
  return response;
}

/** Passes the request on under the newsroom's policy, with a nonce Next puts on the scripts it renders (it reads it from the request's policy). */
function withNonce(request: NextRequest): NextResponse {
  const contentSecurityPolicy = newsroomContentSecurityPolicy(newNonce());
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", contentSecurityPolicy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", contentSecurityPolicy);
  return response;
}

function newsroomResponse(response: NextResponse): NextResponse {
  response.headers.set("X-Robots-Tag", "noindex, nofollow");
  return response;
}

// A query's results live at a path of their own (lib/urls.ts searchResultsRoute), so that they are
// cached per query like listing pages; reader pages never read searchParams (see next.config.ts).
// `npm start` sends searches there before Next (lib/server/search-route.ts); this serves `next dev`.
function searchRewrite(request: NextRequest): NextResponse {
  const { searchParams } = request.nextUrl;
  const route = searchResultsRoute(searchParams.get("q") ?? "", searchParams.get("page") ?? "1");
  return route ? NextResponse.rewrite(new URL(route, request.url)) : NextResponse.next();
}

// Literal: Next reads the matcher at build time.
export const config = { matcher: ["/redaksi", "/redaksi/:path*", "/cari"] };

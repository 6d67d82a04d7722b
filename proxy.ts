import { NextResponse, type NextRequest } from "next/server";
import { PUBLIC_LOCALE_HEADER, publicPathLocale } from "@/lib/public-catalog/site/site-urls";

// Convenience only: gives every request an id for the logs, and sends visitors without a
// session cookie to the sign-in page. Every page, action and route still checks the session itself.
export function proxy(request: NextRequest) {
  const requestId = request.headers.get("x-request-id") || crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);

  const { pathname, search } = request.nextUrl;
  // Public catalog pages take their language from the path (/catalog zh-CN, /en/catalog en);
  // a client cannot set it for any other page.
  headers.delete(PUBLIC_LOCALE_HEADER);
  const publicLocale = publicPathLocale(pathname);
  if (publicLocale) headers.set(PUBLIC_LOCALE_HEADER, publicLocale);
  const hasSession =
    request.cookies.has("next-auth.session-token") || request.cookies.has("__Secure-next-auth.session-token");
  if (pathname.startsWith("/app") && !hasSession) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };

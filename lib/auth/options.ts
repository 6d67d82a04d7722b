import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticate } from "./authenticate";
import { authSecret } from "./secret";

const Credentials = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1024) });

export const SESSION_MAX_AGE_SECONDS = Number(process.env.CARRACK_SESSION_HOURS ?? 12) * 3600;

/**
 * The client address for rate limiting. X-Forwarded-For is trusted only when CARRACK_TRUST_PROXY=1
 * says a proxy in front sets it; its last hop is the one that proxy added. Without a proxy the
 * header is the client's own word, so every attempt counts under one address (the per-email
 * limit still protects each account).
 */
function clientIp(headers: Record<string, unknown> | undefined): string {
  if (process.env.CARRACK_TRUST_PROXY !== "1") return "direct";
  const hops = String(headers?.["x-forwarded-for"] ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  return hops[hops.length - 1] || String(headers?.["x-real-ip"] ?? "") || "direct";
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Carrack",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, req) {
        const parsed = Credentials.safeParse(raw);
        if (!parsed.success) throw new Error("invalid");
        const result = await authenticate(parsed.data.email, parsed.data.password, clientIp(req?.headers));
        // next-auth passes the thrown message to the client as `error`; the form translates it.
        if (!result.ok) throw new Error(result.reason === "rateLimited" ? `rateLimited:${result.retryAfterSeconds}` : "invalid");
        return { id: result.user.id, email: result.user.email, name: result.user.name, sv: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sv?: number }).sv ?? 0;
        token.aud = "staff";
      }
      return token;
    },
    async session({ session, token }) {
      // The session only names the user; role, team and active state are read from the database
      // on every request (lib/auth/session.ts), so changes apply at once.
      return { ...session, userId: token.sub, sv: token.sv, aud: token.aud };
    },
  },
};

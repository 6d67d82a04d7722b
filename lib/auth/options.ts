import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticate } from "./authenticate";
import { clientIpFrom } from "./client-ip";
import { authSecret } from "./secret";

const Credentials = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1024) });

export const SESSION_MAX_AGE_SECONDS = Number(process.env.CARRACK_SESSION_HOURS ?? 12) * 3600;

function clientIp(headers: Record<string, unknown> | undefined): string {
  return clientIpFrom((name) => (headers?.[name] === undefined ? null : String(headers[name])));
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

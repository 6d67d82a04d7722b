import { getRequestConfig } from "next-intl/server";
import { resolveLocale } from "./resolve-locale";
import { messagesFor } from "./messages";

// next-intl without locale routing: the locale comes from the signed-in user's preference
// (mirrored in a cookie at sign-in and on every switch), else the browser's Accept-Language.
export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, messages: messagesFor(locale), timeZone: process.env.CARRACK_TIME_ZONE ?? "Asia/Shanghai" };
});

import type { Locale } from "./locales";

// Catalogs are split by namespace (one JSON file per area and language) so features can add
// strings without touching each other's files. Every namespace must exist in both languages;
// lib/i18n/messages.test.ts fails when a key is missing in either.
import enCommon from "./messages/en/common.json";
import zhCommon from "./messages/zh-CN/common.json";
import enAuth from "./messages/en/auth.json";
import zhAuth from "./messages/zh-CN/auth.json";
import enShell from "./messages/en/shell.json";
import zhShell from "./messages/zh-CN/shell.json";
import enHome from "./messages/en/home.json";
import zhHome from "./messages/zh-CN/home.json";
import enSettings from "./messages/en/settings.json";
import zhSettings from "./messages/zh-CN/settings.json";
import enTable from "./messages/en/table.json";
import zhTable from "./messages/zh-CN/table.json";
import enUsers from "./messages/en/users.json";
import zhUsers from "./messages/zh-CN/users.json";
import enTeams from "./messages/en/teams.json";
import zhTeams from "./messages/zh-CN/teams.json";
import enCompany from "./messages/en/company.json";
import zhCompany from "./messages/zh-CN/company.json";
import enNumbering from "./messages/en/numbering.json";
import zhNumbering from "./messages/zh-CN/numbering.json";
import enAudit from "./messages/en/audit.json";
import zhAudit from "./messages/zh-CN/audit.json";
import enValidation from "./messages/en/validation.json";
import zhValidation from "./messages/zh-CN/validation.json";
import enErrors from "./messages/en/errors.json";
import enProducts from "./messages/en/products.json";
import zhProducts from "./messages/zh-CN/products.json";
import enCategories from "./messages/en/categories.json";
import zhCategories from "./messages/zh-CN/categories.json";
import enPricing from "./messages/en/pricing.json";
import zhPricing from "./messages/zh-CN/pricing.json";
import enStock from "./messages/en/stock.json";
import zhStock from "./messages/zh-CN/stock.json";
import enImports from "./messages/en/imports.json";
import zhImports from "./messages/zh-CN/imports.json";
import enProfile from "./messages/en/profile.json";
import zhProfile from "./messages/zh-CN/profile.json";
import zhErrors from "./messages/zh-CN/errors.json";
import enCrm from "./messages/en/crm.json";
import zhCrm from "./messages/zh-CN/crm.json";
import enPipeline from "./messages/en/pipeline.json";
import zhPipeline from "./messages/zh-CN/pipeline.json";
import enLines from "./messages/en/lines.json";
import enApi from "./messages/en/api.json";
import zhApi from "./messages/zh-CN/api.json";
import zhLines from "./messages/zh-CN/lines.json";
import enPublic from "./messages/en/public.json";
import zhPublic from "./messages/zh-CN/public.json";
import enNotifications from "./messages/en/notifications.json";
import zhNotifications from "./messages/zh-CN/notifications.json";
import enService from "./messages/en/service.json";
import zhService from "./messages/zh-CN/service.json";
import enQuality from "./messages/en/quality.json";
import zhQuality from "./messages/zh-CN/quality.json";
import enLeads from "./messages/en/leads.json";
import zhLeads from "./messages/zh-CN/leads.json";
import enOutbox from "./messages/en/outbox.json";
import zhOutbox from "./messages/zh-CN/outbox.json";
import enActivities from "./messages/en/activities.json";
import zhActivities from "./messages/zh-CN/activities.json";

export const catalogs = {
  en: {
    common: enCommon,
    auth: enAuth,
    shell: enShell,
    home: enHome,
    settings: enSettings,
    table: enTable,
    users: enUsers,
    teams: enTeams,
    company: enCompany,
    numbering: enNumbering,
    audit: enAudit,
    validation: enValidation,
    errors: enErrors,
    profile: enProfile,
    products: enProducts,
    categories: enCategories,
    pricing: enPricing,
    stock: enStock,
    imports: enImports,
    crm: enCrm,
    pipeline: enPipeline,
    lines: enLines,
    public: enPublic,
    notifications: enNotifications,
    api: enApi,
    service: enService,
    quality: enQuality,
    leads: enLeads,
    outbox: enOutbox,
    activities: enActivities,
  },
  "zh-CN": {
    common: zhCommon,
    auth: zhAuth,
    shell: zhShell,
    home: zhHome,
    settings: zhSettings,
    table: zhTable,
    users: zhUsers,
    teams: zhTeams,
    company: zhCompany,
    numbering: zhNumbering,
    audit: zhAudit,
    validation: zhValidation,
    errors: zhErrors,
    profile: zhProfile,
    products: zhProducts,
    categories: zhCategories,
    pricing: zhPricing,
    stock: zhStock,
    imports: zhImports,
    crm: zhCrm,
    pipeline: zhPipeline,
    lines: zhLines,
    public: zhPublic,
    notifications: zhNotifications,
    api: zhApi,
    service: zhService,
    quality: zhQuality,
    leads: zhLeads,
    outbox: zhOutbox,
    activities: zhActivities,
  },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof catalogs)["en"];

export function messagesFor(locale: Locale): Messages {
  return catalogs[locale] as Messages;
}

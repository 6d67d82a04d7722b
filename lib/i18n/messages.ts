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

// Quote to cash: one namespace per document area, and one error / validation group per area in
// its own file (errors/<area>.json → errors.<area>.*), so parallel work never edits one file.
import enQuotes from "./messages/en/quotes.json";
import zhQuotes from "./messages/zh-CN/quotes.json";
import enOrders from "./messages/en/orders.json";
import zhOrders from "./messages/zh-CN/orders.json";
import enCredit from "./messages/en/credit.json";
import zhCredit from "./messages/zh-CN/credit.json";
import enDeliveries from "./messages/en/deliveries.json";
import zhDeliveries from "./messages/zh-CN/deliveries.json";
import enInvoices from "./messages/en/invoices.json";
import zhInvoices from "./messages/zh-CN/invoices.json";
import enPayments from "./messages/en/payments.json";
import zhPayments from "./messages/zh-CN/payments.json";
import enReceivables from "./messages/en/receivables.json";
import zhReceivables from "./messages/zh-CN/receivables.json";
import enReconciliation from "./messages/en/reconciliation.json";
import zhReconciliation from "./messages/zh-CN/reconciliation.json";
import enDocuments from "./messages/en/documents.json";
import zhDocuments from "./messages/zh-CN/documents.json";
import enErrorsQuotes from "./messages/en/errors/quotes.json";
import zhErrorsQuotes from "./messages/zh-CN/errors/quotes.json";
import enErrorsOrders from "./messages/en/errors/orders.json";
import zhErrorsOrders from "./messages/zh-CN/errors/orders.json";
import enErrorsCredit from "./messages/en/errors/credit.json";
import zhErrorsCredit from "./messages/zh-CN/errors/credit.json";
import enErrorsDeliveries from "./messages/en/errors/deliveries.json";
import zhErrorsDeliveries from "./messages/zh-CN/errors/deliveries.json";
import enErrorsInvoices from "./messages/en/errors/invoices.json";
import zhErrorsInvoices from "./messages/zh-CN/errors/invoices.json";
import enErrorsPayments from "./messages/en/errors/payments.json";
import zhErrorsPayments from "./messages/zh-CN/errors/payments.json";
import enValidationSales from "./messages/en/validation/sales.json";
import zhValidationSales from "./messages/zh-CN/validation/sales.json";

function merged<T extends object, G extends Record<string, object>>(base: T, groups: G): T & G {
  return { ...base, ...groups };
}

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
    validation: merged(enValidation, { sales: enValidationSales }),
    errors: merged(enErrors, { quotes: enErrorsQuotes, orders: enErrorsOrders, credit: enErrorsCredit, deliveries: enErrorsDeliveries, invoices: enErrorsInvoices, payments: enErrorsPayments }),
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
    quotes: enQuotes,
    orders: enOrders,
    credit: enCredit,
    deliveries: enDeliveries,
    invoices: enInvoices,
    payments: enPayments,
    receivables: enReceivables,
    reconciliation: enReconciliation,
    documents: enDocuments,
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
    validation: merged(zhValidation, { sales: zhValidationSales }),
    errors: merged(zhErrors, { quotes: zhErrorsQuotes, orders: zhErrorsOrders, credit: zhErrorsCredit, deliveries: zhErrorsDeliveries, invoices: zhErrorsInvoices, payments: zhErrorsPayments }),
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
    quotes: zhQuotes,
    orders: zhOrders,
    credit: zhCredit,
    deliveries: zhDeliveries,
    invoices: zhInvoices,
    payments: zhPayments,
    receivables: zhReceivables,
    reconciliation: zhReconciliation,
    documents: zhDocuments,
  },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof catalogs)["en"];

export function messagesFor(locale: Locale): Messages {
  return catalogs[locale] as Messages;
}

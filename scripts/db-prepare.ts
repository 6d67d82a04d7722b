// Run by `npm start` after migrations: makes sure the company row exists and, on the first run
// with CARRACK_DEMO unset or 1, seeds the demo company. Never touches existing data.
import { db, dbReady } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { ensureCompany } from "@/lib/system/ensure-company";
import { DEMO_PASSWORD_DEFAULT, DEMO_USERS, seedDemo } from "@/lib/system/seed-demo";
import { describeCatalogSeed, seedDemoCatalog } from "@/lib/system/seed-catalog";
import { seedDemoCrm } from "@/lib/system/seed-crm";
import { ensureStages } from "@/lib/crm/pipeline/ensure-stages";
import { seedDemoOpportunities } from "@/lib/system/seed-crm-opportunities";
import { seedDemoServiceCases } from "@/lib/system/seed-service";
import { seedDemoLeads } from "@/lib/system/seed-leads";
import { seedDemoActivities } from "@/lib/system/seed-activities";
import { seedDemoSalesHistory } from "@/lib/system/seed-sales-history";
import { DEFAULT_HISTORY, demoHistoryQuotes } from "@/lib/system/seed-sales-history-plan";

async function main() {
  await dbReady();
  const demo = process.env.CARRACK_DEMO !== "0";
  // Every database needs the pipeline stages, demo or not (existing stages are left alone).
  await transact((tx) => ensureStages(tx));
  if (demo) {
    const password = process.env.CARRACK_DEMO_PASSWORD || DEMO_PASSWORD_DEFAULT;
    const seeded = await seedDemo(password);
    console.log(seeded ? "Seeded the demo company." : "Database already has data: not seeding.");
    if (seeded) console.log(describeCatalogSeed(await seedDemoCatalog()));
    // Also on an existing demo database that predates the CRM (it seeds only when no account exists).
    const crm = await seedDemoCrm();
    if (crm) console.log(`Seeded ${crm.accounts} demo accounts with ${crm.contacts} contacts.`);
    const opportunities = await seedDemoOpportunities();
    if (opportunities) console.log(`Seeded ${opportunities} demo opportunities.`);
    const serviceCases = await seedDemoServiceCases();
    if (serviceCases) console.log(`Seeded ${serviceCases} demo service cases.`);
    // After the accounts and opportunities: converted demo leads add their own.
    const leads = await seedDemoLeads();
    if (leads) console.log(`Seeded ${leads} demo leads.`);
    const activities = await seedDemoActivities();
    if (activities) console.log(`Seeded ${activities} demo activities.`);
    // A year of quotes, orders, deliveries, invoices and payments through the real services.
    // CARRACK_DEMO_HISTORY: unset = the default size (about a minute on SQLite), a number = that
    // many quotes (2000 for the full year the issue describes, several minutes), 0 = none.
    // The e2e server (scripts/e2e-server.mjs) sets 0: its specs make their own documents.
    const historyQuotes = demoHistoryQuotes(process.env.CARRACK_DEMO_HISTORY);
    if (historyQuotes > 0) {
      const history = await seedDemoSalesHistory({ ...DEFAULT_HISTORY, quotes: historyQuotes });
      if (history) console.log(`Seeded a year of sales history: ${history.quotes} quotes, ${history.orders} orders, ${history.deliveries} deliveries, ${history.invoices} invoices, ${history.payments} payments, ${history.returns} returns (${history.seconds} s).`);
    }
    if (seeded || (await db.user.count({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } })) > 0) {
      console.log(`Demo sign-ins (password: ${process.env.CARRACK_DEMO_PASSWORD ? "from CARRACK_DEMO_PASSWORD" : DEMO_PASSWORD_DEFAULT}):`);
      for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(10)} ${u.email}`);
    }
  } else {
    await transact((tx) => ensureCompany(tx, "My company"));
    if ((await db.user.count()) === 0) console.log("Empty company: open the app to create the first administrator.");
  }
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

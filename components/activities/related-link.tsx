import Link from "next/link";
import type { ActivityRow } from "@/lib/crm/activities/activity-select";

/** Where an activity belongs, as links: the most specific record first. */
export function relatedLinks(a: Pick<ActivityRow, "lead" | "account" | "contact" | "opportunity" | "serviceCase">): { href: string; label: string }[] {
  const out: { href: string; label: string }[] = [];
  if (a.opportunity) out.push({ href: `/app/crm/opportunities/${a.opportunity.id}`, label: a.opportunity.name });
  if (a.contact) out.push({ href: `/app/crm/contacts/${a.contact.id}`, label: a.contact.name });
  if (a.account) out.push({ href: `/app/crm/accounts/${a.account.id}`, label: a.account.name });
  if (a.lead) out.push({ href: `/app/crm/leads/${a.lead.id}`, label: a.lead.personName });
  if (a.serviceCase) out.push({ href: `/app/service/cases/${a.serviceCase.id}`, label: a.serviceCase.number });
  return out;
}

export function RelatedLinks({ activity }: { activity: Pick<ActivityRow, "lead" | "account" | "contact" | "opportunity" | "serviceCase"> }) {
  const links = relatedLinks(activity);
  if (links.length === 0) return null;
  return (
    <span className="text-slate-500">
      {links.map((l, i) => (
        <span key={l.href}>
          {i > 0 && " · "}
          <Link href={l.href} className="hover:underline">
            {l.label}
          </Link>
        </span>
      ))}
    </span>
  );
}

import type { Permission } from "@/lib/auth/permissions";

// The sidebar and the command menu list the same pages; each is shown only to roles that may open it.
export type NavItem = { href: string; key: string; icon: string; permission?: Permission };
export type NavSection = { key: string; items: NavItem[] };

export const NAVIGATION: NavSection[] = [
  { key: "main", items: [{ href: "/app", key: "home", icon: "home" }] },
  {
    key: "settings",
    items: [
      { href: "/app/settings/users", key: "users", icon: "users", permission: "settings.users.manage" },
      { href: "/app/settings/teams", key: "teams", icon: "network", permission: "settings.teams.manage" },
      { href: "/app/settings/company", key: "company", icon: "building", permission: "settings.company.manage" },
      { href: "/app/settings/numbering", key: "numbering", icon: "hash", permission: "settings.numbering.manage" },
      { href: "/app/settings/audit", key: "audit", icon: "history", permission: "audit.read" },
    ],
  },
];

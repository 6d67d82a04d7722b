import {
  Target,
  AlertTriangle,
  ArrowLeftRight,
  BadgePercent,
  Boxes,
  Briefcase,
  Building2,
  ClipboardCheck,
  Coins,
  Contact,
  FolderTree,
  Hash,
  History,
  Home,
  KeyRound,
  Network,
  Package,
  Percent,
  Tags,
  Users,
  Warehouse,
  type LucideIcon,
} from "lucide-react";

const ICONS: Record<string, LucideIcon> = {
  home: Home,
  users: Users,
  network: Network,
  building: Building2,
  hash: Hash,
  history: History,
  package: Package,
  "folder-tree": FolderTree,
  tags: Tags,
  coins: Coins,
  boxes: Boxes,
  "arrow-left-right": ArrowLeftRight,
  "clipboard-check": ClipboardCheck,
  "alert-triangle": AlertTriangle,
  warehouse: Warehouse,
  percent: Percent,
  "badge-percent": BadgePercent,
  briefcase: Briefcase,
  contact: Contact,
  target: Target,
  key: KeyRound,
};

export function NavIcon({ name, className }: { name: string; className?: string }) {
  const Icon = ICONS[name] ?? Home;
  return <Icon className={className} aria-hidden />;
}

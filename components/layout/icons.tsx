import { Building2, Hash, History, Home, Network, Users, type LucideIcon } from "lucide-react";

const ICONS: Record<string, LucideIcon> = { home: Home, users: Users, network: Network, building: Building2, hash: Hash, history: History };

export function NavIcon({ name, className }: { name: string; className?: string }) {
  const Icon = ICONS[name] ?? Home;
  return <Icon className={className} aria-hidden />;
}

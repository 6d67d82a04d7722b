import { CalendarClock, CheckSquare, Mail, MapPin, Phone, StickyNote, type LucideIcon } from "lucide-react";

const ICONS: Record<string, LucideIcon> = { task: CheckSquare, call: Phone, meeting: CalendarClock, email: Mail, note: StickyNote, visit: MapPin };

export function ActivityTypeIcon({ type, className }: { type: string; className?: string }) {
  const Icon = ICONS[type] ?? CheckSquare;
  return <Icon className={className ?? "h-4 w-4 shrink-0 text-slate-500"} aria-hidden />;
}

import type { IconShape } from "./seed-catalog-data";

// Product pictures for the demo, drawn locally (no network, no stock photos): a tile in the
// category's colour with a simple outline of what the category sells, the brand's initials and
// the SKU. Latin text only, so any machine's default font renders it. Pure SVG text; the seed
// turns it into a PNG with sharp and stores it like an upload.

/** Drawn on a 480 grid, rendered at 400 px: the list's thumbnail size, and WebP encoding time grows with pixels. */
const GRID = 480;
export const PICTURE_SIZE = 400;

const ICONS: Record<IconShape, string> = {
  printer: '<rect x="-70" y="-20" width="140" height="70" rx="10"/><rect x="-45" y="-70" width="90" height="50"/><rect x="-45" y="35" width="90" height="45" fill-opacity="0.6"/>',
  paper: '<rect x="-50" y="-70" width="100" height="130" rx="6" transform="rotate(-8)"/><rect x="-50" y="-64" width="100" height="130" rx="6" fill-opacity="0.7"/><path d="M-30 -30h60M-30 -5h60M-30 20h40" stroke="currentColor" stroke-width="6"/>',
  wrench: '<g transform="rotate(-45)"><rect x="-14" y="-20" width="28" height="110" rx="12"/><circle cx="0" cy="-45" r="38"/><rect x="-12" y="-95" width="24" height="45" fill="currentColor"/></g>',
  shield: '<path d="M0 -80 L70 -55 V5 C70 50 35 75 0 90 C-35 75 -70 50 -70 5 V-55 Z"/><path d="M-28 5 L-6 28 L32 -18" fill="none" stroke="currentColor" stroke-width="12"/>',
  chip: '<rect x="-55" y="-55" width="110" height="110" rx="10"/><path d="M-35 -55v-25M-12 -55v-25M12 -55v-25M35 -55v-25M-35 55v25M-12 55v25M12 55v25M35 55v25M-55 -35h-25M-55 0h-25M-55 35h-25M55 -35h25M55 0h25M55 35h25" stroke="white" stroke-width="9"/><rect x="-25" y="-25" width="50" height="50" fill="currentColor" fill-opacity="0.35"/>',
  box: '<path d="M0 -75 L75 -38 V45 L0 82 L-75 45 V-38 Z"/><path d="M-75 -38 L0 0 L75 -38 M0 0 V82" fill="none" stroke="currentColor" stroke-width="7"/>',
  gear: '<circle r="58"/><path d="M-14 -88h28v30h-28zM-14 58h28v30h-28zM-88 -14v28h30v-28zM58 -14v28h30v-28z"/><path d="M-14 -88h28v30h-28zM-14 58h28v30h-28z" transform="rotate(45)"/><path d="M-14 -88h28v30h-28zM-14 58h28v30h-28z" transform="rotate(-45)"/><circle r="24" fill="currentColor"/>',
};

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The SVG document for one product picture. */
export function productPictureSvg({ badge, sku, icon, colour }: { badge: string; sku: string; icon: IconShape; colour: string }): string {
  const s = GRID;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE_SIZE}" height="${PICTURE_SIZE}" viewBox="0 0 ${s} ${s}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${colour}"/><stop offset="1" stop-color="${colour}" stop-opacity="0.75"/></linearGradient></defs>
<rect width="${s}" height="${s}" fill="#0f172a"/><rect width="${s}" height="${s}" fill="url(#g)"/>
<g transform="translate(${s / 2} ${s * 0.4}) scale(1.35)" fill="white" fill-opacity="0.92" color="${colour}">${ICONS[icon]}</g>
<text x="${s / 2}" y="${s * 0.8}" font-family="DejaVu Sans, Arial, Helvetica, sans-serif" font-size="64" font-weight="bold" fill="white" text-anchor="middle">${escapeXml(badge)}</text>
<text x="${s / 2}" y="${s * 0.92}" font-family="DejaVu Sans Mono, Menlo, monospace" font-size="26" fill="white" fill-opacity="0.85" text-anchor="middle">${escapeXml(sku)}</text>
</svg>`;
}

// Units of measure offered in the product form: common UN/ECE Recommendation 20 codes. The code
// is stored; labels come from the products catalog (uom.<code>). `decimals` is the usual answer
// to "may a quantity have decimals", pre-filled in the form and editable.

export const UOM_CODES = ["EA", "PCE", "SET", "BX", "PK", "KGM", "GRM", "MTR", "CMT", "MTK", "LTR", "HUR", "DAY"] as const;
export type UomCode = (typeof UOM_CODES)[number];

export const UOM_DECIMALS: Record<UomCode, boolean> = {
  EA: false,
  PCE: false,
  SET: false,
  BX: false,
  PK: false,
  KGM: true,
  GRM: true,
  MTR: true,
  CMT: true,
  MTK: true,
  LTR: true,
  HUR: true,
  DAY: true,
};

export function isUomCode(value: string): value is UomCode {
  return (UOM_CODES as readonly string[]).includes(value);
}

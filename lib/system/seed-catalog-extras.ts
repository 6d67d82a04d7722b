import type { UomCode } from "@/lib/catalog/uom";
import type { Pair } from "./seed-catalog-data";

// The demo's variant groups (colour/size ranges sold per variant) and configure-to-order
// products (option groups with price deltas, notes and an exclusion). Prices in yuan.

export type GroupSpec = {
  category: string;
  sku: string;
  zh: string;
  en: string;
  brand: Pair;
  uom: UomCode;
  price: number;
  weight: number;
  attributes: { zh: string; en: string; values: readonly Pair[] }[];
  /** Extra yuan for variants with this English value (bigger sizes cost more). */
  surcharge?: Record<string, number>;
};

const SIZES: readonly Pair[] = [["S", "S"], ["M", "M"], ["L", "L"], ["XL", "XL"], ["XXL", "XXL"]];
const size = (from: number, to: number): Pair[] => Array.from({ length: to - from + 1 }, (_, i) => [String(from + i), String(from + i)] as const);

export const VARIANT_GROUPS: GroupSpec[] = [
  { category: "workwear", sku: "WRK-V01", zh: "反光背心", en: "Reflective safety vest", brand: ["代尔塔", "Delta Plus"], uom: "EA", price: 18, weight: 150, attributes: [{ zh: "颜色", en: "Colour", values: [["荧光黄", "Fluorescent yellow"], ["橙色", "Orange"]] }, { zh: "尺码", en: "Size", values: SIZES.slice(1, 4) }] },
  { category: "workwear", sku: "WRK-V02", zh: "涤棉工作服套装", en: "Poly-cotton work suit", brand: ["霍尼韦尔", "Honeywell"], uom: "SET", price: 89, weight: 800, attributes: [{ zh: "颜色", en: "Colour", values: [["藏青", "Navy"], ["灰色", "Grey"]] }, { zh: "尺码", en: "Size", values: SIZES.slice(1) }], surcharge: { XXL: 10 } },
  { category: "workwear", sku: "WRK-V03", zh: "防静电连体服", en: "Anti-static coverall", brand: ["代尔塔", "Delta Plus"], uom: "EA", price: 129, weight: 700, attributes: [{ zh: "尺码", en: "Size", values: SIZES }], surcharge: { XXL: 15 } },
  { category: "safety-helmets", sku: "HLM-V01", zh: "V型ABS安全帽", en: "V-guard ABS helmet", brand: ["3M", "3M"], uom: "EA", price: 35, weight: 400, attributes: [{ zh: "颜色", en: "Colour", values: [["白色", "White"], ["红色", "Red"], ["黄色", "Yellow"], ["蓝色", "Blue"]] }] },
  { category: "safety-shoes", sku: "SHO-V01", zh: "钢包头防砸安全鞋", en: "Steel-toe safety shoes", brand: ["代尔塔", "Delta Plus"], uom: "EA", price: 169, weight: 1300, attributes: [{ zh: "尺码", en: "Size", values: size(38, 45) }] },
  { category: "safety-shoes", sku: "SHO-V02", zh: "6KV绝缘安全靴", en: "6 kV insulated safety boots", brand: ["霍尼韦尔", "Honeywell"], uom: "EA", price: 239, weight: 1600, attributes: [{ zh: "尺码", en: "Size", values: size(39, 44) }] },
  { category: "gloves", sku: "GLV-V01", zh: "丁腈涂层手套 12双", en: "Nitrile-coated gloves, 12 pairs", brand: ["霍尼韦尔", "Honeywell"], uom: "PK", price: 36, weight: 700, attributes: [{ zh: "尺码", en: "Size", values: SIZES.slice(0, 4) }] },
  { category: "gloves", sku: "GLV-V02", zh: "5级防割手套", en: "Level 5 cut-resistant gloves", brand: ["代尔塔", "Delta Plus"], uom: "PK", price: 28, weight: 120, attributes: [{ zh: "尺码", en: "Size", values: SIZES.slice(1, 4) }] },
  { category: "tape", sku: "TAP-V01", zh: "彩色封箱胶带", en: "Coloured packing tape", brand: ["永大", "Yongda"], uom: "EA", price: 4.5, weight: 250, attributes: [{ zh: "颜色", en: "Colour", values: [["红色", "Red"], ["蓝色", "Blue"], ["绿色", "Green"], ["黄色", "Yellow"]] }, { zh: "宽度", en: "Width", values: [["48mm", "48mm"], ["60mm", "60mm"]] }], surcharge: { "60mm": 1.2 } },
  { category: "cartons", sku: "CTN-V01", zh: "三层快递纸箱", en: "3-ply shipping carton", brand: ["恒升包装", "Hengsheng Packaging"], uom: "EA", price: 0.9, weight: 150, attributes: [{ zh: "规格", en: "Size", values: [["12号", "No12"], ["10号", "No10"], ["8号", "No8"], ["6号", "No6"], ["4号", "No4"], ["2号", "No2"]] }], surcharge: { No10: 0.2, No8: 0.5, No6: 0.9, No4: 1.5, No2: 2.4 } },
  { category: "cables", sku: "CBL-V01", zh: "超五类网线", en: "Cat 5e network cable", brand: ["安普", "AMP"], uom: "MTR", price: 1.35, weight: 30, attributes: [{ zh: "颜色", en: "Colour", values: [["蓝色", "Blue"], ["灰色", "Grey"], ["白色", "White"]] }] },
  { category: "stationery", sku: "STA-V01", zh: "中性笔 0.5mm 12支", en: "Gel pens 0.5 mm, 12", brand: ["晨光", "M&G"], uom: "BX", price: 14, weight: 120, attributes: [{ zh: "颜色", en: "Colour", values: [["黑色", "Black"], ["蓝色", "Blue"], ["红色", "Red"]] }] },
  { category: "paper", sku: "PAP-V01", zh: "便利贴 100张", en: "Sticky notes, 100 sheets", brand: ["得力", "Deli"], uom: "PK", price: 3.5, weight: 60, attributes: [{ zh: "颜色", en: "Colour", values: [["黄色", "Yellow"], ["粉色", "Pink"], ["绿色", "Green"], ["蓝色", "Blue"]] }, { zh: "尺寸", en: "Size", values: [["76×76", "76x76"], ["76×127", "76x127"]] }], surcharge: { "76x127": 1.5 } },
  { category: "stationery", sku: "STA-V02", zh: "A4 按扣文件袋", en: "A4 snap-button file bag", brand: ["齐心", "Comix"], uom: "EA", price: 1.8, weight: 40, attributes: [{ zh: "颜色", en: "Colour", values: [["蓝色", "Blue"], ["黑色", "Black"], ["透明", "Clear"]] }] },
  { category: "hand-tools", sku: "HTL-V01", zh: "精修螺丝刀", en: "Precision screwdriver", brand: ["世达", "SATA"], uom: "EA", price: 12, weight: 60, attributes: [{ zh: "刀头", en: "Tip", values: [["十字 PH0", "PH0"], ["十字 PH1", "PH1"], ["一字 2.0", "SL2"], ["一字 3.0", "SL3"]] }] },
];

export type ChoiceSpec = { code: string; zh: string; en: string; delta: number; note?: boolean; excludes?: string };
export type ConfigurableSpec = {
  category: string;
  sku: string;
  zh: string;
  en: string;
  brand: Pair;
  uom: UomCode;
  price: number;
  weight: number;
  /** Kept in stock (the rest are made to order from the customer's artwork). */
  stocked: boolean;
  groups: { code: string; zh: string; en: string; required: boolean; multiple?: boolean; choices: ChoiceSpec[] }[];
};

const NONE = (zh = "无", en = "None"): ChoiceSpec => ({ code: "none", zh, en, delta: 0 });

export const CONFIGURABLES: ConfigurableSpec[] = [
  {
    category: "cartons", sku: "CTN-C01", zh: "定制印刷纸箱", en: "Custom printed carton", brand: ["恒升包装", "Hengsheng Packaging"], uom: "EA", price: 2.4, weight: 300, stocked: false,
    groups: [
      { code: "size", zh: "尺寸", en: "Size", required: true, choices: [{ code: "small", zh: "小号 300×200×150", en: "Small 300×200×150", delta: 0 }, { code: "medium", zh: "中号 400×300×250", en: "Medium 400×300×250", delta: 0.8 }, { code: "large", zh: "大号 600×400×400", en: "Large 600×400×400", delta: 1.6 }] },
      { code: "print", zh: "印刷", en: "Printing", required: true, choices: [NONE("不印刷", "Plain"), { code: "logo", zh: "单色LOGO", en: "One-colour logo", delta: 0.5, note: true }, { code: "full", zh: "四色满版印刷", en: "Full-colour print", delta: 1.8, note: true, excludes: "size.small" }] },
    ],
  },
  {
    category: "workwear", sku: "WRK-C01", zh: "定制LOGO工作服", en: "Custom logo workwear", brand: ["霍尼韦尔", "Honeywell"], uom: "SET", price: 99, weight: 800, stocked: false,
    groups: [
      { code: "size", zh: "尺码", en: "Size", required: true, choices: [{ code: "m", zh: "M", en: "M", delta: 0 }, { code: "l", zh: "L", en: "L", delta: 0 }, { code: "xl", zh: "XL", en: "XL", delta: 0 }, { code: "xxl", zh: "XXL", en: "XXL", delta: 10 }] },
      { code: "branding", zh: "标识", en: "Branding", required: false, multiple: true, choices: [{ code: "chest", zh: "胸前刺绣", en: "Chest embroidery", delta: 15, note: true }, { code: "back", zh: "背部印字", en: "Back print", delta: 20, note: true }] },
    ],
  },
  {
    category: "safety-helmets", sku: "HLM-C01", zh: "定制印字安全帽", en: "Custom printed safety helmet", brand: ["代尔塔", "Delta Plus"], uom: "EA", price: 32, weight: 420, stocked: false,
    groups: [
      { code: "colour", zh: "颜色", en: "Colour", required: true, choices: [{ code: "white", zh: "白色", en: "White", delta: 0 }, { code: "yellow", zh: "黄色", en: "Yellow", delta: 0 }, { code: "red", zh: "红色", en: "Red", delta: 0 }] },
      { code: "print", zh: "印字", en: "Print", required: true, choices: [NONE(), { code: "one", zh: "单面印字", en: "One side", delta: 3, note: true }, { code: "two", zh: "双面印字", en: "Both sides", delta: 5, note: true }] },
    ],
  },
  {
    category: "measuring-tools", sku: "MSR-C01", zh: "刻字钢卷尺 5米", en: "Engraved tape measure 5 m", brand: ["得力", "Deli"], uom: "EA", price: 19, weight: 300, stocked: true,
    groups: [{ code: "engraving", zh: "刻字", en: "Engraving", required: false, choices: [{ code: "text", zh: "激光刻字", en: "Laser engraving", delta: 5, note: true }] }],
  },
  {
    category: "tape", sku: "TAP-C01", zh: "定制印刷封箱胶带", en: "Custom printed packing tape", brand: ["永大", "Yongda"], uom: "EA", price: 5.5, weight: 260, stocked: false,
    groups: [
      { code: "width", zh: "宽度", en: "Width", required: true, choices: [{ code: "w48", zh: "48mm", en: "48 mm", delta: 0 }, { code: "w60", zh: "60mm", en: "60 mm", delta: 0.5 }] },
      { code: "colours", zh: "印刷颜色", en: "Print colours", required: true, choices: [{ code: "one", zh: "单色", en: "One colour", delta: 0, note: true }, { code: "two", zh: "双色", en: "Two colours", delta: 0.4, note: true }] },
    ],
  },
  {
    category: "cables", sku: "CBL-C01", zh: "定制网络跳线", en: "Custom patch cable", brand: ["绿联", "Ugreen"], uom: "EA", price: 6, weight: 60, stocked: true,
    groups: [
      { code: "length", zh: "长度", en: "Length", required: true, choices: [{ code: "l05", zh: "0.5米", en: "0.5 m", delta: 0 }, { code: "l1", zh: "1米", en: "1 m", delta: 1 }, { code: "l3", zh: "3米", en: "3 m", delta: 3 }, { code: "l5", zh: "5米", en: "5 m", delta: 6 }] },
      { code: "type", zh: "类型", en: "Type", required: true, choices: [{ code: "utp", zh: "非屏蔽", en: "Unshielded", delta: 0 }, { code: "stp", zh: "屏蔽", en: "Shielded", delta: 2, excludes: "length.l05" }] },
      { code: "label", zh: "标签", en: "Labels", required: false, choices: [{ code: "printed", zh: "两端印字标签", en: "Printed labels at both ends", delta: 0.8, note: true }] },
    ],
  },
  {
    category: "paper", sku: "PAP-C01", zh: "定制不干胶标签", en: "Custom adhesive labels", brand: ["得力", "Deli"], uom: "PK", price: 45, weight: 400, stocked: false,
    groups: [
      { code: "size", zh: "尺寸", en: "Size", required: true, choices: [{ code: "s40", zh: "40×30mm 1000张", en: "40×30 mm, 1000", delta: 0 }, { code: "s100", zh: "100×100mm 500张", en: "100×100 mm, 500", delta: 12 }] },
      { code: "material", zh: "材质", en: "Material", required: true, choices: [{ code: "coated", zh: "铜版纸", en: "Coated paper", delta: 0 }, { code: "pet", zh: "PET防水", en: "Waterproof PET", delta: 18 }] },
      { code: "artwork", zh: "图文", en: "Artwork", required: true, choices: [{ code: "text", zh: "客户提供文字", en: "Customer text", delta: 0, note: true }] },
    ],
  },
  {
    category: "measuring-tools", sku: "MSR-C02", zh: "数显卡尺（可选校准证书）", en: "Digital caliper (calibration optional)", brand: ["三丰", "Mitutoyo"], uom: "EA", price: 389, weight: 250, stocked: true,
    groups: [
      { code: "range", zh: "量程", en: "Range", required: true, choices: [{ code: "r150", zh: "150mm", en: "150 mm", delta: 0 }, { code: "r200", zh: "200mm", en: "200 mm", delta: 90 }] },
      { code: "certificate", zh: "证书", en: "Certificate", required: false, choices: [{ code: "cal", zh: "第三方计量证书", en: "Third-party calibration certificate", delta: 80 }] },
      { code: "engraving", zh: "刻字", en: "Engraving", required: false, choices: [{ code: "asset", zh: "资产编号刻字", en: "Asset number engraving", delta: 8, note: true }] },
    ],
  },
];

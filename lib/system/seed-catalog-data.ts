import type { UomCode } from "@/lib/catalog/uom";

// What the demo catalog sells: a Shanghai B2B trading company's range of office equipment and
// supplies, tools, safety gear, electronic components and packaging. Prices are in yuan (CNY).

export type CategorySpec = { slug: string; nameZh: string; nameEn: string; parent: string | null; icon: IconShape; colour: string };
export type IconShape = "printer" | "paper" | "wrench" | "shield" | "chip" | "box" | "gear";

export const CATEGORIES: CategorySpec[] = [
  { slug: "office-equipment", nameZh: "办公设备", nameEn: "Office equipment", parent: null, icon: "printer", colour: "#2563eb" },
  { slug: "printers", nameZh: "打印机", nameEn: "Printers", parent: "office-equipment", icon: "printer", colour: "#1d4ed8" },
  { slug: "printer-consumables", nameZh: "打印耗材", nameEn: "Printer consumables", parent: "printers", icon: "printer", colour: "#3b82f6" },
  { slug: "copiers-scanners", nameZh: "复印与扫描", nameEn: "Copiers & scanners", parent: "office-equipment", icon: "printer", colour: "#1e40af" },
  { slug: "shredders", nameZh: "碎纸机", nameEn: "Shredders", parent: "office-equipment", icon: "printer", colour: "#6366f1" },
  { slug: "office-services", nameZh: "安装与维护服务", nameEn: "Installation & service", parent: "office-equipment", icon: "gear", colour: "#7c3aed" },
  { slug: "office-supplies", nameZh: "办公用品", nameEn: "Office supplies", parent: null, icon: "paper", colour: "#0891b2" },
  { slug: "paper", nameZh: "纸张", nameEn: "Paper", parent: "office-supplies", icon: "paper", colour: "#0e7490" },
  { slug: "stationery", nameZh: "文具", nameEn: "Stationery", parent: "office-supplies", icon: "paper", colour: "#06b6d4" },
  { slug: "industrial-tools", nameZh: "工业工具", nameEn: "Industrial tools", parent: null, icon: "wrench", colour: "#ea580c" },
  { slug: "hand-tools", nameZh: "手动工具", nameEn: "Hand tools", parent: "industrial-tools", icon: "wrench", colour: "#c2410c" },
  { slug: "power-tools", nameZh: "电动工具", nameEn: "Power tools", parent: "industrial-tools", icon: "gear", colour: "#f97316" },
  { slug: "drills", nameZh: "电钻", nameEn: "Drills", parent: "power-tools", icon: "gear", colour: "#fb923c" },
  { slug: "angle-grinders", nameZh: "角磨机", nameEn: "Angle grinders", parent: "power-tools", icon: "gear", colour: "#d97706" },
  { slug: "measuring-tools", nameZh: "测量工具", nameEn: "Measuring tools", parent: "industrial-tools", icon: "wrench", colour: "#b45309" },
  { slug: "safety-gear", nameZh: "劳保用品", nameEn: "Safety gear", parent: null, icon: "shield", colour: "#16a34a" },
  { slug: "safety-helmets", nameZh: "安全帽", nameEn: "Safety helmets", parent: "safety-gear", icon: "shield", colour: "#15803d" },
  { slug: "gloves", nameZh: "防护手套", nameEn: "Protective gloves", parent: "safety-gear", icon: "shield", colour: "#22c55e" },
  { slug: "workwear", nameZh: "工作服", nameEn: "Workwear", parent: "safety-gear", icon: "shield", colour: "#166534" },
  { slug: "safety-shoes", nameZh: "安全鞋", nameEn: "Safety shoes", parent: "safety-gear", icon: "shield", colour: "#4d7c0f" },
  { slug: "respirators", nameZh: "呼吸防护", nameEn: "Respiratory protection", parent: "safety-gear", icon: "shield", colour: "#65a30d" },
  { slug: "electronic-components", nameZh: "电子元器件", nameEn: "Electronic components", parent: null, icon: "chip", colour: "#9333ea" },
  { slug: "passives", nameZh: "电阻电容", nameEn: "Resistors & capacitors", parent: "electronic-components", icon: "chip", colour: "#7e22ce" },
  { slug: "connectors", nameZh: "连接器", nameEn: "Connectors", parent: "electronic-components", icon: "chip", colour: "#a855f7" },
  { slug: "cables", nameZh: "线缆", nameEn: "Cables & wires", parent: "electronic-components", icon: "chip", colour: "#6b21a8" },
  { slug: "packaging", nameZh: "包装材料", nameEn: "Packaging", parent: null, icon: "box", colour: "#a16207" },
  { slug: "cartons", nameZh: "纸箱", nameEn: "Cartons", parent: "packaging", icon: "box", colour: "#92400e" },
  { slug: "tape", nameZh: "胶带", nameEn: "Tape", parent: "packaging", icon: "box", colour: "#ca8a04" },
  { slug: "cushioning", nameZh: "缓冲与缠绕材料", nameEn: "Cushioning & wrap", parent: "packaging", icon: "box", colour: "#854d0e" },
];

export type Pair = readonly [zh: string, en: string];

export type ItemSpec = {
  zh: string;
  en: string;
  /** Yuan, tax-exclusive; decimals allowed. */
  price: readonly [number, number];
  specs?: readonly Pair[];
  uom?: UomCode;
  /** Grams per unit. */
  weight?: readonly [number, number];
};

export type LeafSpec = {
  category: string;
  /** SKU prefix. */
  code: string;
  count: number;
  brands: readonly Pair[];
  uom: UomCode;
  items: readonly ItemSpec[];
  /** Services: not stock-tracked, 6 % VAT, sold by the hour. */
  service?: boolean;
};

const B = {
  hp: ["惠普", "HP"],
  canon: ["佳能", "Canon"],
  brother: ["兄弟", "Brother"],
  epson: ["爱普生", "Epson"],
  lenovo: ["联想", "Lenovo"],
  deli: ["得力", "Deli"],
  comix: ["齐心", "Comix"],
  mg: ["晨光", "M&G"],
  sata: ["世达", "SATA"],
  stanley: ["史丹利", "Stanley"],
  greatwall: ["长城精工", "Greatwall"],
  bosch: ["博世", "Bosch"],
  makita: ["牧田", "Makita"],
  dongcheng: ["东成", "Dongcheng"],
  dewalt: ["得伟", "DeWalt"],
  mitutoyo: ["三丰", "Mitutoyo"],
  delta: ["代尔塔", "Delta Plus"],
  honeywell: ["霍尼韦尔", "Honeywell"],
  m3: ["3M", "3M"],
  fenghua: ["风华", "Fenghua"],
  yageo: ["国巨", "Yageo"],
  murata: ["村田", "Murata"],
  amp: ["安普", "AMP"],
  ugreen: ["绿联", "Ugreen"],
  choseal: ["秋叶原", "Choseal"],
  hengsheng: ["恒升包装", "Hengsheng Packaging"],
  yongda: ["永大", "Yongda"],
  sunwood: ["三木", "Sunwood"],
  carrack: ["卡瑞克", "Carrack Service"],
} as const satisfies Record<string, Pair>;

const COLOURS: readonly Pair[] = [["黑色", "Black"], ["青色", "Cyan"], ["品红", "Magenta"], ["黄色", "Yellow"]];

export const LEAVES: LeafSpec[] = [
  {
    category: "printers", code: "PRT", count: 16, uom: "EA", brands: [B.hp, B.canon, B.brother, B.epson, B.lenovo, B.deli],
    items: [
      { zh: "黑白激光打印机", en: "Mono laser printer", price: [899, 2999], weight: [5000, 12000], specs: [["M110", "M110"], ["M232", "M232"], ["P2506", "P2506"]] },
      { zh: "彩色激光打印机", en: "Colour laser printer", price: [1999, 5999], weight: [12000, 22000], specs: [["CP1025", "CP1025"], ["C3010", "C3010"]] },
      { zh: "喷墨打印机", en: "Inkjet printer", price: [499, 1599], weight: [3500, 7000], specs: [["L3218", "L3218"], ["G3800", "G3800"]] },
      { zh: "多功能一体机", en: "Multifunction printer", price: [1299, 4999], weight: [8000, 16000], specs: [["M1136", "M1136"], ["DCP-7195", "DCP-7195"]] },
      { zh: "标签打印机", en: "Label printer", price: [299, 1299], weight: [800, 2000], specs: [["QL-820", "QL-820"], ["DL-888", "DL-888"]] },
    ],
  },
  {
    category: "printer-consumables", code: "CON", count: 16, uom: "EA", brands: [B.hp, B.canon, B.brother, B.epson],
    items: [
      { zh: "硒鼓", en: "Toner cartridge", price: [149, 699], weight: [600, 1500], specs: COLOURS },
      { zh: "墨盒", en: "Ink cartridge", price: [59, 199], weight: [60, 150], specs: COLOURS },
      { zh: "墨水 70ml", en: "Ink bottle 70 ml", price: [39, 79], weight: [90, 110], specs: COLOURS },
      { zh: "色带", en: "Ribbon", price: [19, 59], weight: [50, 120] },
    ],
  },
  {
    category: "copiers-scanners", code: "SCN", count: 6, uom: "EA", brands: [B.canon, B.epson, B.brother, B.hp],
    items: [
      { zh: "文档扫描仪", en: "Document scanner", price: [999, 4999], weight: [2500, 6000], specs: [["A4 馈纸式", "A4 sheet-fed"], ["A4 平板式", "A4 flatbed"]] },
      { zh: "高拍仪", en: "Document camera", price: [399, 999], weight: [600, 1500] },
      { zh: "数码复合机", en: "Digital copier", price: [8999, 29999], weight: [45000, 80000], specs: [["A3 黑白", "A3 mono"], ["A3 彩色", "A3 colour"]] },
    ],
  },
  {
    category: "shredders", code: "SHR", count: 5, uom: "EA", brands: [B.deli, B.comix, B.sunwood],
    items: [{ zh: "碎纸机", en: "Paper shredder", price: [399, 1999], weight: [5000, 15000], specs: [["5级保密", "P-5 security"], ["4级保密", "P-4 security"], ["3级保密", "P-3 security"]] }],
  },
  {
    category: "office-services", code: "SVC", count: 3, uom: "HUR", service: true, brands: [B.carrack],
    items: [
      { zh: "打印机上门安装", en: "On-site printer installation", price: [150, 150] },
      { zh: "办公设备保养", en: "Office equipment maintenance", price: [180, 180] },
      { zh: "网络打印配置", en: "Network printing setup", price: [220, 220] },
    ],
  },
  {
    category: "paper", code: "PAP", count: 12, uom: "PK", brands: [B.deli, B.comix, B.mg],
    items: [
      { zh: "复印纸", en: "Copy paper", price: [19, 49], weight: [2300, 2600], specs: [["A4 70g 500张", "A4 70 gsm 500 sheets"], ["A4 80g 500张", "A4 80 gsm 500 sheets"], ["A3 80g 500张", "A3 80 gsm 500 sheets"]] },
      { zh: "彩色复印纸", en: "Colour copy paper", price: [25, 45], weight: [2300, 2600], specs: [["A4 混色 100张", "A4 mixed colours 100 sheets"]] },
      { zh: "热敏收银纸", en: "Thermal till roll", price: [29, 69], weight: [1500, 3000], specs: [["57×50mm 50卷", "57×50 mm 50 rolls"], ["80×80mm 24卷", "80×80 mm 24 rolls"]] },
    ],
  },
  {
    category: "stationery", code: "STA", count: 16, uom: "EA", brands: [B.deli, B.comix, B.mg],
    items: [
      { zh: "订书机", en: "Stapler", price: [15, 89], weight: [150, 600], specs: [["12号", "No. 12"], ["重型", "heavy duty"]] },
      { zh: "计算器", en: "Calculator", price: [29, 129], weight: [150, 300], specs: [["12位", "12-digit"], ["财务型", "financial"]] },
      { zh: "笔记本 A5", en: "Notebook A5", price: [5, 25], weight: [150, 300], uom: "PCE" },
      { zh: "白板笔 10支", en: "Whiteboard markers, 10", price: [15, 30], weight: [120, 160], uom: "BX" },
      { zh: "档案盒", en: "Archive box", price: [4, 12], weight: [150, 250], specs: [["55mm", "55 mm"], ["75mm", "75 mm"]] },
      { zh: "长尾夹 24只", en: "Binder clips, 24", price: [6, 18], weight: [100, 300], uom: "BX", specs: [["25mm", "25 mm"], ["41mm", "41 mm"]] },
    ],
  },
  {
    category: "hand-tools", code: "HTL", count: 16, uom: "EA", brands: [B.sata, B.stanley, B.greatwall],
    items: [
      { zh: "活动扳手", en: "Adjustable wrench", price: [25, 89], weight: [200, 700], specs: [["8英寸", "8 in"], ["10英寸", "10 in"], ["12英寸", "12 in"]] },
      { zh: "螺丝刀套装", en: "Screwdriver set", price: [39, 199], weight: [400, 1500], uom: "SET", specs: [["6件套", "6 pieces"], ["32件套", "32 pieces"]] },
      { zh: "钢丝钳", en: "Combination pliers", price: [25, 69], weight: [250, 400], specs: [["7英寸", "7 in"], ["8英寸", "8 in"]] },
      { zh: "内六角扳手套装", en: "Hex key set", price: [29, 99], weight: [200, 600], uom: "SET", specs: [["9件套 公制", "9 pieces metric"]] },
      { zh: "羊角锤", en: "Claw hammer", price: [29, 79], weight: [500, 900], specs: [["0.5kg", "0.5 kg"], ["0.75kg", "0.75 kg"]] },
    ],
  },
  {
    category: "drills", code: "DRL", count: 10, uom: "EA", brands: [B.bosch, B.makita, B.dongcheng, B.dewalt],
    items: [
      { zh: "充电式电钻", en: "Cordless drill", price: [299, 1299], weight: [1000, 1800], specs: [["12V", "12 V"], ["18V 双电", "18 V, two batteries"]] },
      { zh: "冲击钻", en: "Impact drill", price: [199, 899], weight: [1500, 2500], specs: [["550W", "550 W"], ["750W", "750 W"]] },
      { zh: "电锤", en: "Rotary hammer", price: [399, 1599], weight: [2500, 4500], specs: [["26mm", "26 mm"]] },
    ],
  },
  {
    category: "angle-grinders", code: "AGR", count: 6, uom: "EA", brands: [B.bosch, B.makita, B.dongcheng],
    items: [
      { zh: "角磨机", en: "Angle grinder", price: [169, 799], weight: [1500, 2500], specs: [["100mm", "100 mm"], ["125mm", "125 mm"]] },
      { zh: "树脂切割片 25片", en: "Resin cutting discs, 25", price: [29, 89], weight: [800, 1200], uom: "BX", specs: [["105mm", "105 mm"]] },
    ],
  },
  {
    category: "measuring-tools", code: "MSR", count: 12, uom: "EA", brands: [B.deli, B.mitutoyo, B.bosch, B.sata],
    items: [
      { zh: "钢卷尺", en: "Steel tape measure", price: [9, 49], weight: [150, 450], specs: [["3米", "3 m"], ["5米", "5 m"], ["7.5米", "7.5 m"]] },
      { zh: "游标卡尺", en: "Vernier caliper", price: [59, 299], weight: [150, 300], specs: [["150mm", "150 mm"], ["200mm", "200 mm"]] },
      { zh: "激光测距仪", en: "Laser distance meter", price: [199, 699], weight: [100, 250], specs: [["40米", "40 m"], ["60米", "60 m"]] },
      { zh: "水平尺", en: "Spirit level", price: [25, 89], weight: [200, 600], specs: [["40cm", "40 cm"], ["60cm", "60 cm"]] },
    ],
  },
  {
    category: "safety-helmets", code: "HLM", count: 5, uom: "EA", brands: [B.delta, B.honeywell, B.m3],
    items: [
      { zh: "ABS安全帽", en: "ABS safety helmet", price: [19, 69], weight: [350, 450] },
      { zh: "玻璃钢安全帽", en: "Fibreglass safety helmet", price: [39, 99], weight: [400, 500] },
      { zh: "安全帽护目镜", en: "Helmet visor", price: [29, 59], weight: [100, 200] },
    ],
  },
  {
    category: "gloves", code: "GLV", count: 8, uom: "PK", brands: [B.delta, B.honeywell, B.m3],
    items: [
      { zh: "一次性丁腈手套 100只", en: "Disposable nitrile gloves, 100", price: [29, 69], weight: [500, 700], uom: "BX", specs: [["M", "M"], ["L", "L"]] },
      { zh: "浸胶劳保手套 12双", en: "Latex-dipped work gloves, 12 pairs", price: [24, 48], weight: [600, 900] },
      { zh: "电焊手套", en: "Welding gloves", price: [15, 39], weight: [200, 350] },
    ],
  },
  {
    category: "workwear", code: "WRK", count: 3, uom: "EA", brands: [B.delta, B.honeywell],
    items: [
      { zh: "防寒棉服", en: "Insulated winter jacket", price: [129, 299], weight: [900, 1400] },
      { zh: "雨衣套装", en: "Rain suit", price: [49, 129], weight: [500, 800] },
    ],
  },
  {
    category: "safety-shoes", code: "SHO", count: 3, uom: "EA", brands: [B.delta, B.honeywell],
    items: [{ zh: "鞋套 100只", en: "Shoe covers, 100", price: [19, 39], weight: [300, 500], uom: "BX" }, { zh: "防滑鞋垫", en: "Anti-slip insoles", price: [15, 35], weight: [100, 200] }],
  },
  {
    category: "respirators", code: "RSP", count: 8, uom: "BX", brands: [B.m3, B.honeywell, B.delta],
    items: [
      { zh: "KN95口罩 20只", en: "KN95 respirators, 20", price: [39, 99], weight: [150, 250] },
      { zh: "防尘口罩 50只", en: "Dust masks, 50", price: [29, 69], weight: [200, 300] },
      { zh: "半面罩", en: "Half-face respirator", price: [59, 199], weight: [150, 300], uom: "EA" },
      { zh: "防毒滤盒 2只", en: "Gas filter cartridges, 2", price: [49, 129], weight: [200, 300], uom: "PK" },
    ],
  },
  {
    category: "passives", code: "PSV", count: 12, uom: "PK", brands: [B.fenghua, B.yageo, B.murata],
    items: [
      { zh: "贴片电阻 5000只/盘", en: "SMD resistors, reel of 5000", price: [15, 45], weight: [150, 250], specs: [["0603 10kΩ", "0603 10 kΩ"], ["0805 1kΩ", "0805 1 kΩ"], ["0402 100Ω", "0402 100 Ω"]] },
      { zh: "贴片电容 4000只/盘", en: "MLCC capacitors, reel of 4000", price: [20, 80], weight: [150, 250], specs: [["0603 100nF", "0603 100 nF"], ["0805 10µF", "0805 10 µF"]] },
      { zh: "电解电容 100只", en: "Electrolytic capacitors, 100", price: [10, 40], weight: [100, 300], uom: "BX", specs: [["25V 470µF", "25 V 470 µF"], ["50V 100µF", "50 V 100 µF"]] },
    ],
  },
  {
    category: "connectors", code: "CNC", count: 10, uom: "BX", brands: [B.amp, B.ugreen, B.choseal],
    items: [
      { zh: "RJ45水晶头 100只", en: "RJ45 plugs, 100", price: [15, 45], weight: [200, 300], specs: [["超五类", "Cat 5e"], ["六类", "Cat 6"]] },
      { zh: "接线端子排", en: "Terminal block", price: [2, 15], weight: [20, 80], uom: "EA", specs: [["12位", "12-way"], ["20A", "20 A"]] },
      { zh: "USB-C 母座 50只", en: "USB-C receptacles, 50", price: [25, 60], weight: [50, 100] },
      { zh: "航空插头", en: "Circular connector", price: [8, 35], weight: [30, 80], uom: "EA", specs: [["GX16 4芯", "GX16 4-pin"], ["GX20 5芯", "GX20 5-pin"]] },
    ],
  },
  {
    category: "cables", code: "CBL", count: 10, uom: "MTR", brands: [B.amp, B.ugreen, B.choseal],
    items: [
      { zh: "六类网线", en: "Cat 6 network cable", price: [1.6, 3.2], weight: [35, 45] },
      { zh: "电源线 RVV", en: "Power cable RVV", price: [3, 8], weight: [80, 150], specs: [["3×1.5mm²", "3×1.5 mm²"], ["3×2.5mm²", "3×2.5 mm²"]] },
      { zh: "同轴电缆", en: "Coaxial cable", price: [1.2, 2.8], weight: [40, 70], specs: [["75欧 SYWV", "75 Ω SYWV"]] },
      { zh: "HDMI 线 2.0", en: "HDMI cable 2.0", price: [19, 59], weight: [100, 300], uom: "EA", specs: [["1.5米", "1.5 m"], ["3米", "3 m"]] },
    ],
  },
  {
    category: "cartons", code: "CTN", count: 5, uom: "EA", brands: [B.hengsheng, B.yongda],
    items: [
      { zh: "五层加硬纸箱", en: "5-ply heavy-duty carton", price: [3, 8], weight: [400, 900], specs: [["600×400×400", "600×400×400"], ["500×350×350", "500×350×350"]] },
      { zh: "飞机盒 50只", en: "Mailer boxes, 50", price: [39, 79], weight: [3000, 5000], uom: "PK", specs: [["T2 230×130×50", "T2 230×130×50"]] },
      { zh: "文件周转箱", en: "Archive transport box", price: [5, 12], weight: [500, 800] },
    ],
  },
  {
    category: "tape", code: "TAP", count: 5, uom: "EA", brands: [B.deli, B.m3, B.yongda],
    items: [
      { zh: "美纹纸胶带", en: "Masking tape", price: [2.5, 6], weight: [60, 120], specs: [["24mm×50m", "24 mm × 50 m"]] },
      { zh: "双面胶带", en: "Double-sided tape", price: [2, 8], weight: [50, 100], specs: [["12mm×10m", "12 mm × 10 m"]] },
      { zh: "警示胶带", en: "Hazard warning tape", price: [6, 15], weight: [200, 400], specs: [["黄黑 48mm", "yellow/black 48 mm"]] },
    ],
  },
  {
    category: "cushioning", code: "CSH", count: 6, uom: "KGM", brands: [B.hengsheng, B.yongda],
    items: [
      { zh: "缠绕膜", en: "Stretch film", price: [12, 18], weight: [1000, 1000], specs: [["50cm 宽", "50 cm wide"], ["30cm 宽", "30 cm wide"]] },
      { zh: "珍珠棉", en: "EPE foam", price: [18, 28], weight: [1000, 1000] },
      { zh: "气泡膜", en: "Bubble wrap", price: [0.8, 2.5], weight: [20, 40], uom: "MTR", specs: [["50cm 宽", "50 cm wide"], ["100cm 宽", "100 cm wide"]] },
    ],
  },
];

/** Suppliers named on the demo receipts. */
export const SUPPLIERS: readonly Pair[] = [
  ["深圳市华强电子有限公司", "Shenzhen Huaqiang Electronics Co., Ltd."],
  ["宁波世达工具有限公司", "Ningbo Shida Tools Co., Ltd."],
  ["上海得力办公用品有限公司", "Shanghai Deli Office Supplies Co., Ltd."],
  ["苏州永大包装材料有限公司", "Suzhou Yongda Packaging Co., Ltd."],
  ["广州安盾劳保用品有限公司", "Guangzhou Andun Safety Products Co., Ltd."],
  ["北京联想办公设备分销中心", "Beijing Lenovo Office Equipment Distribution"],
];

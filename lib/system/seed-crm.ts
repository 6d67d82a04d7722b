import "server-only";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { accountCode, REGIONS, type Region } from "@/lib/domain/crm";
import { seededRandom } from "./seed-catalog-random";

// About 200 demo accounts across the sales owners, each with one to four contacts (≈500), so
// lists, search and the duplicate finder look real on first start. Deterministic (fixed seed,
// fixed ids), written once: does nothing when any account exists.

const OWNERS = [
  { id: "demo-sales", region: "east" as Region, provinces: [["上海", "上海"], ["江苏", "苏州"], ["浙江", "杭州"]] },
  { id: "demo-sales2", region: "south" as Region, provinces: [["广东", "深圳"], ["广东", "广州"], ["福建", "厦门"]] },
  { id: "demo-manager", region: "east" as Region, provinces: [["江苏", "南京"], ["安徽", "合肥"]] },
];

const NAMES = ["精密机械", "新材料科技", "电子", "国际贸易", "智能装备", "医疗器械", "食品", "物流", "包装", "建材"];
const PREFIXES = ["华瑞", "恒通", "东盛", "金源", "博远", "联创", "中科", "瑞丰", "宏达", "天成", "鼎力", "嘉禾"];
const INDUSTRIES = ["Manufacturing", "Electronics", "Trading", "Healthcare", "Food", "Logistics", "Construction"];
const PEOPLE = ["王磊", "李娜", "张敏", "刘洋", "陈杰", "杨静", "赵勇", "黄丽", "周涛", "吴芳", "徐明", "孙悦"];
const TITLES = ["采购经理", "总经理", "技术总监", "财务主管", "采购专员"];
const PINYIN = ["wang.lei", "li.na", "zhang.min", "liu.yang", "chen.jie", "yang.jing", "zhao.yong", "huang.li", "zhou.tao", "wu.fang", "xu.ming", "sun.yue"];
const TYPES = ["customer", "customer", "customer", "prospect", "partner"] as const;
const ACCOUNTS_PER_OWNER: Record<string, number> = { "demo-sales": 80, "demo-sales2": 80, "demo-manager": 40 };

export async function seedDemoCrm(): Promise<{ accounts: number; contacts: number } | null> {
  if ((await db.account.count()) > 0) return null;
  const owners = await db.user.findMany({ where: { id: { in: OWNERS.map((o) => o.id) } }, select: { id: true, email: true, teamId: true } });
  const team = new Map(owners.map((o) => [o.id, o.teamId]));
  const email = new Map(owners.map((o) => [o.id, o.email]));
  if (owners.length === 0) return null;
  const random = seededRandom(20260303);
  let n = 0;
  let contacts = 0;
  await transact(async (tx) => {
    for (const owner of OWNERS) {
      if (!team.has(owner.id)) continue;
      const count = ACCOUNTS_PER_OWNER[owner.id] ?? 0;
      // Every prefix × trade once per owner (in a shuffled order), so no two of an owner's accounts share a name.
      const names = random.shuffle(PREFIXES.flatMap((prefix) => NAMES.map((trade) => `${prefix}${trade}`)));
      for (let i = 0; i < count; i++) {
        n += 1;
        const [province, city] = random.pick(owner.provinces);
        const name = `${city}${names[i % names.length]}有限公司`;
        const id = `demo-account-${n}`;
        const created = await tx.account.create({
          data: {
            id,
            code: accountCode(n),
            name,
            type: random.pick(TYPES),
            industry: random.pick(INDUSTRIES),
            region: REGIONS.includes(owner.region) ? owner.region : "east",
            province,
            city,
            billingAddress: `${province}${city}市工业园区 ${random.int(1, 300)} 号`,
            shippingAddress: `${province}${city}市物流园 ${random.int(1, 99)} 号仓`,
            taxId: `91${String(310000 + n * 137).padStart(6, "0")}MA${String(1000 + n).padStart(4, "0")}X`,
            ownerId: owner.id,
            teamId: team.get(owner.id) ?? null,
            paymentTermsDays: random.pick([0, 30, 45, 60]),
            // Whole yuan amounts in minor units; some accounts have no limit.
            creditLimit: random.chance(0.2) ? null : random.int(5, 50) * 10_000_00,
            tags: random.chance(0.5) ? "重点客户" : "",
            status: random.chance(0.9) ? "active" : "inactive",
          },
          select: { id: true, code: true, name: true, ownerId: true },
        });
        // Created "by" the owner, so the 360 page's timeline is not empty on first start.
        const actor = { id: owner.id, email: email.get(owner.id) ?? "" };
        await writeAudit(tx, { actor, action: "create", entityType: "Account", entityId: id, after: created });
        // Different people per account (no two 张敏 with one email).
        const people = random.shuffle(PEOPLE.map((_, k) => k)).slice(0, random.int(1, 4));
        for (const [p, k] of people.entries()) {
          contacts += 1;
          const contact = await tx.contact.create({
            data: {
              id: `demo-contact-${contacts}`,
              accountId: id,
              ownerId: owner.id,
              name: PEOPLE[k],
              title: random.pick(TITLES),
              email: `${PINYIN[k]}${n}@example.cn`,
              mobile: `13${String(800000000 + n * 1000 + p).padStart(9, "0")}`,
              preferredLocale: random.chance(0.2) ? "en" : "zh-CN",
              isPrimary: p === 0,
            },
            select: { id: true, name: true, accountId: true },
          });
          await writeAudit(tx, { actor, action: "create", entityType: "Contact", entityId: contact.id, after: contact });
        }
      }
    }
  });
  return { accounts: n, contacts };
}

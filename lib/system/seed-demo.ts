import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { transact } from "@/lib/db/transact";
import { writeAudit } from "@/lib/audit/write-audit";
import { ensureCompany } from "./ensure-company";

export const DEMO_PASSWORD_DEFAULT = "carrack-demo";

// One user per role plus a second rep in another team. Fixed ids keep the demo deterministic.
export const DEMO_USERS = [
  { id: "demo-admin", email: "admin@example.com", name: "王芳 Wang Fang", role: "admin", teamId: null, locale: "zh-CN" },
  { id: "demo-manager", email: "manager@example.com", name: "李强 Li Qiang", role: "manager", teamId: "team-east", locale: "zh-CN" },
  { id: "demo-sales", email: "sales@example.com", name: "张伟 Zhang Wei", role: "sales", teamId: "team-shanghai", locale: "zh-CN" },
  { id: "demo-sales2", email: "sales2@example.com", name: "陈静 Chen Jing", role: "sales", teamId: "team-south", locale: "en" },
  { id: "demo-finance", email: "finance@example.com", name: "刘洋 Liu Yang", role: "finance", teamId: null, locale: "zh-CN" },
  { id: "demo-warehouse", email: "warehouse@example.com", name: "赵磊 Zhao Lei", role: "warehouse", teamId: null, locale: "zh-CN" },
] as const;

// East region (managed by the manager) holds the Shanghai team; South is another branch.
const DEMO_TEAMS = [
  { id: "team-east", name: "华东大区 East China", parentId: null, managerId: "demo-manager" },
  { id: "team-shanghai", name: "上海销售组 Shanghai Sales", parentId: "team-east", managerId: null },
  { id: "team-south", name: "华南大区 South China", parentId: null, managerId: null },
] as const;

/** Seeds the demo company once: does nothing when any user exists (a restart keeps all data). */
export async function seedDemo(password = DEMO_PASSWORD_DEFAULT): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return transact(async (tx) => {
    if ((await tx.user.count()) > 0) return false;
    await ensureCompany(tx, "Carrack 演示贸易有限公司");
    await tx.company.update({
      where: { id: "company" },
      data: {
        name: "Carrack 演示贸易有限公司",
        address: "上海市浦东新区世纪大道 100 号 / 100 Century Avenue, Pudong, Shanghai",
        taxId: "91310000MA1FL00000",
        phone: "+86 21 5555 0100",
        email: "hello@example.com",
        setupCompletedAt: new Date("2026-01-01T00:00:00Z"),
      },
    });
    for (const team of DEMO_TEAMS) await tx.team.create({ data: { id: team.id, name: team.name, parentId: team.parentId } });
    for (const user of DEMO_USERS) await tx.user.create({ data: { ...user, passwordHash } });
    for (const team of DEMO_TEAMS) {
      if (team.managerId) await tx.team.update({ where: { id: team.id }, data: { managerId: team.managerId } });
    }
    await writeAudit(tx, { actor: null, action: "seed", entityType: "Company", entityId: "company", after: { users: DEMO_USERS.length, teams: DEMO_TEAMS.length } });
    return true;
  });
}

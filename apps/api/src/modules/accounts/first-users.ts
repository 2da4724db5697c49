import { randomBytes } from "node:crypto";
import { newPasswordSchema, type Role } from "@bk/domain";
import type { PrismaClient } from "@bk/domain/server";
import { recordAccountEvent } from "./account-events";
import { hashPassword } from "./passwords";

export type FirstUsersOptions = {
  /** ADMIN_EMAIL; default admin@bidragskollen.local. */
  adminEmail?: string;
  /** ADMIN_PASSWORD; default a random one, printed once. */
  adminPassword?: string;
  /** One demo user per other role (on the embedded default), so a newcomer can try each view. */
  demo: boolean;
  /** DEMO_PASSWORD: the demo users' password; default a random one each, printed once. */
  demoPassword?: string;
};

const randomPassword = () => randomBytes(15).toString("base64url");

/** The demo users: each role once; the project lead leads Relationsvåldscentrum (document 2). */
const DEMO: { email: string; name: string; role: Role; projectName?: string }[] = [
  { email: "handlaggare@bidragskollen.local", name: "Anna Handläggare (demo)", role: "CASE_OFFICER" },
  {
    email: "projektledare@bidragskollen.local",
    name: "Pia Projektledare (demo)",
    role: "PROJECT_LEAD",
    projectName: "Relationsvåldscentrum",
  },
  { email: "utredare@bidragskollen.local", name: "Ulf Utredare (demo)", role: "ANALYST" },
  { email: "statistiker@bidragskollen.local", name: "Siv Statistiker (demo)", role: "STATISTICIAN" },
];

/**
 * On the very first start (no users at all): the first administrator, from ADMIN_EMAIL and
 * ADMIN_PASSWORD or admin@bidragskollen.local with a random password, and optionally the demo
 * users. Their passwords are printed once, here; later starts create nobody.
 */
export async function ensureFirstUsers(prisma: PrismaClient, options: FirstUsersOptions, log: (line: string) => void) {
  if ((await prisma.user.count()) > 0) return [];
  for (const [name, value] of [
    ["ADMIN_PASSWORD", options.adminPassword],
    ["DEMO_PASSWORD", options.demoPassword],
  ] as const) {
    if (value !== undefined && !newPasswordSchema.safeParse(value).success) throw new Error(`${name} must be 12–200 characters`);
  }
  const created: { email: string; password: string; role: Role }[] = [];
  const admin = {
    email: (options.adminEmail ?? "admin@bidragskollen.local").trim().toLowerCase(),
    password: options.adminPassword ?? randomPassword(),
  };
  const adminUser = await prisma.user.create({
    data: { email: admin.email, name: "Administratör", roles: ["ADMIN"], passwordHash: await hashPassword(admin.password) },
  });
  await recordAccountEvent(prisma, { userId: adminUser.id, actorId: null, action: "created-at-first-start" });
  created.push({ ...admin, role: "ADMIN" });
  if (options.demo) {
    for (const d of DEMO) {
      const password = options.demoPassword ?? randomPassword();
      const project = d.projectName
        ? await prisma.project.findFirst({ where: { name: { startsWith: d.projectName } }, select: { id: true } })
        : null;
      if (d.projectName && !project) continue; // without the seed there is no project to lead
      const user = await prisma.user.create({
        data: {
          email: d.email,
          name: d.name,
          roles: [d.role],
          passwordHash: await hashPassword(password),
          projects: project ? { create: [{ projectId: project.id }] } : undefined,
        },
      });
      await recordAccountEvent(prisma, { userId: user.id, actorId: null, action: "created-at-first-start", detail: { demo: true } });
      created.push({ email: d.email, password, role: d.role });
    }
  }
  const width = Math.max(...created.map((c) => c.email.length));
  log("──────────────────────────────────────────────────────────────────");
  log("First start: no users yet, so these were created. Log in with:");
  for (const c of created) log(`  ${c.email.padEnd(width)}  ${c.password}  (${c.role})`);
  log("The passwords are printed only this once: change them under “Mitt konto” / “My account”.");
  log("──────────────────────────────────────────────────────────────────");
  return created;
}

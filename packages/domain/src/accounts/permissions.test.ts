import { describe, expect, it } from "vitest";
import { can, canReadProject, canWriteProject, PERMISSIONS, permissionsOf, ROLE_PERMISSIONS } from "./permissions";

describe("permissions", () => {
  it("gives an administrator everything but raw counts, and nobody anything by default", () => {
    expect(permissionsOf(["ADMIN"]).has("read:rawCounts")).toBe(false);
    expect([...permissionsOf(["ADMIN"])].sort()).toEqual(PERMISSIONS.filter((p) => p !== "read:rawCounts").sort());
    expect(permissionsOf([]).size).toBe(0);
  });

  it("adds up the rights of several roles", () => {
    expect(can(["ANALYST"], "read:rawCounts")).toBe(false);
    expect(can(["ANALYST", "STATISTICIAN"], "read:rawCounts")).toBe(true);
    expect(can(["PROJECT_LEAD", "CASE_OFFICER"], "write:grants")).toBe(true);
  });

  it("lets a project lead read and change their own projects only, and the broad roles every project", () => {
    const lead = { roles: ["PROJECT_LEAD" as const], projectIds: ["a"] };
    expect(canReadProject(lead, "a")).toBe(true);
    expect(canReadProject(lead, "b")).toBe(false);
    expect(canReadProject(lead, null)).toBe(false);
    expect(canWriteProject(lead, "a", "financing")).toBe(true);
    expect(canWriteProject(lead, "a", "statistics")).toBe(true);
    expect(canWriteProject(lead, "b", "financing")).toBe(false);
    const analyst = { roles: ["ANALYST" as const], projectIds: [] };
    expect(canReadProject(analyst, "b")).toBe(true);
    expect(canWriteProject(analyst, "b", "financing")).toBe(false);
    const statistician = { roles: ["STATISTICIAN" as const], projectIds: [] };
    expect(canWriteProject(statistician, null, "statistics")).toBe(true);
    expect(canWriteProject(statistician, "b", "financing")).toBe(false);
  });

  it("writes nothing for an analyst", () => {
    expect(ROLE_PERMISSIONS.ANALYST.filter((p) => p.startsWith("write:") || p.startsWith("manage:"))).toEqual([]);
  });
});

describe("account inputs", () => {
  it("takes e-mail addresses in plain ASCII only, so that a look-alike cannot pose as another user", async () => {
    const { emailSchema } = await import("./account-inputs");
    expect(emailSchema.parse(" Anna@Lansstyrelsen.SE. ")).toBe("anna@lansstyrelsen.se");
    for (const lookalike of ["hаndlaggare@bidragskollen.local", "ｈandlaggare@bidragskollen.local", "handläggare@bidragskollen.local"]) {
      expect(emailSchema.safeParse(lookalike).success, lookalike).toBe(lookalike.startsWith("ｈ"));
    }
  });

  it("refuses passwords that are short or easy to guess, and takes long phrases", async () => {
    const { newPasswordSchema } = await import("./account-inputs");
    for (const weak of ["kort", "password1234", "Lösenord2024!", "aaaaaaaaaaaaaa", "Sommar2024!!!"]) {
      expect(newPasswordSchema.safeParse(weak).success, weak).toBe(false);
    }
    expect(newPasswordSchema.safeParse("korrekt häst batteri häftstift").success).toBe(true);
  });
});

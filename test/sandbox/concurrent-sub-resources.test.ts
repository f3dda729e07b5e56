/** 1 000 concurrent creates, then 1 000 concurrent updates, across three sub-resources of one entity: each lands once. */
import { beforeAll, describe, expect, it } from "vitest";
import { unwrap } from "../../src/index.js";
import { useTestSandbox } from "./fixture.js";

const t = useTestSandbox();
let EntityId = "";
const path = () => ({ params: { path: { EntityId } } });

beforeAll(async () => {
  EntityId = (await unwrap(t.client.POST("/entities", { body: { entityType: "person", firstName: "Many", lastName: "Writes" } }))).id;
});

// Each write carries its index in a field the API stores verbatim, so every record can be traced to one request.
const phone = (index: number, round: number) => ({ phoneNumberLabelId: t.ref("phoneNumberLabels", "mobile"), number: `+1417${round}${String(index).padStart(6, "0")}` });
const email = (index: number, round: number) => ({
  digitalContactPointLabelId: t.ref("digitalContactPointLabels", "personal"),
  type: "email" as const,
  value: `r${round}-n${index}@example.com`,
});
const job = (index: number, round: number) => ({ employerName: `Employer r${round}-n${index}`, employmentTypeId: t.ref("employmentTypes", "full_time") });

async function listAll() {
  const [phones, emails, jobs] = await Promise.all([
    unwrap(t.client.GET("/entities/{EntityId}/phone-numbers", path())),
    unwrap(t.client.GET("/entities/{EntityId}/digital-contact-points", path())),
    unwrap(t.client.GET("/entities/{EntityId}/employments", path())),
  ]);
  return { phones: phones.phoneNumbers, emails: emails.digitalContactPoints, jobs: jobs.employments };
}

describe("concurrent writes across sub-resources", () => {
  it("persists 1 000 concurrent creates and then 1 000 concurrent updates, each exactly once", async () => {
    const indexes = Array.from({ length: 1000 }, (_, index) => index);
    const created = await Promise.all(
      indexes.map((index) => {
        if (index % 3 === 0) return t.client.POST("/entities/{EntityId}/phone-numbers", { ...path(), body: phone(index, 1) });
        if (index % 3 === 1) return t.client.POST("/entities/{EntityId}/digital-contact-points", { ...path(), body: email(index, 1) });
        return t.client.POST("/entities/{EntityId}/employments", { ...path(), body: job(index, 1) });
      }),
    );
    expect(created.filter((result) => result.response.status !== 201)).toEqual([]);
    const ids = created.map((result) => result.data?.id ?? "");
    expect(new Set(ids).size).toBe(1000);

    const afterCreates = await listAll();
    expect(afterCreates.phones.map((item) => item.number).sort()).toEqual(
      indexes
        .filter((i) => i % 3 === 0)
        .map((i) => phone(i, 1).number)
        .sort(),
    );
    expect(afterCreates.emails.map((item) => item.value).sort()).toEqual(
      indexes
        .filter((i) => i % 3 === 1)
        .map((i) => email(i, 1).value)
        .sort(),
    );
    expect(afterCreates.jobs.map((item) => item.employerName).sort()).toEqual(
      indexes
        .filter((i) => i % 3 === 2)
        .map((i) => job(i, 1).employerName)
        .sort(),
    );

    const updated = await Promise.all(
      indexes.map((index) => {
        const id = ids[index] ?? "";
        if (index % 3 === 0)
          return t.client.PUT("/entities/{EntityId}/phone-numbers/{PhoneNumberId}", { params: { path: { EntityId, PhoneNumberId: id } }, body: phone(index, 2) });
        if (index % 3 === 1) {
          return t.client.PUT("/entities/{EntityId}/digital-contact-points/{DigitalContactPointId}", {
            params: { path: { EntityId, DigitalContactPointId: id } },
            body: email(index, 2),
          });
        }
        return t.client.PUT("/entities/{EntityId}/employments/{EmploymentId}", { params: { path: { EntityId, EmploymentId: id } }, body: job(index, 2) });
      }),
    );
    expect(updated.filter((result) => result.response.status !== 204)).toEqual([]);

    const afterUpdates = await listAll();
    const byId = new Map<string, string>([
      ...afterUpdates.phones.map((item) => [item.id, item.number] as const),
      ...afterUpdates.emails.map((item) => [item.id, item.value] as const),
      ...afterUpdates.jobs.map((item) => [item.id, item.employerName] as const),
    ]);
    expect(byId.size).toBe(1000);
    for (const index of indexes) {
      const expected = index % 3 === 0 ? phone(index, 2).number : index % 3 === 1 ? email(index, 2).value : job(index, 2).employerName;
      expect(byId.get(ids[index] ?? "")).toBe(expected);
    }
  });
});

import type { RawUniversalConfig } from "@redocly/openapi-core";

/** Members of the client beside the generated methods; an operationId may not take one of these names. */
export const clientMembers = ["GET", "PUT", "POST", "DELETE", "paginate"] as const;

/** The arguments flattened into a generated method: path and query parameters, plus `body`. */
export const flattenedLocations: readonly string[] = ["path", "query"];

type Node = Record<string, unknown>;
type Location = { child(path: (string | number)[]): Location };
type Context = {
  report(problem: { message: string; location: Location }): void;
  resolve(node: unknown): { node: unknown };
  location: Location;
  parentLocations: Record<string, Location>;
};

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Refuses what cannot become a method `client.<operationId>({ …path, …query, body }, options)`:
 * an operationId that is no identifier or shadows a client member, two flattened parameters of
 * one name (`id` in the path and in the query), and a parameter named `body`.
 */
function methodArguments() {
  return {
    PathItem: {
      Operation: {
        enter(operation: Node, context: Context, parents: { PathItem?: Node }) {
          const id = typeof operation.operationId === "string" ? operation.operationId : undefined;
          if (id !== undefined && (!identifier.test(id) || (clientMembers as readonly string[]).includes(id))) {
            context.report({
              message: `operationId "${id}" cannot name a client method: use an identifier other than ${clientMembers.join(", ")}.`,
              location: context.location.child(["operationId"]),
            });
          }
          const pathLevel = (parents.PathItem?.parameters ?? []) as unknown[];
          const own = (operation.parameters ?? []) as unknown[];
          // Operation-level parameters override path-level ones of the same name and location.
          const effective = new Map<string, { name: string; where: string; location: Location }>();
          const add = (list: unknown[], base: Location) =>
            list.forEach((raw, index) => {
              const param = context.resolve(raw).node as Node | undefined;
              if (typeof param?.name !== "string" || typeof param.in !== "string" || !flattenedLocations.includes(param.in)) return;
              effective.set(`${param.in}:${param.name}`, { name: param.name, where: param.in, location: base.child(["parameters", index]) });
            });
          add(pathLevel, context.parentLocations.PathItem ?? context.location);
          add(own, context.location);
          const byName = new Map<string, string>();
          const label = id ?? "this operation";
          for (const { name, where, location } of effective.values()) {
            if (name === "body") {
              context.report({
                message: `${label}: the ${where} parameter "body" clashes with the request body argument of ${label}({ …, body }); rename the parameter.`,
                location,
              });
            }
            const earlier = byName.get(name);
            if (earlier !== undefined) {
              context.report({
                message: `${label}: parameter "${name}" is declared in ${earlier} and in ${where}; ${label}({ ${name} }) could not tell them apart. Rename one.`,
                location,
              });
            }
            byName.set(name, where);
          }
        },
      },
    },
  };
}

/** The Redocly plugin holding the generator's own rules. */
export const generatorPlugin: Exclude<NonNullable<RawUniversalConfig["plugins"]>[number], string> = {
  id: "generator",
  rules: { oas3: { "method-arguments": methodArguments as never } },
};

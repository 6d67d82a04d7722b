import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { canonicalConfiguration, priceConfiguration, validateConfiguration, type Configuration, type ConfigurationError } from "@/lib/domain/configuration";
import { AppError, NotFoundError } from "@/lib/errors";
import { loadOptions, toRules } from "./option-rules";

export type ConfigurationCheck =
  | { ok: true; configuration: Configuration; unitPrice: number }
  | { ok: false; errors: ConfigurationError[] };

/**
 * The server's word on a configuration of a product: the rule violations, or the canonical
 * configuration with its exact unit price (list price + deltas, base currency, tax-exclusive).
 * Quote and order lines store exactly this.
 */
export async function checkConfiguration({ actor, productId, configuration }: { actor: Actor; productId: string; configuration: Configuration }): Promise<ConfigurationCheck> {
  assertCan(actor, "catalog.read");
  const product = await loadOptions(db, productId);
  if (!product) throw new NotFoundError();
  if (!product.configurable) throw new AppError("catalog.notConfigurable");
  const rules = toRules(product.optionGroups);
  const errors = validateConfiguration(rules, configuration);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, configuration: canonicalConfiguration(rules, configuration), unitPrice: priceConfiguration(product.listPrice, rules, configuration) };
}

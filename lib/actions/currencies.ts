"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { createCurrency } from "@/lib/pricing/currencies/create-currency";
import { deleteExchangeRate } from "@/lib/pricing/currencies/delete-exchange-rate";
import { importExchangeRates, type RatesImportReport } from "@/lib/pricing/currencies/import-exchange-rates";
import { setCurrencyEnabled } from "@/lib/pricing/currencies/set-currency-enabled";
import { upsertExchangeRate, type RateWrite } from "@/lib/pricing/currencies/upsert-exchange-rate";
import { CurrencyCreateInput, CurrencyEnabledInput, ExchangeRateDeleteInput, ExchangeRateInput, RatesImportInput } from "@/lib/validation/currency";

const CURRENCIES = "/app/pricing/currencies";

export async function setCurrencyEnabledAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await door(CurrencyEnabledInput, formObject(form), "currency.manage", async (actor, input) => {
    await setCurrencyEnabled({ actor, ...input });
    return undefined;
  });
  if (state?.ok) revalidatePath(CURRENCIES, "layout");
  return state;
}

/** One dated rate; a second one for the same day replaces it. */
export async function saveExchangeRateAction(_prev: ActionState<RateWrite>, form: FormData): Promise<ActionState<RateWrite>> {
  const state = await door(ExchangeRateInput, formObject(form), "currency.manage", (actor, input) => upsertExchangeRate({ actor, input }));
  if (!state?.ok) return state;
  revalidatePath(CURRENCIES, "layout");
  const t = await getTranslations("pricing");
  return { ...state, message: t(`rates.result.${state.data ?? "created"}`) };
}

export async function deleteExchangeRateAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await door(ExchangeRateDeleteInput, formObject(form), "currency.manage", async (actor, input) => {
    await deleteExchangeRate({ actor, ...input });
    return undefined;
  });
  if (state?.ok) revalidatePath(CURRENCIES, "layout");
  return state;
}

export async function createCurrencyAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await door(CurrencyCreateInput, formObject(form), "currency.manage", async (actor, input) => {
    await createCurrency({ actor, input });
    return undefined;
  });
  if (!state?.ok) return state;
  revalidatePath(CURRENCIES, "layout");
  const t = await getTranslations("pricing");
  return { ...state, message: t("currencies.added") };
}

/** CSV of rates: a dry run reports per-row errors; an import writes all rows or none. */
export async function importRatesAction(_prev: ActionState<RatesImportReport>, form: FormData): Promise<ActionState<RatesImportReport>> {
  const state = await door(RatesImportInput, formObject(form), "currency.manage", async (actor, input) => importExchangeRates({ actor, text: await input.file.text(), mode: input.mode }));
  if (state?.ok && state.data?.mode === "import") revalidatePath(CURRENCIES, "layout");
  return state;
}

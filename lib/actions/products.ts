"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { deleteProductImage } from "@/lib/catalog/images/delete-product-image";
import { moveProductImage } from "@/lib/catalog/images/move-product-image";
import { storeProductImage } from "@/lib/catalog/images/store-product-image";
import { checkConfiguration, type ConfigurationCheck } from "@/lib/catalog/options/check-configuration";
import { saveOptionGroups } from "@/lib/catalog/options/save-option-groups";
import { findBaseCurrency } from "@/lib/catalog/products/base-currency";
import { createProduct } from "@/lib/catalog/products/create-product";
import { updateProduct } from "@/lib/catalog/products/update-product";
import { addAttributeValues } from "@/lib/catalog/variants/add-attribute-values";
import { addVariantAttribute } from "@/lib/catalog/variants/add-variant-attribute";
import { deleteAttributeValue, deleteVariantAttribute } from "@/lib/catalog/variants/delete-variant-attribute";
import { generateVariants } from "@/lib/catalog/variants/generate-variants";
import {
  AttributeCreateInput,
  AttributeDeleteInput,
  AttributeValueDeleteInput,
  AttributeValuesAddInput,
  CheckConfigurationInput,
  GenerateVariantsInput,
  optionGroupsSchema,
  productCreateSchema,
  ProductImageInput,
  ProductImageMoveInput,
  ProductImageUploadInput,
  productUpdateSchema,
} from "@/lib/validation/product";
import { invalidatePublicCatalog } from "@/lib/public-catalog/invalidate";

const productPath = (id: string) => `/app/catalog/products/${id}`;

function revalidateProduct(id: string) {
  revalidatePath(productPath(id), "layout");
  revalidatePath("/app/catalog/products");
  invalidatePublicCatalog();
}

/** New product; on success to its page. Money is parsed in the company's base currency. */
export async function createProductAction(_prev: ActionState<{ id: string }>, form: FormData): Promise<ActionState<{ id: string }>> {
  const schema = productCreateSchema(await findBaseCurrency());
  const state = await door(schema, formObject(form), "catalog.manage", (actor, input) => createProduct({ actor, input }));
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/catalog", "layout");
  invalidatePublicCatalog();
  // Outside any try: redirect() works by throwing.
  redirect(`${productPath(state.data.id)}?created=1`);
}

export async function updateProductAction(_prev: ActionState<{ id: string }>, form: FormData): Promise<ActionState<{ id: string }>> {
  const schema = productUpdateSchema(await findBaseCurrency());
  const state = await door(schema, formObject(form), "catalog.manage", (actor, input) => updateProduct({ actor, input }));
  if (!state?.ok || !state.data) return state;
  revalidateProduct(state.data.id);
  const t = await getTranslations("products");
  return { ok: true, data: { id: state.data.id }, message: state.data.changed ? t("saved") : t("unchanged") };
}

// ── Variants ──

export async function addVariantAttributeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return door(AttributeCreateInput, formObject(form), "catalog.manage", async (actor, input) => {
    await addVariantAttribute({ actor, input });
    revalidateProduct(input.productId);
    return undefined;
  });
}

export async function addAttributeValuesAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const productId = String(form.get("productId") ?? "");
  return door(AttributeValuesAddInput, formObject(form), "catalog.manage", async (actor, input) => {
    await addAttributeValues({ actor, attributeId: input.attributeId, values: input.values });
    if (productId) revalidateProduct(productId);
    return undefined;
  });
}

export async function deleteVariantAttributeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const productId = String(form.get("productId") ?? "");
  return door(AttributeDeleteInput, formObject(form), "catalog.manage", async (actor, input) => {
    await deleteVariantAttribute({ actor, attributeId: input.attributeId });
    if (productId) revalidateProduct(productId);
    return undefined;
  });
}

export async function deleteAttributeValueAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const productId = String(form.get("productId") ?? "");
  return door(AttributeValueDeleteInput, formObject(form), "catalog.manage", async (actor, input) => {
    await deleteAttributeValue({ actor, valueId: input.valueId });
    if (productId) revalidateProduct(productId);
    return undefined;
  });
}

export async function generateVariantsAction(_prev: ActionState<{ count: number }>, form: FormData): Promise<ActionState<{ count: number }>> {
  return door(GenerateVariantsInput, formObject(form), "catalog.manage", async (actor, input) => {
    const requests = input.combo.map((key, i) => ({ valueIds: key.split("."), sku: input.sku[i] }));
    const { ids } = await generateVariants({ actor, productId: input.productId, requests });
    revalidateProduct(input.productId);
    return { count: ids.length };
  });
}

// ── Configure-to-order ──

export async function saveOptionGroupsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const schema = optionGroupsSchema(await findBaseCurrency());
  return door(schema, formObject(form), "catalog.manage", async (actor, input) => {
    await saveOptionGroups({ actor, productId: input.productId, groups: input.groups });
    revalidateProduct(input.productId);
    return undefined;
  });
}

/** The server's check of a configuration (rules and price); anyone who may read the catalog. */
export async function checkConfigurationAction(input: unknown): Promise<ActionState<ConfigurationCheck>> {
  return door(CheckConfigurationInput, input, "catalog.read", (actor, data) => checkConfiguration({ actor, productId: data.productId, configuration: data.configuration }));
}

// ── Images ──

export async function uploadProductImageAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return door(ProductImageUploadInput, formObject(form), "catalog.manage", async (actor, input) => {
    const bytes = new Uint8Array(await input.image.arrayBuffer());
    await storeProductImage({ actor, productId: input.productId, bytes });
    revalidateProduct(input.productId);
    return undefined;
  });
}

export async function deleteProductImageAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return door(ProductImageInput, formObject(form), "catalog.manage", async (actor, input) => {
    revalidateProduct(await deleteProductImage({ actor, id: input.id }));
    return undefined;
  });
}

export async function moveProductImageAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return door(ProductImageMoveInput, formObject(form), "catalog.manage", async (actor, input) => {
    revalidateProduct(await moveProductImage({ actor, id: input.id, direction: input.direction }));
    return undefined;
  });
}

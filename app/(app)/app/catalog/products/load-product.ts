import "server-only";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { findProduct } from "@/lib/catalog/products/find-product";
import { NotFoundError } from "@/lib/errors";

/** The product for a page, or the 404 page (unknown id and no permission look the same). */
export async function loadProduct(actor: Actor, id: string) {
  try {
    return await findProduct({ actor, id });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

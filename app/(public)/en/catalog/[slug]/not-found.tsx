import { ProductNotFound } from "@/components/public/product-not-found";

export default function NotFound() {
  return <ProductNotFound />;
}

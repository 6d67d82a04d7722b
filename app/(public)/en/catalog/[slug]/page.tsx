import { ProductPage, productMetadata } from "@/components/public/product-page";

type Props = { params: Promise<{ slug: string }> };

export const generateMetadata = ({ params }: Props) => productMetadata("en", params);

export default function Page({ params }: Props) {
  return <ProductPage locale="en" params={params} />;
}

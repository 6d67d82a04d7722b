import { ProductPage, productMetadata } from "@/components/public/product-page";

type Props = { params: Promise<{ slug: string }> };

export const generateMetadata = ({ params }: Props) => productMetadata("zh-CN", params);

export default function Page({ params }: Props) {
  return <ProductPage locale="zh-CN" params={params} />;
}

import { CatalogListPage, catalogListMetadata } from "@/components/public/catalog-list-page";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = ({ searchParams }: Props) => catalogListMetadata("en", searchParams);

export default function Page({ searchParams }: Props) {
  return <CatalogListPage locale="en" searchParams={searchParams} />;
}

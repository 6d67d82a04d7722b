"use client";

import { useState } from "react";
import { initialSelection, ProductConfigurator, type PublicProductView } from "./product-configurator";

/** The product page's interactive part: the configuration the visitor builds. */
export function ProductBuy({ product }: { product: PublicProductView }) {
  const [selection, setSelection] = useState(() => initialSelection(product));
  return (
    <div className="space-y-6">
      <ProductConfigurator product={product} selection={selection} onChange={setSelection} />
    </div>
  );
}

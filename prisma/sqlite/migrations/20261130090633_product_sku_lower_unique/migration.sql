-- SKUs are unique regardless of letter case (the app checks with lower("sku") = lower($1);
-- this index makes that lookup fast and lets the database refuse a race the check missed).
-- An expression index Prisma's schema language cannot state, so it lives only here.
CREATE UNIQUE INDEX "Product_sku_lower_key" ON "Product" (lower("sku"));

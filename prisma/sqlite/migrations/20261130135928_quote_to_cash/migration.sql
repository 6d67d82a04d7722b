-- CreateTable
CREATE TABLE "Quote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "contactId" TEXT,
    "opportunityId" TEXT,
    "ownerId" TEXT NOT NULL,
    "teamId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "currentRevision" INTEGER NOT NULL DEFAULT 1,
    "title" TEXT NOT NULL DEFAULT '',
    "currencyCode" TEXT NOT NULL,
    "total" BIGINT NOT NULL DEFAULT 0,
    "totalBase" BIGINT NOT NULL DEFAULT 0,
    "validUntil" TEXT NOT NULL,
    "sentAt" DATETIME,
    "decidedAt" DATETIME,
    "rejectReason" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Quote_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Quote_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Quote_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuoteRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "quoteId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "currencyCode" TEXT NOT NULL,
    "exchangeRate" TEXT NOT NULL DEFAULT '1',
    "priceListId" TEXT,
    "pricesIncludeTax" BOOLEAN NOT NULL DEFAULT false,
    "validUntil" TEXT NOT NULL,
    "paymentTermsDays" INTEGER NOT NULL DEFAULT 30,
    "notes" TEXT NOT NULL DEFAULT '',
    "terms" TEXT NOT NULL DEFAULT '',
    "subtotal" BIGINT NOT NULL DEFAULT 0,
    "taxTotal" BIGINT NOT NULL DEFAULT 0,
    "total" BIGINT NOT NULL DEFAULT 0,
    "totalBase" BIGINT NOT NULL DEFAULT 0,
    "maxDiscountBp" INTEGER NOT NULL DEFAULT 0,
    "approvalStatus" TEXT NOT NULL DEFAULT 'none',
    "approvalComment" TEXT NOT NULL DEFAULT '',
    "approvedById" TEXT,
    "approvalAt" DATETIME,
    "sentAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QuoteRevision_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuoteLine" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "revisionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "productId" TEXT,
    "description" TEXT NOT NULL,
    "configuration" TEXT NOT NULL DEFAULT '',
    "uom" TEXT NOT NULL DEFAULT 'EA',
    "quantity" INTEGER NOT NULL,
    "unitPrice" INTEGER NOT NULL,
    "discountBp" INTEGER NOT NULL DEFAULT 0,
    "vatRateBp" INTEGER NOT NULL,
    "unitCost" INTEGER NOT NULL DEFAULT 0,
    "net" BIGINT NOT NULL,
    "tax" BIGINT NOT NULL,
    "gross" BIGINT NOT NULL,
    CONSTRAINT "QuoteLine_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "QuoteRevision" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuoteLine_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SalesOrder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" TEXT,
    "accountId" TEXT NOT NULL,
    "contactId" TEXT,
    "quoteId" TEXT,
    "opportunityId" TEXT,
    "ownerId" TEXT NOT NULL,
    "teamId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "deliveryStatus" TEXT NOT NULL DEFAULT 'none',
    "invoiceStatus" TEXT NOT NULL DEFAULT 'none',
    "warehouseId" TEXT NOT NULL,
    "currencyCode" TEXT NOT NULL,
    "exchangeRate" TEXT NOT NULL DEFAULT '1',
    "priceListId" TEXT,
    "pricesIncludeTax" BOOLEAN NOT NULL DEFAULT false,
    "orderDate" TEXT NOT NULL,
    "requestedDate" TEXT NOT NULL DEFAULT '',
    "paymentTermsDays" INTEGER NOT NULL DEFAULT 30,
    "customerReference" TEXT NOT NULL DEFAULT '',
    "shippingAddress" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "subtotal" BIGINT NOT NULL DEFAULT 0,
    "taxTotal" BIGINT NOT NULL DEFAULT 0,
    "total" BIGINT NOT NULL DEFAULT 0,
    "totalBase" BIGINT NOT NULL DEFAULT 0,
    "prepaymentRequired" BIGINT NOT NULL DEFAULT 0,
    "creditHold" BOOLEAN NOT NULL DEFAULT false,
    "creditHoldReason" TEXT NOT NULL DEFAULT '',
    "creditHoldAt" DATETIME,
    "creditReleasedById" TEXT,
    "creditReleasedAt" DATETIME,
    "creditReleaseReason" TEXT NOT NULL DEFAULT '',
    "creditReleasedExposure" BIGINT,
    "creditWarning" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "confirmedAt" DATETIME,
    "confirmedById" TEXT,
    "cancelledAt" DATETIME,
    "cancelReason" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SalesOrder_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SalesOrder_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SalesOrder_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SalesOrder_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SalesOrderLine" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orderId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "productId" TEXT,
    "description" TEXT NOT NULL,
    "configuration" TEXT NOT NULL DEFAULT '',
    "uom" TEXT NOT NULL DEFAULT 'EA',
    "stockTracked" BOOLEAN NOT NULL DEFAULT false,
    "quantity" INTEGER NOT NULL,
    "unitPrice" INTEGER NOT NULL,
    "discountBp" INTEGER NOT NULL DEFAULT 0,
    "vatRateBp" INTEGER NOT NULL,
    "unitCost" INTEGER NOT NULL DEFAULT 0,
    "net" BIGINT NOT NULL,
    "tax" BIGINT NOT NULL,
    "gross" BIGINT NOT NULL,
    "reservedQty" INTEGER NOT NULL DEFAULT 0,
    "deliveredQty" INTEGER NOT NULL DEFAULT 0,
    "returnedQty" INTEGER NOT NULL DEFAULT 0,
    "invoicedQty" INTEGER NOT NULL DEFAULT 0,
    "creditedQty" INTEGER NOT NULL DEFAULT 0,
    "cancelledQty" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "SalesOrderLine_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "SalesOrder" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SalesOrderLine_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SalesOrderChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orderId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "changes" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "changedById" TEXT NOT NULL,
    "changedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SalesOrderChange_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "SalesOrder" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "warehouseId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "deliveryDate" TEXT NOT NULL,
    "shippingAddress" TEXT NOT NULL DEFAULT '',
    "carrier" TEXT NOT NULL DEFAULT '',
    "trackingNumber" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "stockOperationId" TEXT,
    "postedAt" DATETIME,
    "postedById" TEXT,
    "receivedDate" TEXT,
    "receivedBy" TEXT NOT NULL DEFAULT '',
    "receiptNote" TEXT NOT NULL DEFAULT '',
    "receiptFile" TEXT,
    "receiptFileType" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Delivery_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeliveryLine" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deliveryId" TEXT NOT NULL,
    "orderLineId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unitCost" INTEGER NOT NULL DEFAULT 0,
    "returnedQty" INTEGER NOT NULL DEFAULT 0,
    "invoicedQty" INTEGER NOT NULL DEFAULT 0,
    "creditedQty" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "DeliveryLine_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "Delivery" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DeliveryLine_orderLineId_fkey" FOREIGN KEY ("orderLineId") REFERENCES "SalesOrderLine" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SalesReturn" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "deliveryId" TEXT NOT NULL,
    "warehouseId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "returnDate" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "stockOperationId" TEXT,
    "creditNoteId" TEXT,
    "postedAt" DATETIME,
    "postedById" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SalesReturn_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SalesReturn_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "Delivery" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SalesReturnLine" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "returnId" TEXT NOT NULL,
    "deliveryLineId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "disposition" TEXT NOT NULL DEFAULT 'restock',
    "unitCost" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "SalesReturnLine_returnId_fkey" FOREIGN KEY ("returnId") REFERENCES "SalesReturn" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SalesReturnLine_deliveryLineId_fkey" FOREIGN KEY ("deliveryLineId") REFERENCES "DeliveryLine" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL DEFAULT 'INVOICE',
    "number" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "accountId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "teamId" TEXT,
    "currencyCode" TEXT NOT NULL,
    "exchangeRate" TEXT NOT NULL DEFAULT '1',
    "pricesIncludeTax" BOOLEAN NOT NULL DEFAULT false,
    "issueDate" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "paymentTermsDays" INTEGER NOT NULL DEFAULT 30,
    "buyerReference" TEXT NOT NULL DEFAULT '',
    "orderReference" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "buyerName" TEXT NOT NULL DEFAULT '',
    "buyerTaxId" TEXT NOT NULL DEFAULT '',
    "buyerAddress" TEXT NOT NULL DEFAULT '',
    "subtotal" BIGINT NOT NULL DEFAULT 0,
    "taxTotal" BIGINT NOT NULL DEFAULT 0,
    "total" BIGINT NOT NULL DEFAULT 0,
    "totalBase" BIGINT NOT NULL DEFAULT 0,
    "originalInvoiceId" TEXT,
    "creditReason" TEXT NOT NULL DEFAULT '',
    "cashSale" BOOLEAN NOT NULL DEFAULT false,
    "einvoiceProvider" TEXT NOT NULL DEFAULT '',
    "einvoiceStatus" TEXT NOT NULL DEFAULT '',
    "einvoiceRef" TEXT NOT NULL DEFAULT '',
    "issuedAt" DATETIME,
    "issuedById" TEXT,
    "voidedAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Invoice_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Invoice_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Invoice_originalInvoiceId_fkey" FOREIGN KEY ("originalInvoiceId") REFERENCES "Invoice" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InvoiceLine" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "invoiceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "orderLineId" TEXT,
    "deliveryLineId" TEXT,
    "originalLineId" TEXT,
    "productId" TEXT,
    "description" TEXT NOT NULL,
    "uom" TEXT NOT NULL DEFAULT 'EA',
    "quantity" INTEGER NOT NULL,
    "unitPrice" INTEGER NOT NULL,
    "discountBp" INTEGER NOT NULL DEFAULT 0,
    "vatRateBp" INTEGER NOT NULL,
    "vatCategory" TEXT NOT NULL DEFAULT 'S',
    "unitCost" INTEGER NOT NULL DEFAULT 0,
    "net" BIGINT NOT NULL,
    "tax" BIGINT NOT NULL,
    "gross" BIGINT NOT NULL,
    CONSTRAINT "InvoiceLine_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InvoiceLine_orderLineId_fkey" FOREIGN KEY ("orderLineId") REFERENCES "SalesOrderLine" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InvoiceLine_deliveryLineId_fkey" FOREIGN KEY ("deliveryLineId") REFERENCES "DeliveryLine" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InvoiceLine_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "orderId" TEXT,
    "amount" BIGINT NOT NULL,
    "currencyCode" TEXT NOT NULL,
    "exchangeRate" TEXT NOT NULL DEFAULT '1',
    "amountBase" BIGINT NOT NULL,
    "method" TEXT NOT NULL,
    "paymentDate" TEXT NOT NULL,
    "reference" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "refundOfPaymentId" TEXT,
    "refundOfCreditId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Payment_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Payment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "SalesOrder" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Payment_refundOfPaymentId_fkey" FOREIGN KEY ("refundOfPaymentId") REFERENCES "Payment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Payment_refundOfCreditId_fkey" FOREIGN KEY ("refundOfCreditId") REFERENCES "Invoice" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Allocation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "paymentId" TEXT,
    "creditNoteId" TEXT,
    "amount" BIGINT NOT NULL,
    "currencyCode" TEXT NOT NULL,
    "allocatedAt" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Allocation_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Allocation_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Allocation_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Allocation_creditNoteId_fkey" FOREIGN KEY ("creditNoteId") REFERENCES "Invoice" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReceivableEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "entryDate" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "documentType" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "currencyCode" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "amountBase" BIGINT NOT NULL,
    "dueDate" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReceivableEntry_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "resourceType" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("scope", "key")
);

-- CreateTable
CREATE TABLE "SalesFact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "invoiceId" TEXT NOT NULL,
    "invoiceLineId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "factDate" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "region" TEXT NOT NULL DEFAULT '',
    "province" TEXT NOT NULL DEFAULT '',
    "categoryId" TEXT,
    "productId" TEXT,
    "ownerId" TEXT NOT NULL,
    "teamId" TEXT,
    "currencyCode" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "revenue" BIGINT NOT NULL,
    "revenueBase" BIGINT NOT NULL,
    "taxBase" BIGINT NOT NULL,
    "costBase" BIGINT NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Company" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'company',
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "taxId" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "baseCurrency" TEXT NOT NULL DEFAULT 'CNY',
    "defaultVatRateBp" INTEGER NOT NULL DEFAULT 1300,
    "logoPath" TEXT,
    "setupCompletedAt" DATETIME,
    "leadAssignment" TEXT NOT NULL DEFAULT 'region',
    "leadRoundRobinTeamId" TEXT,
    "leadRoundRobinLastUserId" TEXT,
    "leadDefaultOwnerId" TEXT,
    "countryCode" TEXT NOT NULL DEFAULT 'CN',
    "bankDetails" TEXT NOT NULL DEFAULT '',
    "quoteValidityDays" INTEGER NOT NULL DEFAULT 30,
    "quoteTerms" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Company" ("address", "baseCurrency", "createdAt", "defaultVatRateBp", "email", "id", "leadAssignment", "leadDefaultOwnerId", "leadRoundRobinLastUserId", "leadRoundRobinTeamId", "logoPath", "name", "phone", "setupCompletedAt", "taxId", "updatedAt") SELECT "address", "baseCurrency", "createdAt", "defaultVatRateBp", "email", "id", "leadAssignment", "leadDefaultOwnerId", "leadRoundRobinLastUserId", "leadRoundRobinTeamId", "logoPath", "name", "phone", "setupCompletedAt", "taxId", "updatedAt" FROM "Company";
DROP TABLE "Company";
ALTER TABLE "new_Company" RENAME TO "Company";
CREATE TABLE "new_Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'customer',
    "industry" TEXT NOT NULL DEFAULT '',
    "region" TEXT NOT NULL DEFAULT '',
    "province" TEXT NOT NULL DEFAULT '',
    "city" TEXT NOT NULL DEFAULT '',
    "billingAddress" TEXT NOT NULL DEFAULT '',
    "shippingAddress" TEXT NOT NULL DEFAULT '',
    "taxId" TEXT NOT NULL DEFAULT '',
    "ownerId" TEXT NOT NULL,
    "teamId" TEXT,
    "paymentTermsDays" INTEGER NOT NULL DEFAULT 30,
    "creditLimit" INTEGER,
    "priceListId" TEXT,
    "creditOverdueDays" INTEGER NOT NULL DEFAULT 0,
    "creditCheckAt" TEXT NOT NULL DEFAULT 'confirm',
    "creditAction" TEXT NOT NULL DEFAULT 'hold',
    "prepaymentBp" INTEGER NOT NULL DEFAULT 0,
    "countryCode" TEXT NOT NULL DEFAULT 'CN',
    "tags" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'active',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Account_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Account_priceListId_fkey" FOREIGN KEY ("priceListId") REFERENCES "PriceList" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Account" ("billingAddress", "city", "code", "createdAt", "creditLimit", "id", "industry", "name", "ownerId", "paymentTermsDays", "priceListId", "province", "region", "shippingAddress", "status", "tags", "taxId", "teamId", "type", "updatedAt") SELECT "billingAddress", "city", "code", "createdAt", "creditLimit", "id", "industry", "name", "ownerId", "paymentTermsDays", "priceListId", "province", "region", "shippingAddress", "status", "tags", "taxId", "teamId", "type", "updatedAt" FROM "Account";
DROP TABLE "Account";
ALTER TABLE "new_Account" RENAME TO "Account";
CREATE UNIQUE INDEX "Account_code_key" ON "Account"("code");
CREATE INDEX "Account_ownerId_idx" ON "Account"("ownerId");
CREATE INDEX "Account_name_idx" ON "Account"("name");
CREATE INDEX "Account_code_idx" ON "Account"("code");
CREATE INDEX "Account_updatedAt_idx" ON "Account"("updatedAt");
CREATE INDEX "Account_teamId_idx" ON "Account"("teamId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Quote_number_key" ON "Quote"("number");

-- CreateIndex
CREATE INDEX "Quote_accountId_idx" ON "Quote"("accountId");

-- CreateIndex
CREATE INDEX "Quote_ownerId_status_idx" ON "Quote"("ownerId", "status");

-- CreateIndex
CREATE INDEX "Quote_status_validUntil_idx" ON "Quote"("status", "validUntil");

-- CreateIndex
CREATE INDEX "Quote_opportunityId_idx" ON "Quote"("opportunityId");

-- CreateIndex
CREATE INDEX "Quote_createdAt_idx" ON "Quote"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "QuoteRevision_quoteId_revision_key" ON "QuoteRevision"("quoteId", "revision");

-- CreateIndex
CREATE INDEX "QuoteLine_revisionId_position_idx" ON "QuoteLine"("revisionId", "position");

-- CreateIndex
CREATE INDEX "QuoteLine_productId_idx" ON "QuoteLine"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "SalesOrder_number_key" ON "SalesOrder"("number");

-- CreateIndex
CREATE UNIQUE INDEX "SalesOrder_quoteId_key" ON "SalesOrder"("quoteId");

-- CreateIndex
CREATE INDEX "SalesOrder_accountId_status_idx" ON "SalesOrder"("accountId", "status");

-- CreateIndex
CREATE INDEX "SalesOrder_ownerId_status_idx" ON "SalesOrder"("ownerId", "status");

-- CreateIndex
CREATE INDEX "SalesOrder_status_deliveryStatus_idx" ON "SalesOrder"("status", "deliveryStatus");

-- CreateIndex
CREATE INDEX "SalesOrder_status_invoiceStatus_idx" ON "SalesOrder"("status", "invoiceStatus");

-- CreateIndex
CREATE INDEX "SalesOrder_creditHold_idx" ON "SalesOrder"("creditHold");

-- CreateIndex
CREATE INDEX "SalesOrder_orderDate_idx" ON "SalesOrder"("orderDate");

-- CreateIndex
CREATE INDEX "SalesOrderLine_orderId_position_idx" ON "SalesOrderLine"("orderId", "position");

-- CreateIndex
CREATE INDEX "SalesOrderLine_productId_idx" ON "SalesOrderLine"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "SalesOrderChange_orderId_version_key" ON "SalesOrderChange"("orderId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_number_key" ON "Delivery"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_stockOperationId_key" ON "Delivery"("stockOperationId");

-- CreateIndex
CREATE INDEX "Delivery_accountId_status_idx" ON "Delivery"("accountId", "status");

-- CreateIndex
CREATE INDEX "Delivery_status_deliveryDate_idx" ON "Delivery"("status", "deliveryDate");

-- CreateIndex
CREATE INDEX "DeliveryLine_deliveryId_position_idx" ON "DeliveryLine"("deliveryId", "position");

-- CreateIndex
CREATE INDEX "DeliveryLine_orderLineId_idx" ON "DeliveryLine"("orderLineId");

-- CreateIndex
CREATE UNIQUE INDEX "SalesReturn_number_key" ON "SalesReturn"("number");

-- CreateIndex
CREATE UNIQUE INDEX "SalesReturn_stockOperationId_key" ON "SalesReturn"("stockOperationId");

-- CreateIndex
CREATE UNIQUE INDEX "SalesReturn_creditNoteId_key" ON "SalesReturn"("creditNoteId");

-- CreateIndex
CREATE INDEX "SalesReturn_accountId_status_idx" ON "SalesReturn"("accountId", "status");

-- CreateIndex
CREATE INDEX "SalesReturn_deliveryId_idx" ON "SalesReturn"("deliveryId");

-- CreateIndex
CREATE INDEX "SalesReturnLine_returnId_idx" ON "SalesReturnLine"("returnId");

-- CreateIndex
CREATE INDEX "SalesReturnLine_deliveryLineId_idx" ON "SalesReturnLine"("deliveryLineId");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_number_key" ON "Invoice"("number");

-- CreateIndex
CREATE INDEX "Invoice_accountId_status_idx" ON "Invoice"("accountId", "status");

-- CreateIndex
CREATE INDEX "Invoice_kind_status_issueDate_idx" ON "Invoice"("kind", "status", "issueDate");

-- CreateIndex
CREATE INDEX "Invoice_status_dueDate_idx" ON "Invoice"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Invoice_ownerId_idx" ON "Invoice"("ownerId");

-- CreateIndex
CREATE INDEX "Invoice_originalInvoiceId_idx" ON "Invoice"("originalInvoiceId");

-- CreateIndex
CREATE INDEX "InvoiceLine_invoiceId_position_idx" ON "InvoiceLine"("invoiceId", "position");

-- CreateIndex
CREATE INDEX "InvoiceLine_orderLineId_idx" ON "InvoiceLine"("orderLineId");

-- CreateIndex
CREATE INDEX "InvoiceLine_deliveryLineId_idx" ON "InvoiceLine"("deliveryLineId");

-- CreateIndex
CREATE INDEX "InvoiceLine_originalLineId_idx" ON "InvoiceLine"("originalLineId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_number_key" ON "Payment"("number");

-- CreateIndex
CREATE INDEX "Payment_accountId_paymentDate_idx" ON "Payment"("accountId", "paymentDate");

-- CreateIndex
CREATE INDEX "Payment_orderId_idx" ON "Payment"("orderId");

-- CreateIndex
CREATE INDEX "Payment_kind_paymentDate_idx" ON "Payment"("kind", "paymentDate");

-- CreateIndex
CREATE INDEX "Allocation_invoiceId_idx" ON "Allocation"("invoiceId");

-- CreateIndex
CREATE INDEX "Allocation_paymentId_idx" ON "Allocation"("paymentId");

-- CreateIndex
CREATE INDEX "Allocation_creditNoteId_idx" ON "Allocation"("creditNoteId");

-- CreateIndex
CREATE INDEX "Allocation_accountId_allocatedAt_idx" ON "Allocation"("accountId", "allocatedAt");

-- CreateIndex
CREATE INDEX "ReceivableEntry_accountId_entryDate_idx" ON "ReceivableEntry"("accountId", "entryDate");

-- CreateIndex
CREATE INDEX "ReceivableEntry_entryDate_idx" ON "ReceivableEntry"("entryDate");

-- CreateIndex
CREATE UNIQUE INDEX "ReceivableEntry_documentType_documentId_key" ON "ReceivableEntry"("documentType", "documentId");

-- CreateIndex
CREATE INDEX "IdempotencyKey_createdAt_idx" ON "IdempotencyKey"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SalesFact_invoiceLineId_key" ON "SalesFact"("invoiceLineId");

-- CreateIndex
CREATE INDEX "SalesFact_factDate_accountId_idx" ON "SalesFact"("factDate", "accountId");

-- CreateIndex
CREATE INDEX "SalesFact_month_ownerId_idx" ON "SalesFact"("month", "ownerId");

-- CreateIndex
CREATE INDEX "SalesFact_month_productId_idx" ON "SalesFact"("month", "productId");

-- CreateIndex
CREATE INDEX "SalesFact_month_categoryId_idx" ON "SalesFact"("month", "categoryId");

-- CreateIndex
CREATE INDEX "SalesFact_month_region_idx" ON "SalesFact"("month", "region");

-- CreateIndex
CREATE INDEX "SalesFact_accountId_factDate_idx" ON "SalesFact"("accountId", "factDate");

-- CreateIndex
CREATE INDEX "SalesFact_invoiceId_idx" ON "SalesFact"("invoiceId");


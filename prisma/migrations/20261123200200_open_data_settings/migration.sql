-- CreateTable
CREATE TABLE "OpenDataSettings" (
    "id" TEXT NOT NULL DEFAULT 'open-data',
    "giving360Public" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OpenDataSettings_pkey" PRIMARY KEY ("id")
);


import { qJouren } from "./000-q-jouren";
import { relationsvaldscentrum } from "./001-relationsvaldscentrum";
import { struktureradSamverkan } from "./002-strukturerad-samverkan";
import { haningeKvinnojour } from "./003-haninge-kvinnojour";
import { samtalsgrupper } from "./004-samtalsgrupper";
import type { SourceDocumentSeed } from "./types";

/** The five source documents, in the order of their files. */
export const sourceDocuments: SourceDocumentSeed[] = [
  qJouren,
  relationsvaldscentrum,
  struktureradSamverkan,
  haningeKvinnojour,
  samtalsgrupper,
];

import { da } from './catalogs/da';
import { de } from './catalogs/de';
import { en } from './catalogs/en';
import { es } from './catalogs/es';
import { fi } from './catalogs/fi';
import { fr } from './catalogs/fr';
import { nl } from './catalogs/nl';
import { no } from './catalogs/no';
import { pt } from './catalogs/pt';
import { sv } from './catalogs/sv';
import type { Locale } from './locale';
import type { Messages } from './messages';

/** Every locale's catalog; `Record<Locale, Messages>` makes the compiler demand each one, complete. */
export const CATALOGS: Record<Locale, Messages> = { en, no, da, sv, fi, de, nl, pt, es, fr };

import { placeAt } from './places';
import { foldedSet, type Token } from './tokenize';
import { AT } from './work-model-words';

/**
 * Words of getting to a workplace ("public transport", "parking", "commute", "kollektivtrafik",
 * "ÖPNV", "transports en commun"): said of an office, it is where the worker comes in.
 */
const COMMUTE = foldedSet(`
  transport commute commuting parking parkering parkeringsplass parkeringsplads parkeringsplats parkplatz parkplatze
  parkmoglichkeiten öpnv verkehrsmittel verkehrsanbindung kollektivtrafik kollektivtransport kollektivtrafikk
  pendle pendla pendeln stationnement transports parcheggio aparcamiento estacionamento estacionamiento
  transporte trasporti parkeerplaats parkeergelegenheid vervoer mhd parkowanie parkoviště parkovisko parkolás
  parkolo parcare parcaj паркинг паркомясто parkiralište parkirišče pysäköinti joukkoliikenne parkla parkimine
  autostāvvieta stovėjimo ühistransport transportas
`);

/** "Daily", said of an office: where the worker comes in every day ("hvor du har din daglige gang"). */
const DAILY = foldedSet(`
  daily daglig daglige dagligen dagelijks dagelijkse täglich tägliche täglichen quotidien quotidienne quotidiano
  quotidiana diario diaria diariamente diário diária codziennie codzienny denně denní napi naponta zilnic zilnică
  päivittäin dnevno vsakodnevno ежедневно καθημερινά igapäevaselt ikdienā kasdien
`);

/** Whether a clause speaks of coming in daily. */
export function daily(tokens: Token[]): boolean {
  for (const t of tokens) if (DAILY.has(t.key)) return true;
  return false;
}

/** Whether a clause speaks of getting to the place ("excellent public transport connections", "free parking"). */
export function commuted(tokens: Token[]): boolean {
  for (const t of tokens) if (COMMUTE.has(t.key)) return true;
  return false;
}

/** Whether a place is named within `span` words from `from`, alone or after "in", "at" and the like. */
export function placeWithin(tokens: Token[], from: number, span: number): boolean {
  for (let j = from; j <= Math.min(tokens.length - 1, from + span); j++) {
    if (AT.has(tokens[j]?.key ?? '') && tokens[j + 1] && (placeAt(tokens, j + 1, false) || tokens[j + 1]?.upper))
      return true;
    if (placeAt(tokens, j, false)) return true;
  }
  return false;
}

import { foldedSet } from './tokenize';

// Words around "remote" that make it about the work, a product or other people, not about where
// the worker sits ("remote monitoring", "our remote developers", "software for remote teams").

/**
 * "Remote" about the work, not about where the worker sits: "remote monitoring", "remote support
 * to customers", "acceso remoto", "remote team members around the world" (other people).
 */
export const REMOTE_THINGS = foldedSet(`
  monitoring monitor sensing sensor sensors access control controlled controls diagnostics diagnosis desktop
  server servers patient patients area areas island islands communities community village villages locations
  sites site operation operations operated maintenance assistance troubleshooting members employees workers
  colleagues staff überwachung wartung zugriff zugang steuerung diagnose monitorización monitorizacion monitoreo
  acceso asistencia control controllo accesso assistenza monitoraggio acesso monitoramento assistência
  surveillance accès assistance fjernovervågning fjernstyring fjernstyrt soporte suporte supporto wsparcie
  dostęp monitorowanie sterowanie podpora přístup správa támogatás bewaking beheer toegang ondersteuning
  управление достъп πρόσβαση παρακολούθηση pristup nadzor valvonta etäyhteys
`);
/**
 * Said only after "remote": a far place ("a remote location"), other people ("our remote developers"), a
 * thing run from afar ("remote piloted aircraft"). Before it, "Location: Remote" is the work model.
 */
export const REMOTE_THINGS_AFTER = foldedSet(`
  location place places region regions developers engineers contractors freelancers people piloted pilot pilots
  device devices equipment facility facilities station stations terminal terminals assets
`);
/** What a product is, before "for remote teams". */
export const PRODUCT = foldedSet('software tool tools platform platforms app apps solution solutions product products');
/** "A fully distributed team / company": a team without an office. */
export const DISTRIBUTED_WHAT = foldedSet('team teams company workforce organization organisation');
/** "Remote support to/for customers": a service given at a distance. */
export const SERVICE = foldedSet('support service services help helpdesk');
export const FOR_SOMEONE = foldedSet('to for of til för für pour para per');

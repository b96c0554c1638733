/** SES's default sending rate (emails per second) for a new production account: the config's default. */
export const defaultSesRatePerSecond = 14;

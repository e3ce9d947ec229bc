import type { PaperSize } from '../../../../shared/contract';

/** Regions that print on Letter paper; everywhere else uses A4. */
const LETTER_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'CL',
  'CO',
  'VE',
  'PR',
  'GT',
  'CR',
  'PA',
  'DO',
  'SV',
  'NI',
  'HN',
]);

/** The paper a reader most likely has, from their language tag (`en-US` → Letter, `fr-FR` → A4). */
export function defaultPaper(languageTag: string): PaperSize {
  const region = /[-_]([A-Za-z]{2})\b/.exec(languageTag)?.[1]?.toUpperCase();
  return region && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
}

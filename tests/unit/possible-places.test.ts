/**
 * Where nothing on a page is certain, several names that could all lie in one province
 * support those readings (engine/link/page-context.ts `possible`): "Perth, Dundee and
 * Aberdeen" are in Scotland, "Sydney, Melbourne and Perth" in Australia.
 */
import { describe, expect, it } from 'vitest';
import { datasetOf, e, linkedIn } from './helpers/tiny-dataset.ts';

const city = (id: string, name: string, prior: number, cc: string, a1: string) =>
  e({ id, type: 'place', subtype: 'city', name, prior, geo: { lat: 0, lon: 0, cc, a1 } });

// Priors as the real data has them: the Australian Perth is the better known.
const d = datasetOf([
  city('place/test-perth-au', 'Perth', 0.52, 'AU', '08'),
  city('place/test-perth-sct', 'Perth', 0.37, 'GB', 'SCT'),
  city('place/test-dundee-sct', 'Dundee', 0.4, 'GB', 'SCT'),
  city('place/test-dundee-za', 'Dundee', 0.3, 'ZA', '02'),
  city('place/test-aberdeen-sct', 'Aberdeen', 0.41, 'GB', 'SCT'),
  city('place/test-aberdeen-wa', 'Aberdeen', 0.3, 'US', 'WA'),
  city('place/test-sydney', 'Sydney', 0.42, 'AU', '02'),
  city('place/test-sydney-ns', 'Sydney', 0.3, 'CA', '07'),
  city('place/test-melbourne', 'Melbourne', 0.42, 'AU', '07'),
  city('place/test-melbourne-fl', 'Melbourne', 0.3, 'US', 'FL'),
]);

const linked = (text: string): string[] => linkedIn(d, text);

describe('names that could all lie in one province', () => {
  it('support each other where nothing on the page is certain', () => {
    expect(linked('Crowds gathered in Perth, Dundee and Aberdeen for the vote.')).toEqual([
      'Perth=place/test-perth-sct',
      'Dundee=place/test-dundee-sct',
      'Aberdeen=place/test-aberdeen-sct',
    ]);
  });
  it('leave a name alone that no other could share a province with: the better known reads', () => {
    expect(linked('Crowds gathered in Perth for the vote.')).toEqual(['Perth=place/test-perth-au']);
  });
});

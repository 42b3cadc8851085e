import type { Award, Certification, ChartPeak, SoundtrackItem } from '../../feed/types.js';
import type { Wording } from '../../internal/localize/wording.js';

export type BadgeKind = 'peak' | 'certification' | 'won' | 'nominated' | 'track';

export interface Badge {
  readonly kind: BadgeKind;
  readonly text: string;
}

export const BADGE_GLYPHS: Record<BadgeKind, string> = {
  peak: '▲',
  certification: '◉',
  won: '★',
  nominated: '☆',
  track: '♪',
};

/** "No. 4 Billboard 200", "UK Top 10", "No. 1 debut", "“Batdance”: No. 1": the facts, worded. */
function peakText(peak: ChartPeak, localize: Wording): string {
  let place =
    peak.position !== null ? localize.term('peakPosition', { position: peak.position }) : localize.term('peakTop', { top: peak.top ?? 0 });
  if (peak.debut) place = localize.term('peakDebut', { place });
  let text = place;
  if (peak.chart !== null && peak.region !== null) text = localize.term('peakOnChartInRegion', { place, chart: peak.chart, region: peak.region });
  else if (peak.chart !== null) text = localize.term('peakOnChart', { place, chart: peak.chart });
  else if (peak.region !== null) text = localize.term('peakInRegion', { place, region: peak.region });
  return peak.work === null ? text : localize.term('peakOfWork', { work: peak.work, peak: text });
}

/** "Diamond, RIAA", "Gold in multiple countries", "2× Platinum, BPI, UK". */
function certificationText(cert: Certification, localize: Wording): string {
  const level = cert.count === null ? cert.level : localize.term('certificationCount', { count: cert.count, level: cert.level });
  if (cert.body !== null && cert.region !== null) return localize.term('certificationWithBodyInRegion', { level, body: cert.body, region: cert.region });
  if (cert.body !== null) return localize.term('certification', { level, body: cert.body });
  if (cert.region !== null) return localize.term('certificationInRegion', { level, region: cert.region });
  return level;
}

/** "Won: Grammy Award, Best Score (2012)", "Won: 5 × Grammy Award", "Award nominations". */
function awardText(award: Award, localize: Wording): string {
  const won = award.result === 'won';
  if (award.name === null) {
    if (award.count === null) return localize.term(won ? 'awardsUnnamedWon' : 'awardsUnnamedNominated');
    return localize.term(won ? 'awardsUnnamedWonCount' : 'awardsUnnamedNominatedCount', { count: award.count });
  }
  let text = award.count === null ? award.name : localize.term('awardTimes', { count: award.count, award: award.name });
  if (award.work !== null) text = localize.term('awardForWork', { award: text, work: award.work });
  if (award.year !== null) text = localize.term('awardInYear', { award: text, year: localize.plainNumber(award.year) });
  return localize.term(won ? 'awardWon' : 'awardNominated', { award: text });
}

/** Everything the album achieved, as short sentences a badge can carry on its own. */
export function achievementBadges(item: SoundtrackItem, localize: Wording): Badge[] {
  return [
    ...item.peaks.map((peak): Badge => ({ kind: 'peak', text: peakText(peak, localize) })),
    ...item.certifications.map((cert): Badge => ({ kind: 'certification', text: certificationText(cert, localize) })),
    ...item.awards.map((award): Badge => ({ kind: award.result, text: awardText(award, localize) })),
    ...item.tracks.map(
      (track): Badge => ({
        kind: 'track',
        text:
          track.artist && track.artist !== item.artist
            ? localize.term('keyTrackBy', { title: track.title, artist: track.artist })
            : localize.term('keyTrack', { title: track.title }),
      }),
    ),
  ];
}

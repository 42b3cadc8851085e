import { expect } from '@open-wc/testing';
import { formatPartialDate, parsePartialDate, partialDateOrdinal } from '../../src/feed/dates.js';

describe('partial dates', () => {
  it('reads day, month and year precision', () => {
    expect(parsePartialDate('1969-01-13')).to.deep.equal({ iso: '1969-01-13', precision: 'day', year: 1969, month: 1, day: 13 });
    expect(parsePartialDate('1980-02')).to.deep.equal({ iso: '1980-02', precision: 'month', year: 1980, month: 2 });
    expect(parsePartialDate(' 1976 ')).to.deep.equal({ iso: '1976', precision: 'year', year: 1976 });
  });

  it('rejects dates that do not exist or are not ISO', () => {
    for (const bad of ['1980-13', '2020-02-30', '2021-02-29', '1999-00', '', '13/01/1969', '1969-1-13', '19690113', 'soon']) {
      expect(parsePartialDate(bad), bad).to.equal(undefined);
    }
    expect(parsePartialDate('2020-02-29')?.day).to.equal(29);
  });

  it('orders a year before its months and a month before its days', () => {
    const order = ['1980-02-14', '1980', '1979-12-31', '1980-02'].map((iso) => parsePartialDate(iso)!);
    order.sort((a, b) => partialDateOrdinal(a) - partialDateOrdinal(b));
    expect(order.map((date) => date.iso)).to.deep.equal(['1979-12-31', '1980', '1980-02', '1980-02-14']);
  });

  it('formats each date at its own precision in the given language', () => {
    expect(formatPartialDate(parsePartialDate('1969-01-13')!, 'en-GB')).to.equal('13 Jan 1969');
    expect(formatPartialDate(parsePartialDate('1980-02')!, 'en-GB')).to.equal('Feb 1980');
    expect(formatPartialDate(parsePartialDate('1976')!, 'en-GB')).to.equal('1976');
    expect(formatPartialDate(parsePartialDate('1969-01-13')!, 'en-US')).to.equal('Jan 13, 1969');
    expect(formatPartialDate(parsePartialDate('1980-02')!, 'de')).to.equal('Feb. 1980');
  });
});

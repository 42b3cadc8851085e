import { expect } from '@open-wc/testing';
import { toCsv } from '../../src/feed/csv.js';

describe('toCsv', () => {
  it('separates fields with commas and ends every record with CRLF', () => {
    expect(toCsv([['Rank', 'Artist'], [1, 'Vangelis'], [2, 'Björk']])).to.equal('Rank,Artist\r\n1,Vangelis\r\n2,Björk\r\n');
  });

  it('writes unknown values as empty fields', () => {
    expect(toCsv([[1, null, 'x']])).to.equal('1,,x\r\n');
  });

  it('quotes fields holding a comma, a quote or a line break, doubling inner quotes', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'cr\rhere', 'plain']])).to.equal(
      '"a,b","say ""hi""","two\nlines","cr\rhere",plain\r\n',
    );
  });

  it('prefixes text a spreadsheet would run as a formula with an apostrophe', () => {
    expect(toCsv([['=SUM(A1)', '+1', '-2', '@cmd', '\tx', '\rx', 'a=b', "'kept"]])).to.equal(
      `'=SUM(A1),'+1,'-2,'@cmd,'\tx,"'\rx",a=b,'kept\r\n`,
    );
    expect(toCsv([['=HYPERLINK("http://x","y")']])).to.equal(`"'=HYPERLINK(""http://x"",""y"")"\r\n`);
  });

  it('leaves numbers as numbers, including negative ones', () => {
    expect(toCsv([[-3, 0, 1.5, Number.NaN]])).to.equal('-3,0,1.5,\r\n');
  });
});

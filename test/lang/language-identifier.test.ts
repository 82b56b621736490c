import { loadFastTextIdentifier } from '../../src/lang/language-identifier';

describe('loadFastTextIdentifier', () => {
  it('should rank the language of a sentence first', async () => {
    const identify = await loadFastTextIdentifier();
    expect(identify('Tämä on suomenkielinen lause saunasta ja löylyistä.')[0]?.lang).toBe('fi');
  });
});

// What the UI tests hover and what they expect to read: tune these as the hover cards change.
// A case names a word `text`, found inside the phrase `within` (so the right occurrence is
// hovered), and strings the hover must contain; at least one should come from another source
// (an outlet's name, a quote) so the case proves the cross-source part of the card.
// Each can be overridden on the command line of ui.mjs / vsix.mjs (--figure-expect ... ).

export const WORKSPACE = 'test/fixtures/articles/boat-strikes';
export const ARTICLE = '2025-11-10-harbor-ledger.txt';

export const HOVER_CASES = {
  figure: {
    within: 'killing 76 people',
    text: '76',
    // Four days later the Gulf Coast Sentinel counts 80 deaths: listed beside this one. "Across
    // 6 sources" waits for the whole folder to be indexed, so the screenshot shows the full card.
    expect: ['Other sources on deaths', 'Gulf Coast Sentinel', 'Across 6 sources'],
  },
  entity: {
    within: 'Colombian President Gustavo Petro',
    text: 'Petro',
    // The card names the canonical entity and quotes the other outlets that mention him.
    expect: ['Gustavo Petro', 'Meridian Wire'],
  },
};

// The hand-annotated news of test/fixtures/gold/news: the markup reads back to the article it
// marks, and the pipeline keeps the quality it has there (a floor a regression falls through).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { parseGoldArticle, readGoldArticles } from '../../../scripts/eval/news-gold';
import { analyzeAsCli, createCliEngine } from '../../../scripts/eval/pipeline';
import { DateScorer, NameScorer } from '../../../scripts/eval/score';

const GOLD = path.resolve(__dirname, '../../fixtures/gold/news');
/**
 * Set a little under what `npm run eval -- --only news` reports, so that noise is not a failure.
 * The names floor went from 0.93 to 0.92 when batch nine (a Moon landing and a rail merger,
 * 72.6 when it came, 85.0 after its rules) joined the set: the set got harder, the code did not
 * get worse (the 55 articles before it score 93.2). It went to 0.91 for the same reason when
 * batch eleven (a cycling classic, a museum of pharaohs, Duterte at the ICC: 77.7 when it came,
 * 84.5 after its rules) joined: the 65 articles before it score 92.5, the 70 together 92.0.
 * Batch twelve (82.7 when it came, 87.7 after its rules) leaves the 75 at 91.6, batch
 * thirteen (78.1, then 85.3) the 80 at 91.2, and batch fourteen (81.2, then 91.5) the 85 at 91.2.
 * Batch fifteen (77.7, then 80.0: an HIV drug, Khmer Rouge sites, tennis results) took the 90
 * to 90.5, and the floor to 0.90; batch sixteen (88.4, then 90.5) leaves the 95 at 90.5.
 * Batches seventeen to twenty (88.4, 87.8, 90.4 and 82.0 when they came; 88.9, 91.0, 93.6 and
 * 83.7 after their rules) leave the 115 at 90.5. Batches twenty-one to twenty-four (89.0, 84.3,
 * 87.0 and 83.8 when they came; 90.2, 88.1, 88.1 and 84.1 after their rules: product names,
 * parties in Spanish, NBA and World Series copy) take the 135 to 90.0, and the floor to 0.89.
 * Batches twenty-five to twenty-eight (95.8, 90.3, 70.3 and 81.1 when they came; 96.0, 90.3,
 * 76.8 and 81.7 after their rules: Italian banks, luxury brands and aircraft orders in batch
 * twenty-seven) take the 155 to 89.5, and the floor to 0.885. Batches twenty-nine to thirty-two
 * (80.7, 81.9, 91.1 and 95.0 when they came; 85.8, 82.5, 91.1 and 95.0 after their rules) leave
 * the 175 at 89.5. Batches thirty-three to thirty-six (83.6, 82.0, 80.2 and 72.6 when they came:
 * local politics, obituaries, science, consumer brands; 83.6, 83.6, 80.2 and 76.4 after their
 * rules) take the 195 to 88.7 (dates value 90.3), and the floors to 0.88 and 0.895. Batches
 * thirty-seven to forty (89.1, 94.3, 83.8 and 85.6 when they came; 89.9, 95.1, 83.8 and 86.2
 * after their rules) leave the 215 at 88.8, dates value 89.9 (floor 0.89). Seven more rounds,
 * forty-one to seventy-four, were held out as they came (84.4, 86.0, 88.1, 89.5, 88.6, 89.1 and
 * 84.7 per round of twenty or twenty-five articles; 73.5 to 94.4 per batch of five), and with
 * their rules the 385 score 89.2, dates 96.7 / 90.1: the names floor rises to 0.885. Eight more
 * rounds, seventy-five to a hundred and fourteen, were held out as they came (87.7, 88.5, 88.8,
 * 88.4, 86.2, 90.6, 84.9 and 84.3 per round of twenty-five; 71.4 to 94.6 per batch), and with
 * their rules the 585 score 89.8, dates 96.8 / 90.3 (the first 385 alone 90.0): the names floor
 * rises to 0.89. Round twenty-two, batches 115 to 119 (space, food and retail, cricket, rugby
 * and tennis, Canadian and Antipodean politics, universities), came in at 84.0 (77.7 to 91.9 per
 * batch) and scores 87.4 after its rules; the 610 score 89.8, dates 96.8 / 90.35. Round
 * twenty-three, batches 120 to 124 (art and museums, Southeast Asia, motor sport, medicines,
 * the Nordic and Baltic countries), came in at 83.0 (73.2 to 90.8 per batch) and scores 85.5
 * after its rules; the 635 score 89.7, dates 96.8 / 90.3. Round twenty-four, batches 125 to
 * 129 (Japan and Korea, football, climate talks, the Gulf, Iran and Turkey, American courts),
 * came in at 91.6 (87.3 to 94.2 per batch) and scores 92.2 after its rules; the 660 score 89.8,
 * dates 96.7 / 90.2. Round twenty-five, batches 130 to 134 (music, games and gadgets, fashion,
 * science, film and television), came in at 80.8 (77.0 to 84.2 per batch) and scores 81.7 after
 * its first rules; the 685 score 89.5, dates 96.7 / 90.1. Round twenty-six, batches 135 to 139
 * (mining, telecoms and media, golf, boxing, athletics and swimming, Eastern Europe and the
 * Balkans, AI start-ups), came in at 86.8 (82.5 to 92.0 per batch) and scores 89.4 after its
 * rules; the 710 score 89.7, dates 96.7 / 90.2. Round twenty-seven, batches 140 to 144
 * (cybersecurity, housing, crypto and fintech, labour disputes, the Caribbean and the Pacific),
 * came in at 85.6 (83.9 to 87.7 per batch) and scores 87.9 after its rules; the 735 score 89.6,
 * dates 96.6 / 90.2. Round twenty-eight, batches 145 to 149 (insurers and funds, the Sahel and
 * the Maghreb, winter sports and racing, books, carmakers), came in at 86.4 (81.0 to 93.5 per
 * batch) and scores 89.3 after its rules; the 760 score 89.7, dates 96.7 / 90.3. Round
 * twenty-nine, batches 150 to 154 (theatre and opera, chess and esports, migration, the Arctic,
 * nuclear power), came in at 85.2 (75.5 to 91.4 per batch) and scores 89.1 after its rules; the
 * 785 score 89.8, dates 96.7 / 90.3.
 */
const FLOOR = { names: 0.89, datesRelaxed: 0.965, datesValue: 0.89 };

describe('news gold markup', () => {
  it('removes the marks and keeps each span on its words', () => {
    const article = parseGoldArticle('a.txt', 'On [[DATE 2025-11-11|Tuesday]], [[PER Gustavo Petro]] left [[LOC Bogotá]].');
    assert.equal(article.text, 'On Tuesday, Gustavo Petro left Bogotá.');
    assert.deepEqual(article.names.map((n) => [n.type, article.text.slice(n.start, n.end)]), [['PER', 'Gustavo Petro'], ['LOC', 'Bogotá']]);
    assert.deepEqual(article.dates.map((d) => [d.type, d.value, article.text.slice(d.start, d.end)]), [['DATE', '2025-11-11', 'Tuesday']]);
  });

  it('refuses a name with a value, a date without one, and a mark left open', () => {
    assert.throws(() => parseGoldArticle('a.txt', '[[PER 1|Petro]]'), /a\.txt: .*names are \[\[TYPE text\]\]/);
    assert.throws(() => parseGoldArticle('a.txt', '[[DATE Tuesday]]'), /a\.txt: /);
    assert.throws(() => parseGoldArticle('a.txt', 'said [[PER Petro on Monday'), /unreadable markup/);
  });

  it('every file reads, and no article is left unannotated', () => {
    const articles = readGoldArticles(GOLD);
    assert.ok(articles.length >= 9, `${articles.length} articles`);
    for (const a of articles) assert.ok(a.names.length >= 10 && a.dates.length >= 3, `${a.file}: ${a.names.length} names, ${a.dates.length} dates`);
  });
});

describe('the pipeline on the annotated news', () => {
  const engine = createCliEngine();
  const names = new NameScorer();
  const dates = new DateScorer();
  for (const article of readGoldArticles(GOLD)) {
    const analysis = analyzeAsCli(engine, article.file, article.text);
    names.addDocument(article.names, analysis.entities);
    dates.addDocument(article.dates, analysis.dates);
  }

  it('names: micro F1 stays at or above its floor', () => {
    const micro = names.score();
    assert.ok(micro.f1 >= FLOOR.names, `names F1 ${(100 * micro.f1).toFixed(1)} < ${100 * FLOOR.names} (P ${(100 * micro.precision).toFixed(1)}, R ${(100 * micro.recall).toFixed(1)})`);
  });

  it('dates: relaxed extent F1 and value F1 stay at or above their floors', () => {
    const score = dates.score();
    assert.ok(score.relaxed.f1 >= FLOOR.datesRelaxed, `relaxed extent F1 ${(100 * score.relaxed.f1).toFixed(1)}`);
    assert.ok(score.value.f1 >= FLOOR.datesValue, `value F1 ${(100 * score.value.f1).toFixed(1)}`);
  });
});

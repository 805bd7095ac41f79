import { intBetween, pick, type Random, Zipf } from "./random";
import {
  DAYS,
  type DeskVocabulary,
  FIRST_NAMES,
  FOREIGN_PLACES,
  FUNCTION_WORDS,
  GENERAL_WORDS,
  LAST_NAMES,
  PLACES,
  VERBS,
} from "./vocabulary";

// Article text: readable-looking Indonesian news prose whose word frequencies follow the
// vocabulary ranks, so FTS doclists have the lengths a real archive would give them.

/** Two of the most frequent content words: the search the benchmark loads and times. */
export const COMMON_SEARCH_QUERY = `${GENERAL_WORDS[0]} ${GENERAL_WORDS[1]}`;

const functionWords = new Zipf(FUNCTION_WORDS, 1);
const places = new Zipf(PLACES, 0.9);
const SAY = ["kata", "ujar", "tutur", "jelas", "ungkap"] as const;
const ROLES = ["juru bicara", "kepala dinas", "pengamat", "ketua panitia", "warga setempat", "anggota dewan", "direktur utama", "peneliti"] as const;
const TITLE_SUFFIXES = ["", "", "", " di {place}", " Tahun Ini", " Pekan Depan", " Jelang Akhir Tahun", " Usai Rapat Terbatas", " demi Warga {place}", ", Ini Alasannya"] as const;

/**
 * Real articles are bursty: a word is either absent or used several times. Each article therefore
 * draws its own vocabulary, taking the word of rank r with probability `top / r^decay`, and writes
 * only with those words. The most common content words end up in about half of the articles.
 */
function articleVocabulary(random: Random, words: readonly string[], top: number, decay: number): Zipf<string> {
  const chosen = words.filter((_, rank) => random() < top / Math.pow(rank + 1, decay));
  return new Zipf(chosen.length ? chosen : [words[0]!], 0.5);
}

export type ArticleText = {
  title: string;
  dek: string;
  datelinePlace: string;
  paragraphs: string[];
  words: number;
};

export function personName(random: Random): string {
  return `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fill(template: string, random: Random): string {
  return template.replace("{place}", places.draw(random));
}

function numberPhrase(random: Random): string {
  switch (intBetween(random, 0, 3)) {
    case 0:
      return `${intBetween(random, 2, 98)} persen`;
    case 1:
      return `Rp ${intBetween(random, 1, 950)},${intBetween(random, 1, 9)} ${pick(random, ["juta", "miliar", "triliun"])}`;
    case 2:
      return `${intBetween(random, 2, 99)}.${String(intBetween(random, 0, 999)).padStart(3, "0")} orang`;
    default:
      return `${pick(random, DAYS)} (${intBetween(random, 1, 28)}/${intBetween(random, 1, 12)})`;
  }
}

type Vocabulary = { general: Zipf<string>; desk: Zipf<string>; verbs: Zipf<string> };

class DeskWriter {
  constructor(private readonly desk: DeskVocabulary) {}

  private clause(random: Random, words: Vocabulary, length: number): string[] {
    const tokens: string[] = [];
    let previousWasFunctionWord = true;
    for (let i = 0; i < length; i++) {
      const roll = random();
      previousWasFunctionWord = roll < 0.38 && !previousWasFunctionWord;
      if (previousWasFunctionWord) tokens.push(functionWords.draw(random));
      else if (roll < 0.65) tokens.push(words.general.draw(random));
      else if (roll < 0.8) tokens.push(words.desk.draw(random));
      else if (roll < 0.92) tokens.push(words.verbs.draw(random));
      else if (roll < 0.97) tokens.push(random() < 0.5 ? places.draw(random) : pick(random, this.desk.subjects));
      else tokens.push(numberPhrase(random));
    }
    return tokens;
  }

  private sentence(random: Random, words: Vocabulary): { text: string; words: number } {
    const length = intBetween(random, 9, 20);
    const body = this.clause(random, words, length).join(" ");
    const form = random();
    if (form < 0.7) return { text: `${capitalize(body)}.`, words: length };
    const speaker = personName(random);
    if (form < 0.85) return { text: `${capitalize(body)}, ${pick(random, SAY)} ${speaker}.`, words: length + 3 };
    return { text: `“${capitalize(body)},” ${pick(random, SAY)} ${speaker}, ${pick(random, ROLES)}.`, words: length + 5 };
  }

  write(random: Random): ArticleText {
    const { desk } = this;
    const words: Vocabulary = {
      general: articleVocabulary(random, GENERAL_WORDS, 0.35, 0.25),
      desk: articleVocabulary(random, desk.words, 0.6, 0.4),
      verbs: articleVocabulary(random, VERBS, 0.6, 0.3),
    };
    const subject = pick(random, desk.subjects);
    const object = pick(random, desk.objects);
    const action = pick(random, desk.actions);
    const title =
      random() < 0.85
        ? `${subject} ${action} ${object}${fill(pick(random, TITLE_SUFFIXES), random)}`
        : `${personName(random)}: ${object} Harus Jadi Prioritas`;
    const datelinePlace = desk.slug === "internasional" && random() < 0.8 ? pick(random, FOREIGN_PLACES) : places.draw(random);

    const lede = `${subject} ${words.verbs.draw(random)} ${object.toLowerCase()} ${this.clause(random, words, intBetween(random, 8, 14)).join(" ")}.`;
    const dek = `${subject} ${words.verbs.draw(random)} ${object.toLowerCase()}: ${this.clause(random, words, intBetween(random, 10, 18)).join(" ")}.`;

    // Roughly 400-800 words, most near 600 (the mean of two uniform draws).
    const target = Math.round((intBetween(random, 400, 800) + intBetween(random, 400, 800)) / 2);
    const paragraphs = [lede];
    let count = lede.split(" ").length;
    while (count < target) {
      const sentences: string[] = [];
      for (let n = intBetween(random, 2, 4); n > 0 && count < target; n--) {
        const sentence = this.sentence(random, words);
        sentences.push(sentence.text);
        count += sentence.words;
      }
      paragraphs.push(sentences.join(" "));
    }
    return { title, dek, datelinePlace, paragraphs, words: count };
  }
}

/** Writes articles for each desk; `write(desk)` is deterministic given the PRNG's state. */
export class ArticleWriter {
  private readonly writers = new Map<string, DeskWriter>();

  write(random: Random, desk: DeskVocabulary): ArticleText {
    let writer = this.writers.get(desk.slug);
    if (!writer) this.writers.set(desk.slug, (writer = new DeskWriter(desk)));
    return writer.write(random);
  }
}

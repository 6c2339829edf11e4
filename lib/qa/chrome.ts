/**
 * Web-page furniture that scrapers carry into an article (share buttons, "Read also: …", ads, follow-us lines), as
 * one table of whole-paragraph patterns per language. Whole short paragraphs only, so a sentence that merely
 * mentions "share" or "advertisement" is never matched. Adding a language is adding an entry.
 */

import { bmpHas, SPACE } from "../text/char-class";
import { BoundedCache } from "../text/memo";

// "Read also:" style lead-ins are followed by the linked headline.
const LINK_TAIL = String.raw`\s*[:：\-–—]?.*`;

/** Chrome patterns per primary language subtag, matched against the whole paragraph (trimmed, end marks removed). */
export const CHROME_PHRASES: Readonly<Record<string, readonly RegExp[]>> = {
  en: [
    /^(share|share (this|this article|this story|your opinion|your thoughts|on \w+)|tweet|print|email this)$/i,
    /^(follow us( on \w+)?|subscribe( (now|to our newsletter))?|sign up( for (our|the) newsletter)?|newsletter)$/i,
    /^(advertisement|advert|sponsored( content)?|ad|scroll to continue|continue reading|read more|show more|load more|click here.*)$/i,
    /^(related( (articles|news|stories|topics|content))?|more (on|from) .{1,40}|most read|trending( now)?|recommended( for you)?)$/i,
    new RegExp(String.raw`^(read|see) (also|more)${LINK_TAIL}$`, "i"),
    /^(all rights reserved.*|©.*|copyright .*|source\s*:.{0,60}|photo\s*:.{0,60}|image\s*:.{0,60})$/i,
    /^(comments?|leave a comment|add a comment|\d+ comments?)$/i,
  ],
  fr: [
    /^(partager|partager sur \p{L}+|partagez( votre avis| cet article| sur \p{L}+)?|imprimer|envoyer par e-?mail)$/iu,
    /^(suivez-nous|suivez-nous sur .{1,60}|abonnez-vous.*|inscrivez-vous à (notre|la) newsletter|newsletter)$/iu,
    /^(publicité|contenu sponsorisé|lire la suite|voir plus|en savoir plus|commentaires?|\d+ commentaires?|réagir)$/iu,
    new RegExp(String.raw`^(à lire (aussi|également|encore)|lire (aussi|également)|voir aussi|sur le même sujet)${LINK_TAIL}$`, "iu"),
  ],
  es: [
    /^(compartir|compartir en \p{L}+|comparte( tu opinión| esta noticia| este artículo| en \p{L}+)?|imprimir)$/iu,
    /^(síguenos|síguenos en .{1,60}|suscríbete.*|boletín)$/iu,
    /^(publicidad|contenido patrocinado|leer más|lee más|ver más|comentarios?|\d+ comentarios?)$/iu,
    new RegExp(String.raw`^(lee también|lea también|leer también|ver también|te puede interesar|noticias relacionadas)${LINK_TAIL}$`, "iu"),
  ],
  de: [/^(teilen|folgen sie uns.*|anzeige|werbung|abonnieren.*|lesen sie auch\s*[:\-–—]?.*|mehr zum thema.*|weiterlesen)$/i],
  it: [/^(condividi|seguici( su \w+)?|pubblicità|iscriviti.*|leggi anche\s*[:\-–—]?.*)$/i],
  tr: [/^(paylaş|bizi takip edin.*|reklam|abone ol.*|ayrıca (okuyun|bakınız)\s*[:\-–—]?.*)$/i],
  // Also used by the omission check on the source side.
  ar: [/^(شارك|شارك برأيك|شاركونا آراءكم|تابعونا.*|تابعنا.*|إعلان|اعلان|اشترك.*|اقرأ أيضا.*|اقرأ أيضاً.*|اقرأ ايضا.*|طالع أيضا.*|المزيد من .{1,40}|مواضيع ذات صلة|أخبار ذات صلة|ذات صلة)$/],
  he: [/^(שתפו|שתף|פרסומת|קראו עוד.*)$/],
  fa: [/^(اشتراک‌گذاری|تبلیغات|بیشتر بخوانید.*)$/],
};

const ALL_PATTERNS: readonly RegExp[] = Object.values(CHROME_PHRASES).flat();

const MAX_CHROME_WORDS = 25;

const chromeAnswers = new BoundedCache<boolean>(8_000);

/** True when `text` has more than `limit` runs of non-whitespace (\s) characters (its words once split at \s+). */
function moreWordsThan(text: string, limit: number): boolean {
  let words = 0;
  let inWord = false;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    const space = code === 0x20 || ((code < 0x21 || code > 0x7e) && bmpHas(code, SPACE));
    if (!space && !inWord && ++words > limit) return true;
    inWord = !space;
  }
  return false;
}

/**
 * True when a paragraph is web-page chrome. Every language's table is tried: scrapers keep the site's own chrome,
 * whatever the article's declared language.
 */
export function isPageChrome(paragraph: string): boolean {
  // Most paragraphs are longer than any chrome: their words are counted without building the collapsed text.
  if (moreWordsThan(paragraph, MAX_CHROME_WORDS)) return false;
  // The aligner, the omission and the addition checks ask about the same paragraphs.
  const known = chromeAnswers.get(paragraph);
  if (known !== undefined) return known;
  const text = paragraph.trim().replace(/\s+/gu, " ");
  if (text === "") return chromeAnswers.set(paragraph, false);
  const bare = text.replace(/[.!…:|»«›‹>\-–—]+$/u, "").trim();
  return chromeAnswers.set(paragraph, ALL_PATTERNS.some((pattern) => pattern.test(bare)));
}

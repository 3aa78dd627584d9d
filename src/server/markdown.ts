// Hover Markdown built from escaped pieces. Article text never becomes Markdown syntax, HTML or
// a link: every character CommonMark gives a meaning is backslash-escaped, and the only links
// are command links to NewsLens's own commands, which the client alone trusts.

import { OPEN_LOCATION_COMMAND, type OpenLocationArgs } from './protocol';

const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|<>~&"'=:$^@%]/g;

// Bare URLs and e-mail addresses become links in GFM renderers even when escaped (the escapes
// are resolved first): a token that could start one is shown as inline code, which reads the
// same and cannot link.
const LINK_LIKE = /www\.|:\/|mailto:|xmpp:|[A-Za-z0-9._+-]@[A-Za-z0-9_-]/i;

/** Text exactly as written, whatever characters it holds; line breaks become spaces. */
export function escapeText(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  if (!LINK_LIKE.test(flat)) return flat.replace(MARKDOWN_PUNCTUATION, '\\$&');
  return flat.split(/( )/).map((token) => {
    if (!LINK_LIKE.test(token)) return token.replace(MARKDOWN_PUNCTUATION, '\\$&');
    const fence = '`'.repeat(Math.max(0, ...[...token.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
    const pad = token.startsWith('`') || token.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${token}${pad}${fence}`;
  }).join('');
}

export class MarkdownBuilder {
  private readonly parts: string[] = [];

  text(text: string): this {
    this.parts.push(escapeText(text));
    return this;
  }

  bold(text: string): this {
    if (text.trim() !== '') this.parts.push(`**${escapeText(text)}**`);
    return this;
  }

  italic(text: string): this {
    if (text.trim() !== '') this.parts.push(`*${escapeText(text)}*`);
    return this;
  }

  /** A link that runs `newslens.openLocation` on a place in a source. */
  openLink(label: string, target: OpenLocationArgs, tooltip?: string): this {
    const args = encodeURIComponent(JSON.stringify([target]));
    const title = tooltip === undefined ? '' : ` "${tooltip.replace(/["\\]/g, '')}"`;
    this.parts.push(`[${escapeText(label)}](command:${OPEN_LOCATION_COMMAND}?${args}${title})`);
    return this;
  }

  /** Raw Markdown written by NewsLens itself (never article text). */
  raw(markdown: string): this {
    this.parts.push(markdown);
    return this;
  }

  /** End the line (a hard break inside a paragraph). */
  br(): this {
    this.parts.push('  \n');
    return this;
  }

  paragraph(): this {
    this.parts.push('\n\n');
    return this;
  }

  rule(): this {
    this.parts.push('\n\n---\n\n');
    return this;
  }

  toString(): string {
    return this.parts.join('').replace(/\n{3,}/g, '\n\n').trim();
  }
}

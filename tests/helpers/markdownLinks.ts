import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** One relative link of a Markdown file: where it points, and the anchor after `#` if any. */
export interface MarkdownLink {
  /** The file, relative to the linking file's folder ("" for an anchor in the same file). */
  readonly file: string;
  /** The anchor, without `#` ("" when the link names none). */
  readonly anchor: string;
  /** The target as written, to report it. */
  readonly written: string;
}

/** A fenced code block, indented up to three spaces (as in a list item). */
const FENCE = /^ {0,3}(```|~~~)[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm;

/** The text outside fenced code blocks and inline code spans, where links are links. */
function prose(markdown: string): string {
  return markdown.replaceAll(FENCE, "").replaceAll(/`[^`\n]*`/g, "");
}

/**
 * GitHub's anchor for a heading: lower case, everything but letters, digits, spaces, `-`
 * and `_` dropped (inline code's backticks, punctuation, `=`), each space a `-`.
 */
export function headingSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replaceAll(/[^\p{L}\p{N} _-]/gu, "")
    .replaceAll(" ", "-");
}

/** The anchors of a Markdown file's headings, a repeated one suffixed `-1`, `-2`… as GitHub does. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of markdown.replaceAll(FENCE, "").matchAll(/^#{1,6} +(.+?) *#* *$/gm)) {
    const slug = headingSlug(match[1] ?? "");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** The relative links and images of a Markdown file (web, mail and autolinks left out). */
export function relativeLinks(markdown: string): MarkdownLink[] {
  return [...prose(markdown).matchAll(/\]\(([^()\s]+)(?: +"[^"]*")?\)/g)].flatMap((match) => {
    const written = match[1] ?? "";
    if (/^[a-z][a-z+.-]*:/i.test(written)) return [];
    const hash = written.indexOf("#");
    const file = hash === -1 ? written : written.slice(0, hash);
    const anchor = hash === -1 ? "" : written.slice(hash + 1);
    return [{ file: decodeURIComponent(file), anchor: decodeURIComponent(anchor), written }];
  });
}

/**
 * Every link of the given Markdown files that names a missing file or an anchor its file
 * has no heading for, as `file: target (why)`.
 */
export function brokenLinks(files: readonly string[]): string[] {
  const broken: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const link of relativeLinks(text)) {
      const target = link.file === "" ? file : path.resolve(path.dirname(file), link.file);
      if (!existsSync(target)) {
        broken.push(`${file}: ${link.written} (no such file)`);
        continue;
      }
      if (link.anchor === "") continue;
      if (!target.endsWith(".md")) {
        broken.push(`${file}: ${link.written} (an anchor in a file that is not Markdown)`);
        continue;
      }
      if (!headingAnchors(readFileSync(target, "utf8")).has(link.anchor))
        broken.push(`${file}: ${link.written} (no heading has this anchor)`);
    }
  }
  return broken;
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { asPhrases, type Phrases } from './phrases';

/** The format of a channel template file: handlebars, or MJML with handlebars inside (HTML email). */
export type TemplateFormat = 'hbs' | 'mjml';

/** One template file of a channel folder: `email/subject.hbs` fills the `subject` section. */
export interface TemplateFile {
  readonly section: string;
  /** Relative to the templates folder, for messages. */
  readonly path: string;
  readonly format: TemplateFormat;
  readonly source: string;
}

/** Everything the renderer reads from `templates/`, once, at start-up. */
export interface TemplateTree {
  /** By channel id: that channel folder's templates, by section. */
  readonly channels: ReadonlyMap<string, ReadonlyMap<string, TemplateFile>>;
  readonly textPartials: ReadonlyMap<string, string>;
  readonly htmlPartials: ReadonlyMap<string, string>;
  readonly phrases: ReadonlyMap<string, Phrases>;
  /** By locale: the parsed JSON of `fixtures/<locale>.json` (checked by the fixtures module). */
  readonly fixtures: ReadonlyMap<string, unknown>;
}

/** The folder of a channel: `BLOG_POST` → `blog-post`, `INSTAGRAM_CAROUSEL` → `instagram-carousel`. */
function channelFolderName(channel: string): string {
  return channel.toLowerCase().replace(/_/gu, '-');
}

/** The content section a file fills: `meta-description.hbs` → `metaDescription`, `html.mjml` → `html`. */
function sectionOfFile(file: string): string {
  return file.replace(/\.(hbs|mjml)$/u, '').replace(/-([a-z])/gu, (_, c: string) => c.toUpperCase());
}

function filesIn(dir: string, pattern: RegExp): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => pattern.test(f)).sort() : [];
}

function readChannel(root: string, channel: string): Map<string, TemplateFile> {
  const folder = channelFolderName(channel);
  const dir = join(root, folder);
  if (!existsSync(dir)) throw new Error(`templates: no folder ${folder}/ for channel ${channel}`);
  const files = new Map<string, TemplateFile>();
  for (const file of filesIn(dir, /\.(hbs|mjml)$/u)) {
    const format: TemplateFormat = file.endsWith('.mjml') ? 'mjml' : 'hbs';
    const section = sectionOfFile(file);
    if (files.has(section)) throw new Error(`templates: ${folder}/ has two templates for section ${section}`);
    files.set(section, { section, path: `${folder}/${file}`, format, source: readFileSync(join(dir, file), 'utf8') });
  }
  return files;
}

function readPartials(dir: string, html: boolean): Map<string, string> {
  const pattern = html ? /\.html\.hbs$/u : /^(?!.*\.html\.hbs$).*\.hbs$/u;
  const suffix = html ? '.html.hbs' : '.hbs';
  return new Map(filesIn(dir, pattern).map((f) => [basename(f, suffix), readFileSync(join(dir, f), 'utf8')]));
}

function readJsonFolder(dir: string): Map<string, unknown> {
  return new Map(
    filesIn(dir, /\.json$/u).map((f) => {
      try {
        return [basename(f, '.json'), JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown];
      } catch (error) {
        throw new Error(`templates: ${join(dir, f)} is not valid JSON: ${(error as Error).message}`, { cause: error });
      }
    }),
  );
}

/**
 * Reads the templates folder: one folder per channel (named after the channel id), `partials/` (`*.hbs` for
 * text, `*.html.hbs` for HTML), `phrases/<locale>.json` and `fixtures/<locale>.json`.
 */
export function readTemplateTree(root: string, channels: readonly string[]): TemplateTree {
  const phrases = new Map([...readJsonFolder(join(root, 'phrases'))].map(([l, v]) => [l, asPhrases(v, `phrases/${l}.json`)]));
  return {
    channels: new Map(channels.map((channel) => [channel, readChannel(root, channel)])),
    textPartials: readPartials(join(root, 'partials'), false),
    htmlPartials: readPartials(join(root, 'partials'), true),
    phrases,
    fixtures: readJsonFolder(join(root, 'fixtures')),
  };
}
